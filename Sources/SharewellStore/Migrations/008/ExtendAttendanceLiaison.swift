import FluentKit

/// The rest of the liaison (issue 6, items 4 to 7): what the school keeps of what it sent, the
/// practice's letters and calls, and the link from a received pupil back to the school's record
/// so the school can be told "reviewed, family contacted" through the gate and the pupil
/// re-measured.
struct ExtendAttendanceLiaison: AsyncMigration {
    static let referralFields: [(FieldKey, DatabaseSchema.DataType)] = [
        ("liaison_id", .uuid), ("subject_id", .uuid), ("concerns", .string), ("final_medical_reason", .string),
        ("letter_sent_at", .datetime), ("school_told_at", .datetime),
    ]

    func prepare(on database: any Database) async throws {
        try await database.schema("attendance_liaison")
            .id()
            .field("school_id", .uuid, .required, .references("organisations", "id"))
            .field("person_id", .uuid, .required, .references("person_records", "id"))
            .field("practice_code", .string, .required)
            .field("period_from", .string, .required)
            .field("period_to", .string, .required)
            .field("sent_at", .datetime, .required)
            .field("family_contacted_at", .datetime)
            .create()
        // One column per statement: SQLite adds only one column per ALTER TABLE.
        for (key, type) in Self.referralFields { try await database.schema("attendance_referrals").field(key, type).update() }
        try await database.schema("follow_up_calls")
            .id()
            .field("referral_id", .uuid, .required, .references("attendance_referrals", "id"))
            .field("day", .string, .required)
            .field("outcome", .string, .required)
            .field("letter_arrived", .string)
            .field("feedback", .string, .required)
            .field("recorded_by", .string, .required)
            .field("recorded_at", .datetime, .required)
            .create()
        try await database.schema("parent_letter_templates")
            .id()
            .field("practice_id", .uuid, .required, .references("organisations", "id"))
            .field("template", .string, .required)
            .field("updated_by", .string, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "practice_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("parent_letter_templates").delete()
        try await database.schema("follow_up_calls").delete()
        for (key, _) in Self.referralFields.reversed() { try await database.schema("attendance_referrals").deleteField(key).update() }
        try await database.schema("attendance_liaison").delete()
    }
}
