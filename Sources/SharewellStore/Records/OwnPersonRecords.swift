import FluentKit
import Foundation
import SharewellCore

/// The sender's own person records as the subjects of a sending: the source most pathways use.
public struct OwnPersonRecords: SharingSource {
    public init() {}

    public func subjects(_ request: SharingRequest, for actor: ActingUser, on database: any Database) async throws -> [SharingSubject]? {
        guard let scope = Store.visibleRecords(to: actor, on: database) else { return nil }
        let records = try await scope.filter(\.$id ~~ request.subjects).all()
        guard records.count == Set(request.subjects).count else { return nil }
        return try records.map {
            SharingSubject(id: try $0.requireID(), person: try $0.requireID(), items: $0.values(of: request.items),
                           nameParts: request.items.contains(.name) ? .init(given: $0.givenName, family: $0.familyName) : nil)
        }
    }
}

extension PersonRecordModel {
    /// The person-record items the request names; items held elsewhere (attendance, codes) are the pathway's to add.
    func values(of items: [DataItem]) -> [DataItem: String] {
        var values: [DataItem: String] = [:]
        for item in items {
            switch item {
            case .name: values[item] = "\(givenName) \(familyName)"
            case .dateOfBirth: values[item] = dateOfBirth
            case .sex: values[item] = sex
            case .address: values[item] = "\(addressLine), \(postcode)"
            case .postcode: values[item] = postcode
            case .nhsNumber: values[item] = nhsNumber ?? ""
            case .upn: values[item] = source == RecordSource.schoolRoll.rawValue ? localID : ""
            case .practicePatientID: values[item] = source == RecordSource.gpRegistration.rawValue ? localID : ""
            case .demandCodes: values[item] = "pseudonymous codes"
            default: break
            }
        }
        return values
    }
}

extension PersonRecordModel: Held { static var holder: FieldKey { "owner_id" } }
