import Foundation
import Logging
import SharewellStore
import Vapor

/// The workers `serve` runs in its own process (one by default, `--workers`): started once the
/// server has booted, stopped as it shuts down, handing back a job still running. On SQLite the
/// server runs one only if it gets the file's worker lock; a second server on the same file
/// runs none, and says so.
final class JobWorkers: LifecycleHandler, @unchecked Sendable {
    private let count: Int
    private let pollInterval: Duration
    private let location: DatabaseLocation
    private let kinds: JobKinds
    private let lock = NSLock()
    private var tasks: [Task<Void, Never>] = []
    private var sqliteLock: SQLiteWorkerLock?

    init(count: Int, pollInterval: Duration, location: DatabaseLocation, kinds: JobKinds = .sharewell) {
        self.count = count; self.pollInterval = pollInterval; self.location = location; self.kinds = kinds
    }

    func didBootAsync(_ app: Application) async throws {
        guard count > 0 else { return }
        var heldLock: SQLiteWorkerLock?
        if case .sqlite(let path) = location {
            do { heldLock = try SQLiteWorkerLock(databasePath: path) } catch {
                app.logger.warning("Another process runs the job worker for this SQLite file; this server runs none",
                                   metadata: ["database": "\(location.safeDescription)"])
                return
            }
        }
        let store = Store(app.db, secrets: app.dependencies.secrets)
        let now = app.dependencies.now, bell = app.dependencies.jobBell
        let logger = Logger(label: "sharewell.jobs")
        let started = (0..<(heldLock == nil ? count : 1)).map { _ in
            Task { await JobWorker(store.jobQueue(kinds), now: now, logger: logger).run(pollInterval: pollInterval, bell: bell) }
        }
        lock.withLock { tasks = started; sqliteLock = heldLock }
    }

    func shutdownAsync(_ app: Application) async {
        let running = lock.withLock { defer { tasks = [] }; return tasks }
        for task in running { task.cancel() }
        for task in running { await task.value }
        lock.withLock { sqliteLock = nil }
    }
}
