import FluentKit
import Foundation
import SharewellCore

/// What waits for a practice or a medical education team in the attendance pathways: counts only
/// (no name), so the home page shows them without a view to audit.
public struct AttendanceWork: Sendable, Equatable {
    /// Pupils received and not yet reviewed.
    public var toReview = 0
    /// Reviewed pupils whose parent's letter has not been printed and sent.
    public var lettersToSend = 0
    /// Reviewed pupils whose family has not been reached, with a call still allowed (three at most).
    public var callsDue = 0
    /// Pupils flagged to a medical education team.
    public var flagged = 0
}

extension Store {
    public func attendanceWork(for actor: ActingUser) async throws -> AttendanceWork {
        guard actor.may(.viewIdentifiableRecords) else { return AttendanceWork() }
        var work = AttendanceWork()
        if actor.organisationKind == .gpPractice {
            let received = try await AttendanceReferralModel.held(by: actor, on: db).filter(\.$name != "").with(\.$calls).all()
            for row in received {
                guard let referral = try? row.referral else { continue }
                if referral.review == nil { work.toReview += 1; continue }
                if referral.letterSentAt == nil { work.lettersToSend += 1 }
                if !referral.familyContacted, referral.calls.count < FollowUpCall.maximumAttempts { work.callsDue += 1 }
            }
        }
        if actor.organisationKind == .medicalEducation {
            work.flagged = try await IllnessReferralModel.held(by: actor, on: db).count()
        }
        return work
    }
}
