import FluentKit

/// What the medical education team did with each flagged pupil (issue 16, item 11): one row per
/// recording, so a later one replaces what the inbox shows while the history is kept.
struct CreateMedicalEducationActions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("medical_education_actions")
            .id()
            .field("referral_id", .uuid, .required, .references("illness_referrals", "id", onDelete: .cascade))
            .field("team_id", .uuid, .required, .references("organisations", "id", onDelete: .cascade))
            .field("kind", .string, .required)
            .field("reason", .string, .required)
            .field("recorded_by", .string, .required)
            .field("recorded_at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("medical_education_actions").delete()
    }
}
