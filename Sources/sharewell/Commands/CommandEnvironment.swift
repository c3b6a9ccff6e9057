import ArgumentParser
import Foundation
import Logging
import SharewellDemo
import SharewellStore
import SharewellWeb

/// What every command reads from its environment: the database and the log level.
enum CommandEnvironment {
    static var variables: [String: String] { ProcessInfo.processInfo.environment }

    static var location: DatabaseLocation { .fromEnvironment(variables) }

    /// `SHAREWELL_KEY_FILE`. Without it, only demo mode (`serve --demo`, `demo`) makes a key beside
    /// the database (./data/sharewell.key): a key kept with the data it protects protects nothing.
    /// Other commands use that key only once a demo has made it.
    static func keyFile(demo: Bool) -> (path: String, createIfMissing: Bool, configured: Bool) {
        if let path = variables["SHAREWELL_KEY_FILE"], !path.isEmpty { return (path, false, true) }
        return ("data/sharewell.key", demo, false)
    }

    /// The folder of signed audit checkpoints (`SHAREWELL_AUDIT_CHECKPOINTS`).
    static var checkpointFolder: String {
        variables["SHAREWELL_AUDIT_CHECKPOINTS"].flatMap { $0.isEmpty ? nil : $0 } ?? "data/audit-checkpoints"
    }

    static func checkpoints(demo: Bool = false) throws -> AuditCheckpointSeries {
        AuditCheckpointSeries(folder: checkpointFolder, key: try serverKey(demo: demo))
    }

    static func serverKey(demo: Bool) throws -> ServerKey {
        let (path, create, _) = keyFile(demo: demo)
        let (key, created) = try ServerKey.load(path: path, createIfMissing: create)
        if created { FileHandle.standardError.write(Data("Generated a new server key at \(path). In production set SHAREWELL_KEY_FILE to a key kept outside the data folder.\n".utf8)) }
        return key
    }

    /// Migrates, and starts the checkpoint series while the chain is still empty (a new database).
    static func migrate(_ databases: StoreDatabases, demo: Bool = false) async throws {
        try await databases.migrate(extra: demo ? DemoBorough.migrations : [])
        try await databases.store.startAuditSeries(try checkpoints(demo: demo), at: Date())
    }

    /// Signs the chain head after a command wrote entries, so their later deletion is caught; a
    /// chain that does not extend the newest checkpoint is not signed, and the command says so.
    static func writeCheckpoint(_ databases: StoreDatabases, demo: Bool = false) async throws {
        if case .refused(let reason) = try await databases.store.signAuditHead(into: try checkpoints(demo: demo), at: Date()) {
            FileHandle.standardError.write(Data("Warning: the audit chain was not signed: \(reason).\n".utf8))
        }
    }

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
