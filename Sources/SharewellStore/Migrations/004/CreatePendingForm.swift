import FluentKit

/// Forms posted after a session timed out, kept until their author signs in again.
struct CreatePendingForm: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("pending_forms")
            .id()
            .field("token_hash", .string, .required)
            .field("path", .string, .required)
            .field("fields", .string, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "token_hash")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("pending_forms").delete()
    }
}
