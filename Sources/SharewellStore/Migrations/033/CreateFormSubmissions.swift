import FluentKit

/// Each form a person sent, once (the hostile review of 7 December 2026: five parallel POSTs of a
/// consent line saved five). A repeat of the same submission (a double click, a reload, the back
/// button) finds the first's result here instead of doing the work again.
struct CreateFormSubmissions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("form_submissions")
            .id()
            .field("user_id", .uuid, .required)
            .field("submission", .string, .required)
            .field("location", .string)
            .field("created_at", .datetime, .required)
            .unique(on: "user_id", "submission")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("form_submissions").delete()
    }
}
