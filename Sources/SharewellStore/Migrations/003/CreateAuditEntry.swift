import FluentKit

/// The append-only, hash-chained audit log (ARCHITECTURE.md rule 4).
struct CreateAuditEntry: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("audit_entries")
            .id()
            .field("sequence", .int64, .required)
            .field("at", .string, .required)
            .field("actor", .string, .required)
            .field("actor_name", .string, .required)
            .field("organisation", .string, .required)
            .field("action", .string, .required)
            .field("subject", .string, .required)
            .field("purpose", .string, .required)
            .field("detail", .string, .required)
            .field("previous_hash", .string, .required)
            .field("hash", .string, .required)
            .unique(on: "sequence")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("audit_entries").delete()
    }
}
