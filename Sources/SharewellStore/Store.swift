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
        try await AuditLog.gate.run { try await db.transaction(body) }
    }

    /// True when the database answers a trivial query (for `/healthz`).
    public func isReachable() async -> Bool {
        (try? await sql.raw("SELECT 1 AS ok").first()) != nil
    }
}
