import FluentKit
import Foundation
import SharewellCore

extension Store {
    /// Destroys what centres and the early years team received under a live-births agreement once
    /// the agreement's retention has passed since it arrived (issue 18, item 3): the birth's count,
    /// the family's details and the centre's welcome and registration go together. Each
    /// agreement's destruction is audited, with a count and no names. The senders' own notices are
    /// their records, not received data, and stay.
    @discardableResult
    public func destroyExpiredBirths(by actor: ActingUser = .system("retention"), at date: Date) async throws -> Int {
        let today = CalendarDate(inEngland: date)
        var destroyed = 0
        for (agreementID, months) in try await birthsRetention() {
            let cutoff = today.adding(months: -months).startOfDayInEngland
            destroyed += try await auditedTransaction { tx in
                func expired() -> QueryBuilder<BirthReceivedModel> {
                    BirthReceivedModel.everyOrganisation(on: tx).filter(\.$agreementID == agreementID).filter(\.$receivedAt < cutoff)
                }
                let count = try await expired().count()
                guard count > 0 else { return 0 }
                try await Self.endTeams(ofBirths: try await expired().all().compactMap(\.id), by: actor, at: date, on: tx)
                try await expired().delete()
                try await AuditLog.append(.init(action: .retentionDestroyed, subject: "agreement:\(agreementID.uuidString.lowercased())",
                                                purpose: SharingPurpose.liveBirths.rawValue,
                                                detail: "\(count) births received more than \(months) months ago destroyed"), by: actor, at: date, on: tx)
                return count
            }
        }
        return destroyed + (try await destroyExpiredTeamsAndReferrals(by: actor, at: date))
    }

    /// The same for what members of a team around the family and centres of referrals received,
    /// each under its own agreement: a member's copy of the family goes with every note of the
    /// team it holds; a referral with the centre's first contact.
    private func destroyExpiredTeamsAndReferrals(by actor: ActingUser, at date: Date) async throws -> Int {
        let today = CalendarDate(inEngland: date)
        let copies = Set(try await FamilyTeamCopyModel.everyOrganisation(on: db).unique().all(\.$agreementID))
        let referrals = Set(try await FamilyReferralReceivedModel.everyOrganisation(on: db).unique().all(\.$agreementID).compactMap { $0 })
        var destroyed = 0
        for (agreementID, months) in try await retention(of: copies.union(referrals)) {
            let cutoff = today.adding(months: -months).startOfDayInEngland
            destroyed += try await auditedTransaction { tx in
                let expired = try await FamilyTeamCopyModel.everyOrganisation(on: tx).filter(\.$agreementID == agreementID).filter(\.$receivedAt < cutoff).all()
                for copy in expired {
                    try await TeamNoteReceivedModel.everyOrganisation(on: tx).filter(\.$holderID == copy.holderID).filter(\.$teamID == copy.teamID).delete()
                    try await TeamNoteWrittenModel.everyOrganisation(on: tx).filter(\.$holderID == copy.holderID).filter(\.$teamID == copy.teamID).delete()
                    try await copy.delete(on: tx)
                }
                func old() -> QueryBuilder<FamilyReferralReceivedModel> {
                    FamilyReferralReceivedModel.everyOrganisation(on: tx).filter(\.$agreementID == agreementID).filter(\.$at < cutoff)
                }
                let count = expired.count + (try await old().count())
                guard count > 0 else { return 0 }
                try await old().delete()
                try await AuditLog.append(.init(action: .retentionDestroyed, subject: "agreement:\(agreementID.uuidString.lowercased())", purpose: SharingPurpose.familyTeam.rawValue,
                                                detail: "\(count) families of teams and referrals received more than \(months) months ago destroyed"), by: actor, at: date, on: tx)
                return count
            }
        }
        return destroyed
    }

    /// Each agreement births were received under, with its retention in months (the version in force, else the newest).
    private func birthsRetention() async throws -> [(UUID, Int)] {
        try await retention(of: Set(try await BirthReceivedModel.everyOrganisation(on: db).unique().all(\.$agreementID)))
    }

    /// These agreements with their retention in months (the version in force, else the newest).
    private func retention(of used: Set<UUID>) async throws -> [(UUID, Int)] {
        guard !used.isEmpty else { return [] }
        return try await loadAgreements(on: db).filter(\.$id ~~ used).all().compactMap { model in
            guard let terms = try (model.inForce ?? model.newestFirst.first)?.terms, let id = model.id else { return nil }
            return (id, max(1, terms.retentionMonths))
        }
    }
}

/// Destroying received births past their agreement's retention (`destroyExpiredBirths`), asked for
/// by every server each hour and run once by a worker.
public enum BirthsRetentionJob: JobKind {
    public static let name = JobKindName("births-retention")
    public static let title = "Destroying received births past their retention period"
    /// The server's own work: no organisation's page shows it; `sharewell jobs` does.
    public static let permission: Permission? = nil
    public static let schedule: JobSchedule<NoPayload>? = .hourly(NoPayload(), as: "retention")

    public static func run(_ payload: NoPayload, _ context: JobContext) async throws -> Int {
        try await context.store.destroyExpiredBirths(by: context.actor, at: context.now)
    }

    public static func describe(_ destroyed: Int) -> String {
        "Destroyed \(counted(destroyed, "birth", "births")) centres received past their retention period."
    }
}
