import Foundation
import NIOCore
import SharewellStore
import Vapor

/// Signs the audit chain's head and writes it outside the database: every minute while serving,
/// and when the server stops, so deleting the newest entries is caught by `sharewell audit verify`.
enum AuditCheckpointing {
    /// A new job for each application (each keeps its own task).
    static var job: RepeatedJob { RepeatedJob(initialDelay: .seconds(60), delay: .seconds(60), onShutdown: true) { await write($0) } }

    static func write(_ app: Application) async {
        do {
            guard let head = try await Store(app.db).auditHead() else { return }
            let dependencies = app.dependencies
            try AuditCheckpoint.signed(head, at: dependencies.now(), key: dependencies.serverKey).write(to: dependencies.checkpointPath)
        } catch {
            app.logger.error("Could not write the audit checkpoint", metadata: ["error": "\(String(reflecting: type(of: error)))"])
        }
    }
}
