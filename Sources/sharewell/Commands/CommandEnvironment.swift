import ArgumentParser
import Foundation
import Logging
import SharewellStore
import SharewellWeb

/// What every command reads from its environment: the database and the log level.
enum CommandEnvironment {
    static var variables: [String: String] { ProcessInfo.processInfo.environment }

    static var location: DatabaseLocation { .fromEnvironment(variables) }

    /// JSON lines on standard error at `LOG_LEVEL` (default `info`).
    static func bootstrapLogging() {
        let level = variables["LOG_LEVEL"].flatMap { Logger.Level(rawValue: $0.lowercased()) } ?? .info
        LoggingSystem.bootstrap { JSONLogHandler(label: $0, level: level) }
    }

    /// Opens the store's databases, runs `body`, and always closes them.
    static func withDatabases<T>(_ body: (StoreDatabases) async throws -> T) async throws -> T {
        let databases = try StoreDatabases(location)
        do {
            let result = try await body(databases)
            await databases.shutdown()
            return result
        } catch {
            await databases.shutdown()
            throw error
        }
    }
}

extension StoreError {
    /// A store refusal as a command-line failure with the message and exit code 1.
    var validationError: ValidationError { ValidationError(message) }
}
