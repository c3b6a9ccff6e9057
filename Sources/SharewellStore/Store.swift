import FluentKit
import SQLKit

/// The one way the rest of Sharewell reads and writes its data. Web handlers and commands
/// go through it; scope and audit are applied here, once (ARCHITECTURE.md rule 2).
public struct Store: Sendable {
    let db: any Database
    /// Seals the secrets the store keeps for the server (TOTP keys); without it, the store neither
    /// writes nor reads one, and says so, rather than falling back to plain text or to no second factor.
    let secrets: ServerSecrets?

    public init(_ db: any Database, secrets: ServerSecrets? = nil) { self.db = db; self.secrets = secrets }

    var sql: any SQLDatabase { db as! any SQLDatabase }

    /// A transaction that writes audit entries: ordered with every other one in this process (and,
    /// on PostgreSQL, across servers by a table lock), so the chain never forks.
    func auditedTransaction<T: Sendable>(_ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        try await AuditLog.gate.run { try await Self.writeTransaction(on: db, body) }
    }

    /// A transaction that will write. On SQLite its first statement takes the write lock, so it
    /// waits its turn (the busy handler) instead of failing: a transaction that reads first and
    /// then writes while another connection is committing gets SQLITE_BUSY at once, because
    /// waiting could deadlock (the job worker's poll and a user's save met this way on CI).
    /// PostgreSQL locks rows, and needs nothing first.
    static func writeTransaction<T: Sendable>(on db: any Database, _ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        try await db.transaction { tx in
            let sql = tx as! any SQLDatabase
            // A write that changes nothing: SQLite's equivalent of BEGIN IMMEDIATE inside Fluent's BEGIN.
            if sql.dialect.name == "sqlite" { try await sql.raw("UPDATE _fluent_migrations SET batch = batch WHERE 0").run() }
            return try await body(tx)
        }
    }

    /// True when the database answers a trivial query (for `/healthz`).
    public func isReachable() async -> Bool {
        (try? await sql.raw("SELECT 1 AS ok").first()) != nil
    }
}
