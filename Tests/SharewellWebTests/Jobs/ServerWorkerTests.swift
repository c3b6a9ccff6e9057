import Foundation
import SharewellStore
import SharewellTestSupport
@testable import SharewellWeb
import Testing
import VaporTesting

/// `serve` runs one job worker in its own process unless told otherwise; on SQLite it holds the
/// file's worker lock while it serves, so a second worker (another server, `sharewell worker`)
/// runs none, and lets it go when it stops.
@Suite("Jobs: the server's own worker")
struct ServerWorkerTests {
    @Test("a server runs one worker by default")
    func oneByDefault() {
        #expect(ServeSettings(location: .sqlite(path: "data/sharewell.sqlite")).workers == 1)
    }

    @Test("on SQLite the server's worker holds the file's worker lock from boot to shutdown")
    func holdsTheLock() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sharewell-lock-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path + ".worker-lock") }
        try await withSharewell { app in
            let workers = JobWorkers(count: 1, pollInterval: .seconds(3_600), location: .sqlite(path: path))
            try await workers.didBootAsync(app)
            #expect(throws: StoreError.sqliteWorkerTaken(path: path)) { try SQLiteWorkerLock(databasePath: path) }
            await workers.shutdownAsync(app)
            let free = try SQLiteWorkerLock(databasePath: path)
            withExtendedLifetime(free) {}
        }
    }
}
