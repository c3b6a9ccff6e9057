import FluentKit

/// The directory: every organisation with its national code (DOMAIN.md §1).
struct CreateOrganisation: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(OrganisationModel.schema)
            .id()
            .field("code", .string, .required)
            .field("kind", .string, .required)
            .field("name", .string, .required)
            .field("address_line", .string, .required)
            .field("town", .string, .required)
            .field("postcode", .string, .required)
            .field("secure_mailbox", .string, .required)
            .field("direct_phone", .string, .required)
            .field("catchment", .string, .required)
            .field("search_text", .string, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "code")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(OrganisationModel.schema).delete()
    }
}
