import FluentKit

/// What a practice sends the council for early help data matching (issue 8, items 2 and 3): each
/// sending, the patient list's people as the council received them (destroyed once matched), the
/// links the council keeps (its own person and the practice patient id, the join key), and pairs
/// waiting for a person to decide. All go when the agreement's retention period ends.
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
            /// When matching finished and the people were destroyed, leaving only the links.
            .field("matched_at", .datetime)
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
        try await database.schema("early_help_links")
            .id()
            .field("extract_id", .uuid, .required, .references("early_help_extracts", "id", onDelete: .cascade))
            .field("council_person_id", .uuid, .required, .references("person_records", "id"))
            .field("practice_patient_id", .string, .required)
            .field("probability", .double, .required)
            .field("decided_by", .string, .required)
            .unique(on: "extract_id", "practice_patient_id")
            .create()
        try await database.schema("early_help_link_reviews")
            .id()
            .field("extract_id", .uuid, .required, .references("early_help_extracts", "id", onDelete: .cascade))
            .field("extract_person_id", .uuid, .required, .references("early_help_extract_people", "id", onDelete: .cascade))
            .field("council_person_id", .uuid, .required, .references("person_records", "id"))
            .field("probability", .double, .required)
            .field("explanation", .string, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("early_help_link_reviews").delete()
        try await database.schema("early_help_links").delete()
        try await database.schema("early_help_extract_people").delete()
        try await database.schema("early_help_extracts").delete()
    }
}
