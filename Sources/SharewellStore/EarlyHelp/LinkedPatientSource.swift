import FluentKit
import Foundation
import SharewellCore

/// The council's people it matched to a practice's patients: it may tell the practice which of its
/// own patients are shortlisted, by the practice's numbers only, with what the agreement allows
/// beside them (indicator counts, what it disclosed in a case discussion).
struct LinkedPatientSource: SharingSource {
    func subjects(_ request: SharingRequest, for actor: ActingUser, on database: any Database) async throws -> [SharingSubject]? {
        guard actor.may(.viewIdentifiableRecords), let councilID = actor.organisationID, request.items.contains(.practicePatientID),
              Set(request.items).isSubset(of: [.practicePatientID, .councilIndicators, .caseNotes]),
              let practice = try await OrganisationModel.query(on: database).filter(\.$code == request.recipient).first() else { return nil }
        let links = try await EarlyHelpLinkModel.query(on: database).join(parent: \.$extract).filter(EarlyHelpExtractModel.self, \.$recipient.$id == councilID)
            .filter(EarlyHelpExtractModel.self, \.$sender.$id == practice.requireID()).filter(\.$councilPerson.$id ~~ request.subjects).all()
        let byPerson = Dictionary(links.map { ($0.$councilPerson.id, $0.practicePatientID) }) { a, _ in a }
        let wanted = Set(request.subjects)
        guard wanted.allSatisfy({ byPerson[$0] != nil }) else { return nil }
        return wanted.sorted { $0.uuidString < $1.uuidString }.map { SharingSubject(id: $0, person: $0, items: [.practicePatientID: byPerson[$0]!]) }
    }
}

extension EarlyHelpExtractModel: Delivered {}
extension EarlyHelpExtractPersonModel: Delivered {}
extension EarlyHelpDemandCodeModel: Delivered {}
extension EarlyHelpShortlistModel: Delivered {}
extension EarlyHelpShortlistEntryModel: Delivered {}
extension EarlyHelpDisclosureModel: Delivered {}
