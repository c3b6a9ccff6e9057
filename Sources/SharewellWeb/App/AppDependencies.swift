import Foundation
import SharewellStore
import Vapor

/// What the app takes from outside, built once in `configure`; tests pass their own (CONVENTIONS.md).
public struct AppDependencies: Sendable {
    public var now: @Sendable () -> Date
    public let serverKey: ServerKey
    /// The folder holding the series of signed audit checkpoints (outside the database).
    public var checkpointFolder: String

    public init(now: @escaping @Sendable () -> Date = { Date() }, serverKey: ServerKey, checkpointFolder: String) {
        self.now = now; self.serverKey = serverKey; self.checkpointFolder = checkpointFolder
        secrets = ServerSecrets(serverKey: serverKey)
    }

    /// Wakes this process's idle job workers when a request asks for a job.
    let jobBell = JobBell()

    var checkpoints: AuditCheckpointSeries { AuditCheckpointSeries(folder: checkpointFolder, key: serverKey) }
    /// Derived once: every request's store seals with it.
    let secrets: ServerSecrets
}

struct AppDependenciesKey: StorageKey { typealias Value = AppDependencies }

extension Application {
    var dependencies: AppDependencies { storage[AppDependenciesKey.self]! }
}

extension Request {
    var dependencies: AppDependencies { application.dependencies }
    /// The clock, read once per request so every entry it writes carries the same time.
    var now: Date {
        if let date = storage[RequestTimeKey.self] { return date }
        let date = dependencies.now()
        storage[RequestTimeKey.self] = date
        return date
    }
}

private struct RequestTimeKey: StorageKey { typealias Value = Date }
