import FluentKit
import SQLKit

/// Which people's names an audited view showed (the hostile review of 7 December 2026): a list
/// page or a case discussion names many people under one entry, and each person's access log must
/// find it. The entry's detail, inside the chain, lists them; this table indexes that list by
/// person so the log is one query, and `verifyAudit` checks the two agree.
struct AddAuditEntryPeople: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("audit_entry_people")
            .field("sequence", .int64, .required)
            .field("person_id", .uuid, .required)
            .unique(on: "sequence", "person_id")
            .create()
        let sql = database as! any SQLDatabase
        try await sql.raw("CREATE INDEX audit_entry_people_person ON audit_entry_people (person_id)").run()
        // A person's own recent acts of one kind (look-ups counted against their hourly limit).
        try await sql.raw("CREATE INDEX audit_entries_actor_action_at ON audit_entries (actor, action, at)").run()
    }

    func revert(on database: any Database) async throws {
        try await (database as! any SQLDatabase).raw("DROP INDEX audit_entries_actor_action_at").run()
        try await database.schema("audit_entry_people").delete()
    }
}
