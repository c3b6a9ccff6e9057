import Foundation
import SharewellStore
import Vapor

/// What the app takes from outside, built once in `configure`; tests pass their own (CONVENTIONS.md).
public struct AppDependencies: Sendable {
    public var now: @Sendable () -> Date
    public var serverKey: ServerKey
    /// Where the signed audit checkpoint is written (outside the database).
    public var checkpointPath: String

    public init(now: @escaping @Sendable () -> Date = { Date() }, serverKey: ServerKey, checkpointPath: String) {
        self.now = now; self.serverKey = serverKey; self.checkpointPath = checkpointPath
    }
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
