import FluentKit

/// A pupil's attendance known only by its totals over a period (per-pupil summary files and
/// Common Transfer Files without session marks; issue 6, item 1).
struct CreateAttendanceSummary: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("attendance_summaries")
            .id()
            .field("pupil_record_id", .uuid, .required, .references("person_records", "id"))
            .field("school_id", .uuid, .required, .references("organisations", "id"))
            .field("first_day", .string, .required)
            .field("last_day", .string, .required)
            .field("possible", .int, .required)
            .field("attended", .int, .required)
            .field("authorised", .int, .required)
            .field("unauthorised", .int, .required)
            .unique(on: "pupil_record_id", "first_day", "last_day")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("attendance_summaries").delete()
    }
}
