import ArgumentParser
import Dispatch
import Foundation
import Logging
import SharewellDemo
import SharewellStore

extension Sharewell {
    /// Job workers without a web server: on PostgreSQL, any number of these (on any machines)
    /// share the queue with the servers' own workers.
    struct Worker: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run job workers only: claim queued jobs (matching, retention, …) and run them.",
            discussion: """
                On PostgreSQL (DATABASE_URL) any number of worker processes, on any machines, share the queue with \
                the servers: each job is claimed by one worker under a lease it renews while it runs, and a job whose \
                worker dies is taken by another when the lease ends. SQLite supports one worker: the server's own. \
                On SQLite this command refuses while a server (or another worker) uses the file, and otherwise runs \
                one worker, for example to finish the queue while the server is stopped.
                """)

        @Option(help: "Workers to run in this process (PostgreSQL only: SQLite supports one).")
        var workers = 1

        @Option(help: "Seconds an idle worker waits before looking for due jobs again.")
        var pollInterval = 2

        @Flag(help: "Run the jobs due now, then stop (instead of running until stopped).")
        var untilIdle = false

        func validate() throws {
            if !(1...64).contains(workers) { throw ValidationError("--workers must be between 1 and 64; \(workers) is not.") }
            if workers > 1, case .sqlite = CommandEnvironment.location {
                throw ValidationError("SQLite supports one job worker: use --workers 1, or PostgreSQL (DATABASE_URL) for more.")
            }
            if !(1...3_600).contains(pollInterval) { throw ValidationError("--poll-interval must be between 1 and 3600 seconds; \(pollInterval) is not.") }
        }

        func run() async throws {
            CommandEnvironment.bootstrapLogging()
            do {
                try await CommandEnvironment.withDatabases { databases in
                    // Held until the workers stop; the system frees it if this process dies.
                    var lock: SQLiteWorkerLock?
                    if case .sqlite(let path) = databases.location { lock = try SQLiteWorkerLock(databasePath: path) }
                    // The server's key if there is one, as the server's own workers have: a marks import opens its sealed file with it.
                    let store = Store(databases.database, secrets: (try? CommandEnvironment.serverKey(demo: false)).map { ServerSecrets(serverKey: $0) })
                    try await store.jobQueue.requireTable()
                    let logger = Logger(label: "sharewell.jobs")
                    if untilIdle {
                        let ran = try await JobWorker(store.jobQueue(.withDemo), now: { Date() }, logger: logger).runUntilIdle()
                        print("Ran \(ran) \(ran == 1 ? "job" : "jobs").")
                    } else {
                        try await runUntilStopped(store, logger: logger)
                    }
                    withExtendedLifetime(lock) {}
                }
            } catch let error as StoreError {
                throw error.validationError
            }
        }

        /// Runs the workers until SIGINT or SIGTERM; a job still running is handed back to the queue.
        private func runUntilStopped(_ store: Store, logger: Logger) async throws {
            let interval = Duration.seconds(pollInterval), count = workers
            let all = Task {
                await withTaskGroup(of: Void.self) { group in
                    for _ in 0..<count { group.addTask { await JobWorker(store.jobQueue(.withDemo), now: { Date() }, logger: logger).run(pollInterval: interval) } }
                }
            }
            let signals = [SIGINT, SIGTERM].map { number in
                signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
                source.setEventHandler { all.cancel() }
                source.resume()
                return source
            }
            await all.value
            signals.forEach { $0.cancel() }
        }
    }
}
