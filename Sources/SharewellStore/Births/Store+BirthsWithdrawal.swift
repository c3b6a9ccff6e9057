import FluentKit
import Foundation
import SharewellCore

/// What stops a centre contacting a family, done at once and whatever the agreements now say: it
/// only ever removes from a centre's keeping, so it needs no gate, and it must not wait for one (an
/// agreement ended, or a sending already made, would otherwise leave a bereaved family listed).
/// This spans every organisation's rows, so `GateBoundaryTests` names this file.
extension Store {
    /// Withdraws these babies from every list that holds them, whichever centre and whichever
    /// sender's notice put them there: the family's details are cleared and the centre is told only
    /// "withdrawn". Each withdrawal is audited, by the sender whose notice asked for it.
    func withdrawBirths(_ refs: Set<String>, by sender: ActingUser, at date: Date) async throws {
        guard !refs.isEmpty else { return }
        let rows = try await BirthReceivedModel.everyOrganisation(on: db).filter(\.$babyRef ~~ Array(refs)).all()
            .filter { $0.toContact || $0.parentFamilyName != nil }
        let holders = try await organisationCodes(Set(rows.map(\.holderID)))
        for row in rows {
            row.withdraw(at: date)
            try await row.update(on: db)
            try await AuditLog.append(.init(action: .birthWithdrawn, subject: "birth:\(row.babyRef)", purpose: SharingPurpose.liveBirths.rawValue,
                                            detail: "withdrawn from the list of \(holders[row.holderID] ?? "a centre")"), by: sender, at: date, on: db)
        }
    }

    /// A birth whose postcode now lies in another area (or in none) leaves the area it was sent to:
    /// that centre neither lists nor counts it any more.
    func leaveOldAreas(_ births: [BirthNoticeModel], for recipient: String?, refs: [UUID: String], by sender: ActingUser, at date: Date) async throws {
        let moved = births.filter { $0.routedTo != nil && $0.routedTo != recipient }
        guard !moved.isEmpty else { return }
        let ids = try await OrganisationModel.query(on: db).filter(\.$code ~~ Set(moved.compactMap(\.routedTo))).all()
            .reduce(into: [String: UUID]()) { $0[$1.code] = $1.id }
        for row in moved {
            guard let old = row.routedTo, let ref = row.id.flatMap({ refs[$0] }) else { continue }
            if let holder = ids[old] {
                try await BirthReceivedModel.everyOrganisation(on: db).filter(\.$holderID == holder).filter(\.$babyRef == ref).delete()
            }
            try await AuditLog.append(.init(action: .birthWithdrawn, subject: "birth:\(ref)", purpose: SharingPurpose.liveBirths.rawValue,
                                            detail: "left the area of \(old): the postcode is now in \(recipient.map { "the area of \($0)" } ?? "no area")"),
                                      by: sender, at: date, on: db)
            row.routedTo = nil
            try await row.update(on: db)
        }
    }

    /// The births (notice ids) among `rows` whose baby another sender marked do-not-contact: a
    /// marker from maternity holds even when child health, not knowing, sends the family as consented.
    func barredBabies(_ rows: [BirthNoticeModel], sameBaby: [UUID: [BirthNoticeModel]]) -> Set<UUID> {
        Set(rows.compactMap { row in row.id.flatMap { id in sameBaby[id]?.contains(where: \.doNotContact) == true ? id : nil } })
    }

    /// Other senders' notices of the same babies, by notice id: the same NHS number, or, where
    /// either lacks one, the same date of birth, postcode and parent's family name (maternity may
    /// send before the number is known; child health's marker must still reach that family).
    func sameBabyElsewhere(_ rows: [BirthNoticeModel], sender: UUID) async throws -> [UUID: [BirthNoticeModel]] {
        guard !rows.isEmpty else { return [:] }
        let numbers = Set(rows.compactMap(\.nhsNumber)).map(Optional.some), days = Set(rows.map(\.babyDateOfBirth))
        let others = try await BirthNoticeModel.everyOrganisation(on: db).filter(\.$senderID != sender).group(.or) { or in
            or.filter(\.$nhsNumber ~~ numbers).filter(\.$babyDateOfBirth ~~ days)
        }.all()
        let byNumber = Dictionary(grouping: others.filter { $0.nhsNumber != nil }) { $0.nhsNumber ?? "" }
        let byDay = Dictionary(grouping: others, by: \.babyDateOfBirth)
        var found: [UUID: [BirthNoticeModel]] = [:]
        for row in rows {
            guard let id = row.id else { continue }
            // The same number is the same baby; without a number on both sides, the same day, place and family.
            var seen = Set<UUID>()
            let candidates = ((row.nhsNumber.flatMap { byNumber[$0] } ?? []) + (byDay[row.babyDateOfBirth] ?? [])).filter { $0.id.map { seen.insert($0).inserted } ?? false }
            found[id] = candidates.filter { other in
                if let a = row.nhsNumber, let b = other.nhsNumber { return a == b }
                return other.postcode == row.postcode
                    && other.parentFamilyName.lowercased() == row.parentFamilyName.lowercased()
            }
        }
        return found
    }

    /// Each notice's baby reference at the recipients, whoever sent it.
    func babyRefs(_ rows: [BirthNoticeModel]) async throws -> [UUID: String] {
        let senders = try await organisationCodes(Set(rows.map(\.senderID)))
        return try Dictionary(rows.map { (try $0.requireID(), try babyRef($0, sender: senders[$0.senderID] ?? "")) }, uniquingKeysWith: { first, _ in first })
    }

    private func organisationCodes(_ ids: Set<UUID>) async throws -> [UUID: String] {
        guard !ids.isEmpty else { return [:] }
        return try await OrganisationModel.query(on: db).filter(\.$id ~~ ids).all().reduce(into: [UUID: String]()) { $0[$1.id!] = $1.code }
    }
}
