import FluentKit

/// What the practice's liaison report may read (issue 14, finding 7): the sessions behind each
/// attendance figure the school sent through the gate, with the list and with each later
/// re-measure, and the pupil's sex where the agreement lets the school send it. Before this, the
/// report read the school's marks and records directly.
struct CreateAttendanceMeasures: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("attendance_measures")
            .id()
            .field("referral_id", .uuid, .required, .references("attendance_referrals", "id", onDelete: .cascade))
            .field("kind", .string, .required)
            .field("period_from", .string, .required)
            .field("period_to", .string, .required)
            .field("possible", .int, .required)
            .field("attended", .int, .required)
            .field("authorised_absence", .int, .required)
            .field("unauthorised_absence", .int, .required)
            .field("agreement_id", .uuid, .required)
            .field("received_at", .datetime, .required)
            .unique(on: "referral_id", "kind", "period_from", "period_to")
            .create()
        try await database.schema("attendance_referrals").field("sex", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("attendance_referrals").deleteField("sex").update()
        try await database.schema("attendance_measures").delete()
    }
}
