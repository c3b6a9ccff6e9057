import FluentKit
import Foundation
import SharewellCore

/// What stops a centre contacting a family, done at once and whatever the agreements now say: it
/// only ever removes from a centre's keeping, so it needs no gate, and it must not wait for one (an
/// agreement ended, or a sending already made, would otherwise leave a bereaved family listed).
/// This spans every organisation's rows, so `GateBoundaryTests` names this file.
extension Store {
    /// Withdraws these babies from every list that holds them among the organisations the sender
    /// has sent births to, whichever sender's notice put them there (the same NHS number is the same
    /// baby): the family's details are cleared and the centre is told only "withdrawn". Each
    /// withdrawal is audited, by the sender whose notice asked for it.
    func withdrawBirths(_ refs: Set<String>, by sender: ActingUser, at date: Date) async throws {
        guard !refs.isEmpty else { return }
        // Only at organisations this sender has sent births to: a sender reaches no other area's lists.
        let reached = try await SendingModel.query(on: db).filter(\.$senderCode == sender.organisationCode)
            .filter(\.$purpose == SharingPurpose.liveBirths.rawValue).unique().all(\.$recipientCode)
        guard !reached.isEmpty else { return }
        let holders = try await OrganisationModel.query(on: db).filter(\.$code ~~ Set(reached)).all().compactMap(\.id)
        // And at a centre the early years team sent the family on to (`resolveBirth`): its row names the team as sender.
        let rows = try await BirthReceivedModel.everyOrganisation(on: db).filter(\.$babyRef ~~ Array(refs))
            .group(.or) { $0.filter(\.$holderID ~~ holders).filter(\.$senderCode ~~ Set(reached)) }.all()
            .filter { $0.toContact || $0.parentFamilyName != nil }
        let codes = try await organisationCodes(Set(rows.map(\.holderID)))
        try await Self.endTeams(ofBirths: rows.compactMap(\.id), by: sender, at: date, on: db)
        for row in rows {
            row.withdraw(at: date)
            try await row.update(on: db)
            try await AuditLog.append(.init(action: .birthWithdrawn, subject: "birth:\(row.babyRef)", purpose: SharingPurpose.liveBirths.rawValue,
                                            detail: "withdrawn from the list of \(codes[row.holderID] ?? "a centre")"), by: sender, at: date, on: db)
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
                func left() -> QueryBuilder<BirthReceivedModel> { BirthReceivedModel.everyOrganisation(on: db).filter(\.$holderID == holder).filter(\.$babyRef == ref) }
                // A birth the early years team sent on to a centre leaves that centre too, unless it moved into its area.
                try await leaveSentOn(ref, sentOnBy: old, except: recipient, by: sender, at: date, on: db)
                try await Self.endTeams(ofBirths: try await left().all().compactMap(\.id), by: sender, at: date, on: db)
                try await left().delete()
            }
            try await AuditLog.append(.init(action: .birthWithdrawn, subject: "birth:\(ref)", purpose: SharingPurpose.liveBirths.rawValue,
                                            detail: "left the area of \(old): the postcode is now in \(recipient.map { "the area of \($0)" } ?? "no area")"),
                                      by: sender, at: date, on: db)
            row.routedTo = nil
            try await row.update(on: db)
        }
    }

    /// Every centre's row of a baby the early years team (`team`) sent on, but `keep`'s (where the
    /// baby is now), removed with its team around the family: a family is listed in one area only.
    func leaveSentOn(_ ref: String, sentOnBy team: String, except keep: String?, by actor: ActingUser, at date: Date, on db: any Database) async throws {
        var kept: UUID?
        if let keep { kept = try await OrganisationModel.query(on: db).filter(\.$code == keep).first()?.id }
        func rows() -> QueryBuilder<BirthReceivedModel> {
            let query = BirthReceivedModel.everyOrganisation(on: db).filter(\.$babyRef == ref).filter(\.$senderCode == team)
            return kept.map { query.filter(\.$holderID != $0) } ?? query
        }
        try await Self.endTeams(ofBirths: try await rows().all().compactMap(\.id), by: actor, at: date, on: db)
        try await rows().delete()
    }

    /// The births (notice ids) among `rows` whose baby another sender marked do-not-contact: a
    /// marker from maternity holds even when child health, not knowing, sends the family as consented.
    func barredBabies(_ rows: [BirthNoticeModel], sameBaby: [UUID: [BirthNoticeModel]]) -> Set<UUID> {
        Set(rows.compactMap { row in row.id.flatMap { id in sameBaby[id]?.contains(where: \.doNotContact) == true ? id : nil } })
    }

    /// Other senders' notices of the same babies, by notice id: the same NHS number only. A match
    /// on softer details (date of birth, postcode, family name) would let any sender, by guessing
    /// them, withdraw another's family (the review of 7 December, evening).
    func sameBabyElsewhere(_ rows: [BirthNoticeModel], sender: UUID) async throws -> [UUID: [BirthNoticeModel]] {
        let numbers = Set(rows.compactMap(\.nhsNumber))
        guard !numbers.isEmpty else { return [:] }
        let others = Dictionary(grouping: try await BirthNoticeModel.everyOrganisation(on: db).filter(\.$senderID != sender)
            .filter(\.$nhsNumber ~~ numbers.map(Optional.some)).all()) { $0.nhsNumber ?? "" }
        return rows.reduce(into: [:]) { found, row in
            if let id = row.id, let number = row.nhsNumber { found[id] = others[number] ?? [] }
        }
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
