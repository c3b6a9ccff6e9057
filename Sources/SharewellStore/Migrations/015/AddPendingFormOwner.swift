import FluentKit

/// A form kept after a time-out comes back only to the person who typed it (issue 14 review: on a
/// shared computer the next person to sign in was shown the last one's draft). Forms kept before
/// this column name no one and are never shown again; they expire as before.
struct AddPendingFormOwner: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("pending_forms").field("owner_user_id", .uuid).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("pending_forms").deleteField("owner_user_id").update()
    }
}
