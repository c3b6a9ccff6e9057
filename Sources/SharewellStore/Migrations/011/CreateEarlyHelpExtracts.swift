import FluentKit

/// What a practice sends the council for early help data matching (issue 8, item 2): each sending,
/// and the patient list's people as the council received them. Rows belong to the sending; both go
/// when the agreement's retention period ends.
struct CreateEarlyHelpExtracts: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("early_help_extracts")
            .id()
            .field("sender_id", .uuid, .required, .references("organisations", "id"))
            .field("recipient_id", .uuid, .required, .references("organisations", "id"))
            .field("agreement_id", .uuid, .required)
            .field("kind", .string, .required)
            .field("sent_at", .datetime, .required)
            .field("sent", .int, .required)
            .field("opted_out", .int, .required)
            .field("destroy_after", .string, .required)
            .create()
        try await database.schema("early_help_extract_people")
            .id()
            .field("extract_id", .uuid, .required, .references("early_help_extracts", "id", onDelete: .cascade))
            .field("practice_patient_id", .string, .required)
            .field("name", .string, .required)
            .field("date_of_birth", .string, .required)
            .field("sex", .string, .required)
            .field("address", .string, .required)
            .field("postcode", .string, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("early_help_extract_people").delete()
        try await database.schema("early_help_extracts").delete()
    }
}
