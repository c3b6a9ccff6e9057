import Foundation
import SharewellCore

/// Destroying received attendance data past its agreement's retention
/// (`destroyExpiredAttendance`), asked for by every server each hour and run once by a worker.
public enum AttendanceRetentionJob: JobKind {
    public static let name = JobKindName("attendance-retention")
    public static let title = "Destroying received attendance data past its retention period"
    /// The server's own work: no organisation's page shows it; `sharewell jobs` does.
    public static let permission: Permission? = nil
    public static let schedule: JobSchedule<NoPayload>? = .hourly(NoPayload(), as: "retention")

    public static func run(_ payload: NoPayload, _ context: JobContext) async throws -> AttendanceRetentionRun {
        try await context.store.destroyExpiredAttendance(by: context.actor, at: context.now)
    }

    public static func describe(_ run: AttendanceRetentionRun) -> String {
        "Destroyed the details of \(run.referrals) pupils a practice received, \(run.illness) pupils flagged to medical education and \(run.reviews) practice records past the practice's own retention."
    }
}
