import ArgumentParser
import Foundation
import SharewellCore
import SharewellStore

extension Sharewell {
    /// The retention job by hand (the server also runs it every hour).
    struct Retention: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Destroy shared data whose agreement's retention period has ended.",
            discussion: "Each destruction is written to the audit log with what was destroyed and why.")

        func run() async throws {
            CommandEnvironment.bootstrapLogging()
            let (run, attendance, births) = try await CommandEnvironment.withDatabases { databases in
                (try await databases.store.destroyExpiredExtracts(at: Date()), try await databases.store.destroyExpiredAttendance(at: Date()),
                 try await databases.store.destroyExpiredBirths(at: Date()))
            }
            if run.extracts == 0 && attendance == AttendanceRetentionRun() && births == 0 { print("Nothing has reached the end of its retention period.") }
            if run.extracts > 0 { print("Destroyed \(run.extracts) extracts past their retention period: \(run.patients) patients' details and \(run.links) links.") }
            if attendance.referrals > 0 { print("Destroyed the details of \(attendance.referrals) pupils a practice received (its reviews kept).") }
            if attendance.reviews > 0 { print("Destroyed \(attendance.reviews) practice records of pupils (review, letter, calls) past the practice's own retention.") }
            if attendance.illness > 0 { print("Destroyed \(attendance.illness) pupils flagged to medical education.") }
            if births > 0 { print("Destroyed \(counted(births, "birth", "births")) children's centres received past their retention period.") }
        }
    }
}
