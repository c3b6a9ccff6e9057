import Foundation
import Logging
import Metrics
import NIOCore
import SharewellStore
import Vapor

/// Signs the audit chain's head into the checkpoint series outside the database: at start-up,
/// every minute while serving, and when the server stops, so deleting the newest entries is caught
/// by `sharewell audit verify`. A chain that no longer extends the newest checkpoint is never
/// signed: the refusal is logged at critical level and counted in
/// `sharewell_audit_checkpoint_refusals_total`.
enum AuditCheckpointing {
    /// A new job for each application (each keeps its own task).
    static var job: RepeatedJob { RepeatedJob(initialDelay: .seconds(60), delay: .seconds(60), onShutdown: true) { await write($0) } }

    /// Starts the series while the chain is still empty (a new database), so it covers every entry.
    static func startSeries(_ app: Application) async {
        do {
            try await Store(app.db).startAuditSeries(app.dependencies.checkpoints, at: app.dependencies.now())
        } catch {
            refused(app, because: (error as? StoreError)?.message ?? "the series could not be started")
        }
    }

    static func write(_ app: Application) async {
        do {
            switch try await Store(app.db).signAuditHead(into: app.dependencies.checkpoints, at: app.dependencies.now()) {
            case .refused(let reason): refused(app, because: reason)
            case .busy:
                // Normal now and then with several servers; all the time, something holds the lock.
                Counter(label: "sharewell_audit_checkpoint_busy_total").increment()
                app.logger.warning("The audit chain was not signed this time: another signer holds the checkpoint lock")
            case .signed, .unchanged: break
            }
        } catch {
            app.logger.error("Could not write the audit checkpoint", metadata: ["error": "\(String(reflecting: type(of: error)))"])
        }
    }

    private static func refused(_ app: Application, because reason: String) {
        Counter(label: "sharewell_audit_checkpoint_refusals_total").increment()
        app.logger.critical("The audit chain was not signed: it does not extend the newest checkpoint", metadata: ["reason": "\(reason)"])
    }
}
