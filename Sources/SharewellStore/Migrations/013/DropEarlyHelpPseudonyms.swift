import FluentKit

/// Pseudonyms are now keyed HMACs made when needed (issue 14, finding 16; ARCHITECTURE rule 5):
/// the table of random pseudonyms kept beside the person ids, which anyone with the database could
/// join back, is destroyed.
struct DropEarlyHelpPseudonyms: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("early_help_pseudonyms").delete()
    }

    /// Back to the shape of migration 011, empty: the random pseudonyms are gone for good.
    func revert(on database: any Database) async throws {
        try await database.schema("early_help_pseudonyms")
            .field("person_record_id", .uuid, .identifier(auto: false), .references("person_records", "id", onDelete: .cascade))
            .field("pseudonym", .string, .required)
            .unique(on: "pseudonym")
            .create()
    }
}
