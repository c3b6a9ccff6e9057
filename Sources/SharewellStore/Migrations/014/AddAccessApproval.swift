import FluentKit
import Foundation
import SQLKit

/// Second-person approval (issue 14, finding 9): an account that reads records or approves access,
/// and a token that reads records, take effect only once an approver of the same organisation, not
/// their maker, approves them; the person then sets their own password through a one-time link.
/// Accounts and tokens that exist already were in use before this rule, so they count as approved.
struct AddAccessApproval: AsyncMigration {
    static let userFields: [(FieldKey, DatabaseSchema.DataType)] = [
        ("created_by_user_id", .uuid), ("approved_at", .datetime), ("approved_by", .string),
        ("activation_hash", .string), ("activation_expires_at", .datetime),
    ]
    static let tokenFields: [(FieldKey, DatabaseSchema.DataType)] = [("created_by_user_id", .uuid), ("approved_at", .datetime), ("approved_by", .string)]

    // One column per statement: SQLite adds only one column per ALTER TABLE.
    func prepare(on database: any Database) async throws {
        for (key, type) in Self.userFields { try await database.schema("users").field(key, type).update() }
        for (key, type) in Self.tokenFields { try await database.schema("api_tokens").field(key, type).update() }
        let sql = database as! any SQLDatabase, now = Date()
        for table in ["users", "api_tokens"] {
            try await sql.update(table).set("approved_at", to: now).set("approved_by", to: "in use before second-person approval (migration 014)").run()
        }
    }

    func revert(on database: any Database) async throws {
        for (key, _) in Self.tokenFields.reversed() { try await database.schema("api_tokens").deleteField(key).update() }
        for (key, _) in Self.userFields.reversed() { try await database.schema("users").deleteField(key).update() }
    }
}
