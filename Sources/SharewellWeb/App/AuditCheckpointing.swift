import Foundation
import NIOCore
import SharewellStore
import Vapor

/// Signs the audit chain's head and writes it outside the database: every minute while serving,
/// and when the server stops, so deleting the newest entries is caught by `sharewell audit verify`.
struct AuditCheckpointing: LifecycleHandler {
    func didBootAsync(_ app: Application) async throws {
        let task = app.eventLoopGroup.next().scheduleRepeatedAsyncTask(initialDelay: .seconds(60), delay: .seconds(60)) { _ in
            app.eventLoopGroup.next().makeFutureWithTask { await Self.write(app) }
        }
        app.storage[TaskKey.self] = task
    }

    func shutdownAsync(_ app: Application) async {
        app.storage[TaskKey.self]?.cancel()
        await Self.write(app)
    }

    static func write(_ app: Application) async {
        do {
            guard let head = try await Store(app.db).auditHead() else { return }
            let dependencies = app.dependencies
            try AuditCheckpoint.signed(head, at: dependencies.now(), key: dependencies.serverKey).write(to: dependencies.checkpointPath)
        } catch {
            app.logger.error("Could not write the audit checkpoint", metadata: ["error": "\(String(reflecting: type(of: error)))"])
        }
    }

    private struct TaskKey: StorageKey { typealias Value = RepeatedTask }
}
