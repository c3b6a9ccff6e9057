import FluentKit

/// How long a practice keeps its own attendance reviews (issue 14, finding 13): the practice's
/// record, so the practice sets it, one row per practice.
struct CreateReviewRetention: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("review_retention")
            .id()
            .field("practice_id", .uuid, .required, .references("organisations", "id", onDelete: .cascade))
            .field("months", .int, .required)
            .field("set_by", .string, .required)
            .field("set_at", .datetime, .required)
            .unique(on: "practice_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("review_retention").delete()
    }
}
