import FluentKit
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import SQLKit

/// Where Sharewell keeps its data: an SQLite file by default (nothing to install), or a
/// PostgreSQL server when `DATABASE_URL` is set (ARCHITECTURE.md, Configuration).
public enum DatabaseLocation: Sendable, Equatable {
    case sqlite(path: String)
    case postgres(url: String)

    /// The embedded default, relative to the working directory.
    public static let defaultSQLitePath = "data/sharewell.sqlite"

    /// `DATABASE_URL` if set (and not empty), else the SQLite file under `./data/`.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> Self {
        if let url = environment["DATABASE_URL"], !url.isEmpty { return .postgres(url: url) }
        return .sqlite(path: defaultSQLitePath)
    }

    public var databaseID: DatabaseID {
        switch self {
        case .sqlite: .sqlite
        case .postgres: .psql
        }
    }

    /// The Fluent configuration; creates the SQLite file's folder on first use.
    public func configuration() throws(StoreError) -> DatabaseConfigurationFactory {
        switch self {
        case .sqlite(let path):
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
            do { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
            catch { throw .databaseFolder(path: folder.path) }
            return .sqlite(.file(path), sqlLogLevel: .trace)
        case .postgres(let url):
            guard let factory = try? DatabaseConfigurationFactory.postgres(url: url, sqlLogLevel: .trace) else {
                throw .databaseURL
            }
            return factory
        }
    }

    /// Readies a database before its migrations. SQLite goes to write-ahead logging, so a page's
    /// reads no longer wait behind the one writer (every view of a name appends to the audit chain)
    /// and an append no longer waits for readers. The mode is kept in the file, so an existing
    /// database changes once; a committed entry survives the process being killed, as before.
    public func prepare(_ database: any Database) async throws {
        guard case .sqlite = self, let sql = database as? any SQLDatabase else { return }
        try await sql.raw("PRAGMA journal_mode=WAL").run()
    }

    /// For logs and the start-up banner: never the password in a URL.
    public var safeDescription: String {
        switch self {
        case .sqlite(let path):
            return "SQLite file \(path)"
        case .postgres(let url):
            guard var parts = URLComponents(string: url) else { return "PostgreSQL" }
            parts.password = parts.password == nil ? nil : "***"
            return "PostgreSQL \(parts.string ?? "")"
        }
    }
}
