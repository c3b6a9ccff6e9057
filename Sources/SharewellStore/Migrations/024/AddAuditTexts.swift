import FluentKit

/// Free text leaves the audit chain (issue 14, finding 13): a new entry keeps its justification,
/// reason or "given by" in `audit_texts`, which retention can purge, and the chain covers a keyed
/// digest of it (`audit_entries.text_digest`). Entries written before this stay as they were, with
/// no digest (the first encoding).
struct AddAuditTexts: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("audit_entries").field("text_digest", .string).update()
        try await database.schema("audit_texts")
            .id()
            .field("sequence", .int64, .required)
            .field("subject", .string, .required)
            .field("at", .string, .required)
            .field("digest_key", .string, .required)
            .field("text", .string, .required)
            .unique(on: "sequence")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("audit_texts").delete()
        try await database.schema("audit_entries").deleteField("text_digest").update()
    }
}
