import Crypto
import FluentKit
import Foundation
import SharewellCore

/// A sender's births as the subjects of a sending. A family not to contact (no consent, or a
/// do-not-contact marker, this sender's or another's for the same baby) is only ever counted: a
/// request naming any identifiable item about one is refused outright, so the gate never sees it.
struct BirthNoticeSource: SharingSource {
    /// Each baby's reference at the recipient (`BirthReceivedModel.babyRef`).
    let refs: [UUID: String]
    /// The births (notice ids) of babies another sender marked do-not-contact.
    let barred: Set<UUID>

    /// Whether the family may be contacted: consent, and no do-not-contact marker from anyone.
    func mayContact(_ row: BirthNoticeModel) -> Bool { row.toContact && !(row.id.map(barred.contains) ?? true) }

    func subjects(_ request: SharingRequest, for actor: ActingUser, on database: any Database) async throws -> [SharingSubject]? {
        guard actor.may(.decideSharing), let kind = actor.organisationKind, OrganisationKind.birthSenders.contains(kind) else { return nil }
        let rows = try await BirthNoticeModel.held(by: actor, on: database).filter(\.$id ~~ request.subjects).all()
        guard rows.count == Set(request.subjects).count else { return nil }
        let countOnly = request.items == [.birthCount]
        guard countOnly || rows.allSatisfy(mayContact) else { return nil }
        return try rows.map { row in
            let id = try row.requireID()
            return SharingSubject(id: id, person: id, items: values(of: row, request.items),
                                  nameParts: request.items.contains(.parentNames) ? .init(given: row.parentGivenName, family: row.parentFamilyName) : nil)
        }
    }
}

extension BirthNoticeSource {
    /// What a sending of `items` carries about one birth.
    func values(of row: BirthNoticeModel, _ items: [DataItem]) -> [DataItem: String] {
        var values: [DataItem: String] = [:]
        for item in items {
            switch item {
            case .dateOfBirth: values[item] = row.babyDateOfBirth
            case .parentNames: values[item] = "\(row.parentGivenName) \(row.parentFamilyName)"
            case .address: values[item] = row.address
            case .postcode: values[item] = row.postcode
            case .nhsNumber: values[item] = row.nhsNumber ?? ""
            case .birthCount:
                values[item] = BirthCount(ref: row.id.flatMap { refs[$0] } ?? "", month: String(row.babyDateOfBirth.prefix(7)), consented: row.consent,
                                          toContact: mayContact(row)).text
            default: break
            }
        }
        return values
    }
}

/// What the count of a birth tells the centre: which baby (by reference only), its month, and
/// whether the family consented and may be contacted.
struct BirthCount: Equatable {
    let ref: String, month: String, consented: Bool, toContact: Bool

    var text: String { [ref, month, consented ? "consented" : "not-consented", toContact ? "to-contact" : "not-to-contact"].joined(separator: " ") }

    init(ref: String, month: String, consented: Bool, toContact: Bool) {
        self.ref = ref; self.month = month; self.consented = consented; self.toContact = toContact
    }

    init?(_ text: String) {
        let parts = text.split(separator: " ").map(String.init)
        guard parts.count == 4 else { return nil }
        self.init(ref: parts[0], month: parts[1], consented: parts[2] == "consented", toContact: parts[3] == "to-contact")
    }
}

extension Store {
    /// The baby's reference at the recipient: one baby, whoever sent it, where the NHS number is
    /// known (a keyed pseudonym, rule 5, so a centre cannot recover the number of a family that did
    /// not consent); else the sender's own row.
    func babyRef(_ row: BirthNoticeModel, sender: String) throws -> String {
        guard let number = row.nhsNumber, let secrets else { return "\(sender):\(try row.requireID().uuidString.lowercased())" }
        let subject = UUID(uuidString: "00000000-0000-4000-8000-00" + number.filter(\.isNumber).suffix(10)) ?? UUID()
        return "nhs:" + secrets.pseudonym(of: subject, in: SharingPurpose.liveBirths.rawValue)
    }
}
