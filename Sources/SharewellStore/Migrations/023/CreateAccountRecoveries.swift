import FluentKit

/// Recovery of a lost password or authenticator (issue 14, finding 9) follows the rule for new
/// accounts: an administrator asks, with a reason; a second person of the same organisation
/// approves; the holder sets a new password through a one-time link. Each request is a row.
struct CreateAccountRecoveries: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("account_recoveries")
            .id()
            .field("organisation_id", .uuid, .required, .references(OrganisationModel.schema, "id", onDelete: .restrict))
            .field("user_id", .uuid, .required, .references("users", "id", onDelete: .cascade))
            .field("requested_by_user_id", .uuid)
            .field("requested_by", .string, .required)
            .field("reason", .string, .required)
            .field("requested_at", .datetime, .required)
            .field("approved_at", .datetime)
            .field("approved_by", .string)
            .field("completed_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("account_recoveries").delete()
    }
}
