import FluentKit
import SQLKit

/// The one way the rest of Sharewell reads and writes its data. Web handlers and commands
/// go through it; scope and audit are applied here, once (ARCHITECTURE.md rule 2).
public struct Store: Sendable {
    let db: any Database
    /// Seals the secrets the store keeps for the server (TOTP keys); without it, the store neither
    /// writes nor reads one, and says so, rather than falling back to plain text or to no second factor.
    let secrets: ServerSecrets?

    /// This store is a view of one audited transaction (`inOneTransaction`): what would open an
    /// audited transaction of its own runs inside that one instead.
    private let withinTransaction: Bool

    public init(_ db: any Database, secrets: ServerSecrets? = nil) { self.init(db, secrets: secrets, withinTransaction: false) }

    private init(_ db: any Database, secrets: ServerSecrets?, withinTransaction: Bool) {
        self.db = db; self.secrets = secrets; self.withinTransaction = withinTransaction
    }

    var sql: any SQLDatabase { db as! any SQLDatabase }

    /// A transaction that writes audit entries: ordered with every other one in this process (and,
    /// on PostgreSQL, across servers by a table lock), so the chain never forks.
    func auditedTransaction<T: Sendable>(_ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        if withinTransaction { return try await body(db) }
        return try await AuditLog.gate.run { try await Self.writeTransaction(on: db, body) }
    }

    /// Several audited steps (sendings through the gate among them) that commit together or not at
    /// all: `body` gets a store whose every audited transaction is this one. A failure half-way
    /// leaves nothing of the first steps (a births file stored but sent to only some centres).
    func inOneTransaction<T: Sendable>(_ body: @escaping @Sendable (Store) async throws -> T) async throws -> T {
        try await auditedTransaction { tx in try await body(Store(tx, secrets: secrets, withinTransaction: true)) }
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
