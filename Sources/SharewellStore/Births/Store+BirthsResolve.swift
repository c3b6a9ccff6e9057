import Crypto
import FluentKit
import Foundation
import SharewellCore

extension Store {
    /// The early years team resolves a birth in no catchment (issue 18, item 2): it sends the
    /// family on to the children's centre it chooses, through the gate under a live-births
    /// agreement naming both, and the birth leaves the team's list of births to resolve. A
    /// withdrawal by the birth's sender reaches the centre too (`withdrawBirths`).
    public func resolveBirth(_ id: UUID, to centreCode: String, by actor: ActingUser, at date: Date) async throws -> Result<Void, SharingRefusal> {
        guard actor.organisationKind == .earlyYears, Self.mayWorkBirths(actor) else { throw StoreError.notAParty }
        guard try await OrganisationModel.query(on: db).filter(\.$code == centreCode).filter(\.$kind == OrganisationKind.childrensCentre.rawValue).first() != nil else {
            throw StoreError.unknownOrganisation(centreCode)
        }
        // The family's details name the sending: sent on again after a correction, it is a new one.
        let details = try await BirthReceivedModel.held(by: actor, on: db).filter(\.$id == id).first()
            .map { [$0.babyDateOfBirth, $0.parentGivenName, $0.parentFamilyName, $0.address, $0.postcode].map { $0 ?? "" }.joined(separator: "\u{1F}") } ?? ""
        let digest = SHA256.hash(data: Data(details.utf8)).prefix(6).map { String(format: "%02x", $0) }.joined()
        let request = SharingRequest(recipient: centreCode, purpose: .liveBirths, items: [.birthCount, .dateOfBirth, .parentNames, .address, .postcode],
                                     bulk: true, subjects: [id], period: "resolved #\(digest)")
        return try await inOneTransaction { store in
            let sent = try await store.share(request, from: ResolvedBirthSource(), by: actor, at: date) { delivery in
                try await Self.keepResolved(delivery, from: actor.organisationCode, at: date)
            }
            if case .failure(let refusal) = sent, !refusal.isRepeat {
                if refusal.reason == .notAmongYourRecords { throw StoreError.unknownPerson }
                return .failure(refusal)
            }
            guard let row = try await BirthReceivedModel.held(by: actor, on: store.db).filter(\.$id == id).first() else { throw StoreError.unknownPerson }
            // Sent on before to another centre (and corrected since): it leaves that one.
            try await store.leaveSentOn(row.babyRef, sentOnBy: actor.organisationCode, except: centreCode, by: actor, at: date, on: store.db)
            row.resolvedTo = centreCode
            try await row.update(on: store.db)
            return .success(())
        }
    }

    /// The centre's row of the baby: new, or (already counted there) given the family's details,
    /// unless it was withdrawn.
    private static func keepResolved(_ delivery: Delivery, from team: String, at date: Date) async throws {
        guard let person = delivery.grant.people.first, let count = person.items[.birthCount].flatMap(BirthCount.init) else { return }
        let existing = try await delivery.recipientRows(BirthReceivedModel.self).filter(\.$babyRef == count.ref).first()
        guard existing?.withdrawnAt == nil else { return }
        let row = existing ?? BirthReceivedModel()
        if existing == nil { row.holderID = delivery.recipient; row.babyRef = count.ref; row.receivedAt = date; row.senderCode = team }
        row.agreementID = delivery.grant.agreementID; row.month = count.month; row.consented = true; row.toContact = true
        row.babyDateOfBirth = person.items[.dateOfBirth]; row.address = person.items[.address]; row.postcode = person.items[.postcode]
        row.parentGivenName = person.givenName; row.parentFamilyName = person.familyName
        if row.listedAt == nil { row.listedAt = date }
        if existing == nil { try await delivery.keep(row) } else { try await delivery.change(row) }
    }
}

/// The early years team's births to resolve as the subjects of a sending on to a centre: only a
/// family on its list (consented, not withdrawn), not yet sent on.
struct ResolvedBirthSource: SharingSource {
    func subjects(_ request: SharingRequest, for actor: ActingUser, on database: any Database) async throws -> [SharingSubject]? {
        guard actor.organisationKind == .earlyYears, request.purpose == .liveBirths else { return nil }
        let rows = try await BirthReceivedModel.held(by: actor, on: database).filter(\.$id ~~ request.subjects)
            .filter(\.$toContact == true).filter(\.$withdrawnAt == nil).filter(\.$resolvedTo == nil).all()
        guard rows.count == Set(request.subjects).count else { return nil }
        var subjects: [SharingSubject] = []
        for row in rows {
            var items: [DataItem: String] = [:]
            for item in request.items {
                switch item {
                case .birthCount: items[item] = BirthCount(ref: row.babyRef, month: row.month, consented: true, toContact: true).text
                case .dateOfBirth: items[item] = row.babyDateOfBirth ?? ""
                case .parentNames: items[item] = [row.parentGivenName ?? "", row.parentFamilyName ?? ""].joined(separator: " ")
                case .address: items[item] = row.address ?? ""
                case .postcode: items[item] = row.postcode ?? ""
                default: return nil
                }
            }
            let id = try row.requireID()
            subjects.append(SharingSubject(id: id, person: id, items: items, nameParts: .init(given: row.parentGivenName ?? "", family: row.parentFamilyName ?? "")))
        }
        return subjects
    }
}
