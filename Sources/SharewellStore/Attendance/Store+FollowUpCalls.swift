import FluentKit
import Foundation
import SharewellCore

extension Store {
    /// Records one call to the pupil's parent, refusing a fourth attempt or a second on the same day.
    public func recordCall(_ call: FollowUpCall, on referralID: UUID, by actor: ActingUser, at date: Date) async throws -> SchoolUpdate {
        try await recordCall(from: FollowUpCall.Draft(day: call.day, outcome: call.outcome, letterArrived: call.letterArrived, feedback: call.feedback),
                             on: referralID, by: actor, at: date)
    }

    /// Records a call from a form read as far as it could be: the form's own problems come with the
    /// checks against the calls already made, in one `invalidFields` (issue 16, item 3).
    public func recordCall(from draft: FollowUpCall.Draft, on referralID: UUID, by actor: ActingUser, at date: Date) async throws -> SchoolUpdate {
        try await auditedTransaction { tx in
            guard let row = try await self.ownReferral(referralID, for: actor, on: tx) else { throw StoreError.unknownPerson }
            let problems = draft.problems(after: try row.calls.map { try $0.call }, today: CalendarDate(inEngland: date))
            guard problems.isEmpty, let call = draft.call else { throw StoreError.invalidFields(problems) }
            let model = FollowUpCallModel()
            model.$referral.id = referralID
            model.day = call.day.description; model.outcome = call.outcome.rawValue; model.letterArrived = call.letterArrived?.rawValue
            model.feedback = call.feedback.trimmingCharacters(in: .whitespacesAndNewlines)
            model.recordedBy = "\(actor.displayName), \(actor.organisationCode)"; model.recordedAt = date
            try await model.create(on: tx)
            try await AuditLog.append(.init(action: .update, subject: Self.referralSubject(referralID), purpose: Self.liaisonPurpose,
                                            detail: "call \(row.calls.count + 1) on \(call.day): \(call.outcome.rawValue)"), by: actor, at: date, on: tx)
        }
        return try await tellSchoolIfReady(referralID, by: actor, at: date)
    }
}
