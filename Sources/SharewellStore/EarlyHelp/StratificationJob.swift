import Foundation
import SharewellCore

/// The analyst's stratification over the whole borough (issue 15): every person, indicator and
/// linked demand code the council holds, which at a borough's size takes longer than a request
/// should. It runs as a job acting as the analyst who pressed "Run", and keeps its result (by
/// pseudonym only, as the page shows it) for the analyst's organisation to read back.
public enum StratificationJob: JobKind {
    public typealias Payload = StratificationChoice

    public static let name = JobKindName("early-help-stratification")
    public static let title = "Stratifying the borough"
    public static let permission: Permission? = .viewPseudonymisedData
    public static let maxAttempts = 3

    /// Safe to repeat: a second run counts the same data again and writes one more audit entry.
    public static func run(_ choice: StratificationChoice, _ context: JobContext) async throws -> EarlyHelpStratification {
        try await context.progress(0, of: 1)
        let result = try await context.store.earlyHelpStratification(choice, by: context.actor, at: context.now)
        try await context.progress(1, of: 1)
        return result
    }

    public static func describe(_ run: EarlyHelpStratification) -> String {
        "Counted \(run.events) indicator events: \(run.people.count) people and \(run.households.count) households with at least \(run.choice.minFlags) codes."
    }
}

extension Store {
    /// Asks for a stratification run, as `actor`. The same choices asked again within the same
    /// minute (a double click, a reload of the form's answer) are the same job.
    public func enqueueStratification(_ choice: StratificationChoice, by actor: ActingUser, at date: Date) async throws -> JobTicket {
        guard actor.may(.viewPseudonymisedData), actor.organisationKind == .earlyHelp, let council = actor.organisationID else { throw StoreError.notTheCouncil }
        let minute = Int(date.timeIntervalSince1970 / 60)
        let key = "\(StratificationJob.name):\(council.uuidString.lowercased()):\(choice.asOf):\(choice.months):\(choice.minFlags):\(choice.largestHousehold):\(minute)"
        if let asked = try await jobQueue.existing(key: key) { return asked }
        return try await jobQueue.enqueue(StratificationJob.self, choice, key: key, by: actor, at: date)
    }

    /// The result of a stratification job the actor's organisation asked for and the actor may
    /// follow; `nil` while it has not finished, or for any job that is not one (another
    /// organisation's is as missing as one that never was).
    public func stratificationRun(_ jobID: UUID, for actor: ActingUser) async throws -> EarlyHelpStratification? {
        guard let job = try await jobQueue.job(jobID, for: actor), job.kind == StratificationJob.name else { return nil }
        return try await jobQueue.outcome(of: jobID, as: StratificationJob.self)
    }
}
