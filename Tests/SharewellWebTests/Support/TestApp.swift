import Foundation
import SharewellCore
import SharewellStore
import SharewellTestSupport
@testable import SharewellWeb
import VaporTesting

/// The fixed time test applications see (a clock that moves only when a test moves it).
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var date = Date(timeIntervalSince1970: 1_800_000_000)
    var now: Date { lock.withLock { date } }
    func advance(by seconds: TimeInterval) { lock.withLock { date += seconds } }
}

/// Runs `test` against the real application on a new database holding `organisations`, with its
/// key and audit checkpoint in a scratch folder.
func withSharewell(_ database: TestDatabase = .sqlite, organisations: [DirectoryEntry] = [.example, .exampleSchool],
                   demo: Bool = false, clock: TestClock = TestClock(), prepare: (Store) async throws -> Void = { _ in },
                   _ test: (Application) async throws -> Void) async throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sharewell-web-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    try await database.withFresh { location async throws in
        let databases = try StoreDatabases(location)
        // As `sharewell` commands do: the series starts while the chain is empty, so what `prepare` writes is covered.
        let key = try ServerKey.load(path: folder.appendingPathComponent("key").path, createIfMissing: true).key
        try await databases.store.startAuditSeries(AuditCheckpointSeries(folder: folder.appendingPathComponent("checkpoints").path, key: key), at: clock.now)
        if !organisations.isEmpty { try await databases.store.addOrganisations(organisations) }
        try await prepare(databases.store)
        await databases.shutdown()
        var settings = ServeSettings(location: location, demo: demo, demoPeople: 1_000, keyFile: folder.appendingPathComponent("key").path,
                                     checkpointFolder: folder.appendingPathComponent("checkpoints").path, now: { clock.now })
        // Tests run queued jobs by hand (`runJobs`), when they choose, not on a worker's timer.
        settings.workers = 0
        try await withApp(configure: { app in try await configure(app, settings) }, test)
    }
}

extension Application {
    /// Runs every due job of `kinds` as the server's worker would, on the test's clock; returns how
    /// many ran. Only those kinds: the hourly schedule may have queued retention meanwhile.
    @discardableResult
    func runJobs(of kinds: [any JobKind.Type], clock: TestClock = TestClock()) async throws -> Int {
        var quiet = Logger(label: "sharewell.jobs")
        quiet.logLevel = .warning
        return try await JobWorker(Store(db, secrets: dependencies.secrets).jobQueue(JobKinds(kinds)), name: "test-worker", now: { clock.now }, logger: quiet).runUntilIdle()
    }
}

extension TestingHTTPResponse {
    var html: String { body.string }

    func json<T: Decodable>(_ type: T.Type) throws -> T {
        try JSONDecoder().decode(T.self, from: Data(buffer: body))
    }
}

/// A problem+json body as a client reads it.
struct ProblemBody: Decodable {
    struct Field: Decodable { let field: String; let message: String }
    let type: String, title: String, status: Int, detail: String
    let errors: [Field]?
}
