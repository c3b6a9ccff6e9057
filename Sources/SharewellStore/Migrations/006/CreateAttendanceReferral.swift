import FluentKit

/// What a practice received about a pupil on a school's poor-attendance list (issue 6): only the
/// minimum the agreement allows, copied through the gate into the practice's own keeping.
struct CreateAttendanceReferral: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("attendance_referrals")
            .id()
            .field("practice_id", .uuid, .required, .references("organisations", "id"))
            .field("school_code", .string, .required)
            .field("school_name", .string, .required)
            .field("agreement_id", .uuid, .required)
            .field("name", .string, .required)
            .field("date_of_birth", .string, .required)
            .field("address", .string, .required)
            .field("attendance_pct", .string, .required)
            .field("period_from", .string, .required)
            .field("period_to", .string, .required)
            .field("received_at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("attendance_referrals").delete()
    }
}
