import Foundation
import NIOCore
import SharewellStore
import Vapor

/// Runs the retention job when the server starts and every hour while it serves: data past its
/// agreement's retention period is destroyed within the hour, even if nobody looks.
struct RetentionSchedule: LifecycleHandler {
    func didBootAsync(_ app: Application) async throws {
        let task = app.eventLoopGroup.next().scheduleRepeatedAsyncTask(initialDelay: .seconds(5), delay: .hours(1)) { _ in
            app.eventLoopGroup.next().makeFutureWithTask { await Self.run(app) }
        }
        app.storage[TaskKey.self] = task
    }

    func shutdownAsync(_ app: Application) async {
        app.storage[TaskKey.self]?.cancel()
    }

    static func run(_ app: Application) async {
        do {
            let run = try await Store(app.db).destroyExpiredExtracts(at: app.dependencies.now())
            if run.extracts > 0 { app.logger.info("Retention: destroyed expired extracts", metadata: ["extracts": "\(run.extracts)", "patients": "\(run.patients)", "links": "\(run.links)"]) }
        } catch {
            app.logger.error("The retention job failed", metadata: ["error": "\(String(reflecting: type(of: error)))"])
        }
    }

    private struct TaskKey: StorageKey { typealias Value = RepeatedTask }
}
