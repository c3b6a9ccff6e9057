import FluentKit
import Foundation
import SQLKit

/// An agreement version's parties, data items and legal bases become rows (issue 15: lists are
/// tables, not space-separated strings searched with LIKE): the gate finds the agreements naming
/// two organisations by an index, and a code can never match inside another. What the strings held
/// moves over, in order; the strings go.
struct CreateAgreementVersionLists: AsyncMigration {
    static let lists = [("agreement_version_parties", "parties", "organisation_code"),
                        ("agreement_version_items", "data_items", "item"),
                        ("agreement_version_legal_bases", "legal_bases", "basis")]

    func prepare(on database: any Database) async throws {
        for (table, _, value) in Self.lists {
            try await database.schema(table)
                .id()
                .field("version_id", .uuid, .required, .references("agreement_versions", "id", onDelete: .cascade))
                .field("position", .int, .required)
                .field(.definition(name: .key(FieldKey(stringLiteral: value)), dataType: .string, constraints: [.required]))
                .unique(on: "version_id", FieldKey(stringLiteral: value))
                .create()
        }
        let sql = database as! any SQLDatabase
        try await sql.create(index: "agreement_version_parties_by_code").on("agreement_version_parties").column("organisation_code").run()
        for row in try await sql.select().columns("id", "parties", "data_items", "legal_bases").from("agreement_versions").all() {
            let version = try row.decode(column: "id", as: UUID.self)
            for (table, column, value) in Self.lists {
                let words = try row.decode(column: column, as: String.self).split(separator: " ").map(String.init)
                for (position, word) in words.enumerated() {
                    try await sql.insert(into: table).columns("id", "version_id", "position", value)
                        .values(SQLBind(UUID()), SQLBind(version), SQLBind(position), SQLBind(word)).run()
                }
            }
        }
        for (_, column, _) in Self.lists { try await database.schema("agreement_versions").deleteField(FieldKey(stringLiteral: column)).update() }
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        for (table, column, value) in Self.lists {
            try await database.schema("agreement_versions").field(FieldKey(stringLiteral: column), .string, .sql(.default(""))).update()
            var joined: [UUID: [(Int, String)]] = [:]
            for row in try await sql.select().columns("version_id", "position", value).from(table).all() {
                joined[try row.decode(column: "version_id", as: UUID.self), default: []].append((try row.decode(column: "position", as: Int.self), try row.decode(column: value, as: String.self)))
            }
            for (version, words) in joined {
                try await sql.update("agreement_versions").set(column, to: words.sorted { $0.0 < $1.0 }.map(\.1).joined(separator: " "))
                    .where("id", .equal, SQLBind(version)).run()
            }
            try await database.schema(table).delete()
        }
    }
}
