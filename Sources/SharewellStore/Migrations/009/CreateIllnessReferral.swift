import FluentKit

/// Pupils a school flagged to the LA medical education team because illness-coded absence
/// reached the threshold (issue 6, item 8): the minimum the agreement allows, in the team's keeping.
struct CreateIllnessReferral: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("illness_referrals")
            .id()
            .field("team_id", .uuid, .required, .references("organisations", "id"))
            .field("school_code", .string, .required)
            .field("school_name", .string, .required)
            .field("agreement_id", .uuid, .required)
            .field("subject_id", .uuid, .required)
            .field("name", .string, .required)
            .field("date_of_birth", .string, .required)
            .field("upn", .string, .required)
            .field("illness_days", .string, .required)
            .field("period_from", .string, .required)
            .field("period_to", .string, .required)
            .field("received_at", .datetime, .required)
            .unique(on: "team_id", "subject_id", "period_from", "period_to")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("illness_referrals").delete()
    }
}
