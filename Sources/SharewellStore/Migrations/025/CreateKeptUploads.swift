import FluentKit

/// Files sent after a session timed out (issue 15, finding 10), kept sealed under the server key
/// until their sender signs in again: at most one a person, never read by anyone else.
struct CreateKeptUploads: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("kept_uploads")
            .id()
            .field("owner_user_id", .uuid, .required, .references("users", "id", onDelete: .cascade))
            .field("upload_path", .string, .required)
            .field("page_path", .string, .required)
            .field("field_name", .string, .required)
            .field("size", .int64, .required)
            .field("sealed_details", .data, .required)
            .field("sealed_file", .data, .required)
            .field("kept_at", .datetime, .required)
            .unique(on: "owner_user_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("kept_uploads").delete()
    }
}
