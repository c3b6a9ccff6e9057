import FluentKit
import Foundation
import SharewellCore

/// Matching a received patient list to the council's people (issue 8, item 3) takes seconds to
/// minutes for a practice's list, so it runs as a job, not inside the request (issue 15). It acts
/// as the council worker who pressed "Match", re-read when it runs.
public enum MatchPatientListJob: JobKind {
    /// The received patient list to match.
    public struct Payload: Codable, Sendable, Equatable {
        public let extract: UUID
        public init(extract: UUID) { self.extract = extract }
    }

    public static let name = JobKindName("match-patient-list")
    public static let title = "Matching a patient list"
    public static let permission: Permission? = .viewIdentifiableRecords
    public static let maxAttempts = 3

    public static func run(_ payload: Payload, _ context: JobContext) async throws -> MatchingSummary {
        // A second run (its first worker stalled past its lease) reports what the first did.
        if let earlier = try await context.store.matchingDone(payload.extract, for: context.actor) { return earlier }
        do {
            return try await context.store.matchPatientList(payload.extract, by: context.actor, at: context.now) { done, total in
                try await context.progress(done, of: total)
            }
        } catch StoreError.alreadyMatched {
            // Another run finished first, between our look and our write.
            guard let earlier = try await context.store.matchingDone(payload.extract, for: context.actor) else { throw StoreError.alreadyMatched }
            return earlier
        }
    }

    public static func describe(_ summary: MatchingSummary) -> String {
        "Matched \(summary.patients) patients: \(summary.linked) linked, \(summary.toReview) pairs to review."
            + (summary.finished ? " Nothing waits, so the names and addresses are destroyed; the practice patient numbers are kept." : "")
    }
}

extension Store {
    /// Asks for a received patient list to be matched, as `actor`: the job, new or the one already
    /// asked for (a double click, or a colleague who pressed "Match" first, is the same job).
    /// Refused for a list the actor's organisation did not receive, and for one matched already.
    public func enqueuePatientListMatching(_ extractID: UUID, by actor: ActingUser, at date: Date) async throws -> JobTicket {
        guard actor.may(.viewIdentifiableRecords), let councilID = actor.organisationID,
              let extract = try await EarlyHelpExtractModel.query(on: db).filter(\.$id == extractID).filter(\.$recipient.$id == councilID).first()
        else { throw StoreError.unknownExtract }
        let key = "\(MatchPatientListJob.name):\(extractID.uuidString.lowercased())"
        if let asked = try await jobQueue.existing(key: key) { return asked }
        guard extract.matchedAt == nil, try await EarlyHelpLinkModel.query(on: db).filter(\.$extract.$id == extractID).count() == 0 else {
            throw StoreError.alreadyMatched
        }
        return try await jobQueue.enqueue(MatchPatientListJob.self, .init(extract: extractID), key: key, by: actor, at: date)
    }

    /// What matching did to a list, once it has run (links made, pairs waiting, details destroyed); `nil` before.
    func matchingDone(_ extractID: UUID, for actor: ActingUser) async throws -> MatchingSummary? {
        guard let councilID = actor.organisationID,
              let extract = try await EarlyHelpExtractModel.query(on: db).filter(\.$id == extractID).filter(\.$recipient.$id == councilID).first()
        else { return nil }
        let linked = try await EarlyHelpLinkModel.query(on: db).filter(\.$extract.$id == extractID).count()
        let toReview = try await EarlyHelpLinkReviewModel.query(on: db).filter(\.$extract.$id == extractID).count()
        guard extract.matchedAt != nil || linked + toReview > 0 else { return nil }
        return MatchingSummary(patients: extract.sent, linked: linked, toReview: toReview, finished: extract.matchedAt != nil)
    }
}
