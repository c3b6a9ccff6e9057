import FluentPostgresDriver
import FluentSQLiteDriver

/// What the server's log may say about a database's own fault: SQLite's reason and message
/// (they name the statement's trouble, never its bound values) and PostgreSQL's error code.
/// The person who sent the request sees only its reference; the operator needs the cause.
public enum DatabaseFault {
    public static func summary(_ error: any Error) -> String? {
        if let sqlite = error as? SQLiteError { return "SQLite: \(sqlite.reason): \(sqlite.message)" }
        if let postgres = error as? PSQLError { return "PostgreSQL: \(postgres.code)\(postgres.serverInfo?[.sqlState].map { " \($0)" } ?? "")" }
        return nil
    }
}
