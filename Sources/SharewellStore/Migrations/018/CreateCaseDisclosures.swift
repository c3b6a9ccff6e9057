import FluentKit

/// What each party disclosed about a case in a discussion (issue 14, finding 7): each party's own
/// words, append-only and versioned, written only by a delivery of the gate. Before this both
/// parties' words sat in one row either side could overwrite.
struct CreateCaseDisclosures: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("early_help_disclosures")
            .id()
            .field("entry_id", .uuid, .required, .references("early_help_shortlist_entries", "id", onDelete: .cascade))
            .field("party_code", .string, .required)
            .field("version", .int, .required)
            .field("text", .string, .required)
            .field("agreement_id", .uuid, .required)
            .field("recorded_by", .string, .required)
            .field("recorded_at", .datetime, .required)
            .unique(on: "entry_id", "party_code", "version")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("early_help_disclosures").delete()
    }
}
