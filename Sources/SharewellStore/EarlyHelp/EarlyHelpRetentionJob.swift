import Foundation
import SharewellCore

/// Destroying early help extracts and shortlists past their agreement's retention
/// (`destroyExpiredExtracts`), asked for by every server each hour and run once by a worker.
public enum EarlyHelpRetentionJob: JobKind {
    public static let name = JobKindName("early-help-retention")
    public static let title = "Destroying early help data past its retention period"
    /// The server's own work: no organisation's page shows it; `sharewell jobs` does.
    public static let permission: Permission? = nil
    public static let schedule: JobSchedule<NoPayload>? = .hourly(NoPayload(), as: "retention")

    public static func run(_ payload: NoPayload, _ context: JobContext) async throws -> RetentionRun {
        try await context.store.destroyExpiredExtracts(by: context.actor, at: context.now)
    }

    public static func describe(_ run: RetentionRun) -> String {
        "Destroyed \(run.extracts) extracts (\(run.patients) patients' details, \(run.links) links) and \(run.shortlists) shortlists"
            + " past their retention period."
    }
}
