import FluentKit
import Foundation
import SharewellCore

/// What one retention run destroyed of the attendance pathways' received data.
public struct AttendanceRetentionRun: Sendable, Equatable, Codable {
    /// Pupils a practice received whose name, date of birth, address and attendance were destroyed.
    public var referrals = 0
    /// Pupils a medical education team was sent, destroyed whole.
    public var illness = 0
    /// Pupils whose whole record a practice kept past its own review retention, destroyed.
    public var reviews = 0

    public init(referrals: Int = 0, illness: Int = 0, reviews: Int = 0) { self.referrals = referrals; self.illness = illness; self.reviews = reviews }

    // Runs recorded before reviews were counted have no `reviews`.
    public init(from decoder: any Decoder) throws {
        let values = try decoder.container(keyedBy: CodingKeys.self)
        referrals = try values.decode(Int.self, forKey: .referrals)
        illness = try values.decode(Int.self, forKey: .illness)
        reviews = try values.decodeIfPresent(Int.self, forKey: .reviews) ?? 0
    }
}

extension Store {
    /// Destroys what was received under an attendance agreement once the agreement's retention has
    /// passed since it arrived (issue 14, finding 13): the practice's copy of a pupil loses every
    /// item the school sent (name, date of birth, address, sex, attendance and its re-measures), while the practice's
    /// own review stays with it, its own record; the medical education team's copy goes whole. Each
    /// agreement's destruction is audited in the same transaction, with counts and no names.
    @discardableResult
    public func destroyExpiredAttendance(by actor: ActingUser = .system("retention"), at date: Date) async throws -> AttendanceRetentionRun {
        let today = CalendarDate(inEngland: date)
        var run = AttendanceRetentionRun()
        for (agreementID, months) in try await attendanceRetention() {
            // Received before this instant, it has been kept its full time by today.
            let cutoff = today.adding(months: -months).startOfDayInEngland
            run.referrals += try await destroyReferrals(under: agreementID, receivedBefore: cutoff, months: months, by: actor, at: date)
            run.illness += try await destroyIllnessFlags(under: agreementID, receivedBefore: cutoff, months: months, by: actor, at: date)
        }
        run.reviews = try await destroyExpiredReviews(by: actor, at: date)
        return run
    }

    /// Each agreement that received attendance data, with its retention in months (the version in force, else the newest).
    private func attendanceRetention() async throws -> [(UUID, Int)] {
        let used = Set(try await AttendanceReferralModel.everyOrganisation(on: db).filter(\.$name != "").all().map(\.agreementID))
            .union(try await IllnessReferralModel.everyOrganisation(on: db).all().map(\.agreementID))
        guard !used.isEmpty else { return [] }
        return try await loadAgreements(on: db).filter(\.$id ~~ used).all().compactMap { model in
            guard let terms = try (model.inForce ?? model.newestFirst.first)?.terms, let id = model.id else { return nil }
            return (id, max(1, terms.retentionMonths))
        }
    }

    private func destroyReferrals(under agreementID: UUID, receivedBefore cutoff: Date, months: Int, by actor: ActingUser, at date: Date) async throws -> Int {
        try await auditedTransaction { tx in
            // Re-measures are the school's too, each kept its full time from when it arrived.
            try await AttendanceMeasureModel.query(on: tx).filter(\.$agreementID == agreementID).filter(\.$receivedAt < cutoff).delete()
            let rows = try await AttendanceReferralModel.everyOrganisation(on: tx).filter(\.$agreementID == agreementID).filter(\.$receivedAt < cutoff).filter(\.$name != "").all()
            guard !rows.isEmpty else { return 0 }
            for row in rows {
                row.name = ""; row.dateOfBirth = ""; row.address = ""; row.attendancePct = ""; row.sex = nil
                try await row.update(on: tx)
            }
            try await AuditLog.append(.init(action: .retentionDestroyed, subject: "agreement:\(agreementID.uuidString.lowercased())", purpose: SharingPurpose.attendanceLiaison.rawValue,
                                            detail: "\(rows.count) pupils' details received more than \(months) months ago destroyed; the practice's reviews kept"),
                                      by: actor, at: date, on: tx)
            return rows.count
        }
    }

    private func destroyIllnessFlags(under agreementID: UUID, receivedBefore cutoff: Date, months: Int, by actor: ActingUser, at date: Date) async throws -> Int {
        try await auditedTransaction { tx in
            let count = try await IllnessReferralModel.everyOrganisation(on: tx).filter(\.$agreementID == agreementID).filter(\.$receivedAt < cutoff).count()
            guard count > 0 else { return 0 }
            // What the team recorded about a destroyed flag goes with it (the audit log keeps that it happened).
            let ids = try await IllnessReferralModel.everyOrganisation(on: tx).filter(\.$agreementID == agreementID).filter(\.$receivedAt < cutoff).all(\.$id)
            try await MedicalEducationActionModel.everyOrganisation(on: tx).filter(\.$referral.$id ~~ ids).delete()
            try await IllnessReferralModel.everyOrganisation(on: tx).filter(\.$agreementID == agreementID).filter(\.$receivedAt < cutoff).delete()
            try await AuditLog.append(.init(action: .retentionDestroyed, subject: "agreement:\(agreementID.uuidString.lowercased())", purpose: SharingPurpose.medicalEducation.rawValue,
                                            detail: "\(count) pupils flagged more than \(months) months ago destroyed"),
                                      by: actor, at: date, on: tx)
            return count
        }
    }

    /// Destroys each practice's whole record of a pupil (what was received, its review, letter and
    /// calls) once the practice's own retention has passed since the review, or since receipt if it
    /// was never reviewed. An agreement's retention is the longest a practice may keep what it was
    /// sent; a practice may keep its record for less. Audited per practice, with counts.
    func destroyExpiredReviews(by actor: ActingUser, at date: Date) async throws -> Int {
        var destroyed = 0
        for rule in try await ReviewRetentionModel.query(on: db).with(\.$practice).all() {
            let cutoff = Self.reviewCutoff(months: rule.months, at: date).startOfDayInEngland
            destroyed += try await auditedTransaction { tx in
                let rows = try await Self.expired(AttendanceReferralModel.everyOrganisation(on: tx).filter(\.$practice.$id == rule.$practice.id), before: cutoff).all()
                guard !rows.isEmpty else { return 0 }
                let ids = try rows.map { try $0.requireID() }
                try await FollowUpCallModel.query(on: tx).filter(\.$referral.$id ~~ ids).delete()
                try await AttendanceMeasureModel.query(on: tx).filter(\.$referral.$id ~~ ids).delete()
                try await AttendanceReferralModel.everyOrganisation(on: tx).filter(\.$id ~~ ids).delete()
                try await AuditLog.append(.init(action: .retentionDestroyed, subject: "organisation:\(rule.practice.code)", purpose: SharingPurpose.attendanceLiaison.rawValue,
                                                detail: "\(rows.count) pupils' records (review, letter, calls and what was received) past the practice's \(rule.months) months destroyed"),
                                          by: actor, at: date, on: tx)
                return rows.count
            }
        }
        return destroyed
    }
}
