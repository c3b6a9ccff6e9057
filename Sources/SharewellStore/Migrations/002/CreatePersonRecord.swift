import FluentKit

/// One organisation's copy of a person: a GP registration, a school-roll entry, a council index entry.
struct CreatePersonRecord: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("person_records")
            .id()
            .field("owner_id", .uuid, .required, .references(OrganisationModel.schema, "id", onDelete: .restrict))
            .field("source", .string, .required)
            .field("local_id", .string, .required)
            .field("nhs_number", .string)
            .field("given_name", .string, .required)
            .field("family_name", .string, .required)
            .field("date_of_birth", .string, .required)
            .field("sex", .string, .required)
            .field("address_line", .string, .required)
            .field("postcode", .string, .required)
            .field("registered_practice_code", .string)
            .unique(on: "owner_id", "local_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("person_records").delete()
    }
}
