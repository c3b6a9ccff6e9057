import ArgumentParser
import Foundation
import Logging
import SharewellStore
import SharewellWeb

/// What every command reads from its environment: the database and the log level.
enum CommandEnvironment {
    static var variables: [String: String] { ProcessInfo.processInfo.environment }

    static var location: DatabaseLocation { .fromEnvironment(variables) }

    /// `SHAREWELL_KEY_FILE`; without it (development) a key is generated under ./data/.
    static var keyFile: (path: String, createIfMissing: Bool) {
        if let path = variables["SHAREWELL_KEY_FILE"], !path.isEmpty { return (path, false) }
        return ("data/sharewell.key", true)
    }

    /// Where the signed audit checkpoint lives (`SHAREWELL_AUDIT_CHECKPOINT`).
    static var checkpointPath: String {
        variables["SHAREWELL_AUDIT_CHECKPOINT"].flatMap { $0.isEmpty ? nil : $0 } ?? "data/audit-checkpoint.json"
    }

    static func serverKey() throws -> ServerKey {
        let (path, create) = keyFile
        let (key, created) = try ServerKey.load(path: path, createIfMissing: create)
        if created { FileHandle.standardError.write(Data("Generated a new server key at \(path). In production set SHAREWELL_KEY_FILE to a key kept outside the data folder.\n".utf8)) }
        return key
    }

    /// Signs the chain head after a command wrote entries, so their later deletion is caught.
    static func writeCheckpoint(_ databases: StoreDatabases) async throws {
        guard let head = try await databases.store.auditHead() else { return }
        try AuditCheckpoint.signed(head, at: Date(), key: try serverKey()).write(to: checkpointPath)
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
