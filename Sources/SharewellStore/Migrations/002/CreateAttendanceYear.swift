import FluentKit

/// A pupil's year of session marks in compact form (one symbol per session, `-` for none).
struct CreateAttendanceYear: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("attendance_years")
            .id()
            .field("pupil_record_id", .uuid, .required, .references("person_records", "id", onDelete: .cascade))
            .field("school_id", .uuid, .required, .references(OrganisationModel.schema, "id", onDelete: .restrict))
            .field("first_day", .string, .required)
            .field("last_day", .string, .required)
            .field("marks", .string, .required)
            .unique(on: "pupil_record_id", "first_day")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("attendance_years").delete()
    }
}
