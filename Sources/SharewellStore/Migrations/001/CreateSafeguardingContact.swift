import FluentKit

/// Each organisation's designated safeguarding lead and deputy.
struct CreateSafeguardingContact: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(SafeguardingContactModel.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(OrganisationModel.schema, "id", onDelete: .cascade))
            .field("role", .string, .required)
            .field("name", .string, .required)
            .field("job_title", .string, .required)
            .field("secure_email", .string, .required)
            .field("direct_phone", .string, .required)
            .unique(on: "organisation_id", "role")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(SafeguardingContactModel.schema).delete()
    }
}
