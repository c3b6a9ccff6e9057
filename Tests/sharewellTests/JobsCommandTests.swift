import Foundation
import SharewellStore
import Testing

@Suite("sharewell jobs and sharewell worker")
struct JobsCommandTests {
    static let sqlite = "data/sharewell.sqlite"

    /// Queues the hourly retention jobs in the folder's database, as a server's schedule would.
    static func queueRetention(in folder: URL) async throws {
        let databases = try StoreDatabases(.sqlite(path: folder.appendingPathComponent(sqlite).path))
        do { try await databases.store.jobQueue.enqueueScheduled(at: Date()) } catch { await databases.shutdown(); throw error }
        await databases.shutdown()
    }

    @Test("jobs lists the queue newest first as a plain table; worker --until-idle runs what is due; --state filters")
    func listAndRun() async throws {
        let folder = try CommandRun.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try CommandRun.run(["migrate"], in: folder).status == 0)
        let empty = try CommandRun.run(["jobs"], in: folder)
        #expect(empty.status == 0 && empty.stdout == "No jobs.\n", "\(empty.stderr)")

        try await Self.queueRetention(in: folder)
        let queued = try CommandRun.run(["jobs", "--state", "queued"], in: folder)
        let lines = queued.stdout.split(separator: "\n")
        #expect(queued.status == 0 && lines.count == 4, "\(queued.stdout)")
        #expect(lines.first?.hasPrefix("ID") == true && lines.first?.contains("KIND") == true && lines.first?.contains("PROGRESS") == true)
        #expect(lines.dropFirst().allSatisfy { $0.contains("(server)") && $0.contains("queued") && $0.contains("0/5") })

        let worker = try CommandRun.run(["worker", "--until-idle"], in: folder)
        #expect(worker.status == 0 && worker.stdout == "Ran 3 jobs.\n", "\(worker.stderr)")
        let done = try CommandRun.run(["jobs"], in: folder)
        #expect(done.stdout.split(separator: "\n").dropFirst().allSatisfy { $0.contains("succeeded") && $0.contains("1/5") }, "\(done.stdout)")
        #expect(done.stdout.contains("early-help-retention") && done.stdout.contains("attendance-retention") && done.stdout.contains("births-retention"))
        #expect(try CommandRun.run(["jobs", "--state", "failed"], in: folder).stdout == "No failed jobs.\n")
    }

    @Test("on SQLite the worker refuses while a server holds the file's worker lock, and refuses more than one worker")
    func sqliteOneWorker() async throws {
        let folder = try CommandRun.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try CommandRun.run(["migrate"], in: folder).status == 0)
        let serverLock = try SQLiteWorkerLock(databasePath: folder.appendingPathComponent(Self.sqlite).path)
        let refused = try CommandRun.run(["worker", "--until-idle"], in: folder)
        #expect(refused.status == 64)
        #expect(refused.stderr.contains("A server is already running the worker for the SQLite file"), "\(refused.stderr)")
        withExtendedLifetime(serverLock) {}
        let two = try CommandRun.run(["worker", "--workers", "2"], in: folder)
        #expect(two.status == 64 && two.stderr.contains("SQLite supports one job worker"), "\(two.stderr)")
    }

    @Test("bad options are refused with the values allowed", arguments: [
        (["jobs", "--state", "done"], "--state must be one of queued, running, succeeded, failed; ‘done’ is not."),
        (["jobs", "--limit", "0"], "--limit must be between 1 and 10000"),
        (["worker", "--poll-interval", "0"], "--poll-interval must be between 1 and 3600 seconds"),
        (["serve", "--demo", "--workers", "2"], "SQLite supports one job worker"),
    ])
    func badOptions(_ arguments: [String], _ message: String) throws {
        let folder = try CommandRun.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CommandRun.run(arguments, in: folder)
        #expect(result.status == 64)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test("a worker started before the database has a job queue says to migrate")
    func notMigrated() throws {
        let folder = try CommandRun.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CommandRun.run(["worker", "--until-idle"], in: folder)
        #expect(result.status == 64 && result.stderr.contains("The database has no job queue yet: run `sharewell migrate`"), "\(result.stderr)")
    }
}
