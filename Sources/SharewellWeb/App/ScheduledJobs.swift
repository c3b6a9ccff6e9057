import Foundation
import NIOCore
import SharewellStore
import Vapor

/// Asks for the server's own work soon after it starts and every hour while it serves: each kind
/// with a schedule (retention, so data past its agreement's retention period is destroyed within
/// the hour, even if nobody looks) is queued for a worker. Every server asks; the queue keeps one
/// job an hour. Finished jobs are forgotten after 90 days: what they did is in the audit log.
enum ScheduledJobs {
    static let keptFor: TimeInterval = 90 * 24 * 3_600

    /// A new job for each application (each keeps its own task).
    static var job: RepeatedJob { RepeatedJob(initialDelay: .seconds(5), delay: .hours(1)) { await run($0) } }

    static func run(_ app: Application) async {
        let now = app.dependencies.now()
        do {
            let queue = Store(app.db).jobQueue
            let asked = try await queue.enqueueScheduled(at: now).filter(\.isNew)
            if !asked.isEmpty { app.logger.info("Scheduled jobs queued", metadata: ["jobs": "\(asked.count)"]) }
            let forgotten = try await queue.forget(finishedBefore: now - keptFor)
            if forgotten > 0 { app.logger.info("Old finished jobs forgotten", metadata: ["jobs": "\(forgotten)"]) }
        } catch {
            app.logger.error("The scheduled jobs could not be queued", metadata: ["error": "\(String(reflecting: type(of: error)))"])
        }
    }
}
