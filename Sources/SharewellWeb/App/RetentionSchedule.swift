import Foundation
import NIOCore
import SharewellStore
import Vapor

/// Runs the retention job soon after the server starts and every hour while it serves: data past
/// its agreement's retention period is destroyed within the hour, even if nobody looks.
enum RetentionSchedule {
    /// A new job for each application (each keeps its own task).
    static var job: RepeatedJob { RepeatedJob(initialDelay: .seconds(5), delay: .hours(1)) { await run($0) } }

    static func run(_ app: Application) async {
        do {
            let run = try await Store(app.db).destroyExpiredExtracts(at: app.dependencies.now())
            if run.extracts > 0 { app.logger.info("Retention: destroyed expired extracts", metadata: ["extracts": "\(run.extracts)", "patients": "\(run.patients)", "links": "\(run.links)"]) }
            let attendance = try await Store(app.db).destroyExpiredAttendance(at: app.dependencies.now())
            if attendance != AttendanceRetentionRun() {
                app.logger.info("Retention: destroyed received attendance data", metadata: ["referrals": "\(attendance.referrals)", "illness": "\(attendance.illness)"])
            }
        } catch {
            app.logger.error("The retention job failed", metadata: ["error": "\(String(reflecting: type(of: error)))"])
        }
    }
}
