import FluentKit

/// A school's marks file waiting for its import job (issue 15: a large file is imported by a
/// worker, not inside the request), sealed under the server key. Its import writes the outcome
/// and empties the file in the same transaction as the marks; rows older than a day are deleted.
struct CreateMarksFiles: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("attendance_marks_files")
            .id()
            .field("school_id", .uuid, .required, .references("organisations", "id", onDelete: .cascade))
            .field("size", .int64, .required)
            .field("sealed_file", .data, .required)
            .field("outcome", .string)
            .field("kept_at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("attendance_marks_files").delete()
    }
}
