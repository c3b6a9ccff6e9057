import FluentKit

/// The practice's review of a pupil it received (issue 6, item 4). Practice-internal: nothing
/// here is ever sent to the school.
struct AddAttendanceReview: AsyncMigration {
    static let fields: [(FieldKey, DatabaseSchema.DataType)] = [
        ("medical_reason", .string), ("category", .string), ("internal_notes", .string),
        ("family_contacted", .bool), ("reviewed_by", .string), ("reviewed_at", .datetime),
    ]

    // One column per statement: SQLite adds only one column per ALTER TABLE.
    func prepare(on database: any Database) async throws {
        for (key, type) in Self.fields { try await database.schema("attendance_referrals").field(key, type).update() }
    }

    func revert(on database: any Database) async throws {
        for (key, _) in Self.fields.reversed() { try await database.schema("attendance_referrals").deleteField(key).update() }
    }
}
