import FluentKit
import Foundation
import SQLKit

/// Migration 011 was edited after it landed (issue 15): a database made when it first landed
/// (5a3b115) holds only its first two tables, in their first shape, and records 011 as run, so it
/// never got the links, reviews, codes, indicators, shortlists, meetings and outcomes, and 013 and
/// 018 then fail on it. This migration runs just before 013 (see `StoreMigrations`): where 011's
/// later tables are missing, it keeps what the two first tables hold, lets 011 create every table
/// in its final shape, and puts the rows back (the patient's name, then one field, split into the
/// given and family names the practice's own record holds). Anywhere else it does nothing.
struct RepairEarlyHelpTables: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        guard try await !Self.tableExists("early_help_links", on: sql) else { return }
        let extracts = try await sql.select().column("*").from("early_help_extracts").all(decoding: FirstExtract.self)
        let people = try await sql.select().column("*").from("early_help_extract_people").all(decoding: FirstExtractPerson.self)
        let names = try await practiceNames(of: people, extracts: extracts, on: sql)
        try await database.schema("early_help_extract_people").delete()
        try await database.schema("early_help_extracts").delete()
        try await CreateEarlyHelpExtracts().prepare(on: database)
        for extract in extracts { try await sql.insert(into: "early_help_extracts").model(extract).run() }
        for person in people {
            let (given, family) = names[person.id] ?? FirstExtractPerson.split(person.name)
            try await sql.insert(into: "early_help_extract_people")
                .columns("id", "extract_id", "practice_patient_id", "given_name", "family_name", "date_of_birth", "sex", "address", "postcode")
                .values(SQLBind(person.id), SQLBind(person.extract_id), SQLBind(person.practice_patient_id), SQLBind(given), SQLBind(family),
                        SQLBind(person.date_of_birth), SQLBind(person.sex), SQLBind(person.address), SQLBind(person.postcode))
                .run()
        }
    }

    /// Nothing to undo: the tables are 011's, which its own revert removes.
    func revert(on database: any Database) async throws {}

    /// The given and family names the sending practice's own record holds, where it still does.
    private func practiceNames(of people: [FirstExtractPerson], extracts: [FirstExtract],
                               on sql: any SQLDatabase) async throws -> [UUID: (String, String)] {
        let senders = Dictionary(extracts.map { ($0.id, $0.sender_id) }) { a, _ in a }
        var names: [UUID: (String, String)] = [:]
        for person in people {
            guard let sender = senders[person.extract_id] else { continue }
            let row = try await sql.select().columns("given_name", "family_name").from("person_records")
                .where("owner_id", .equal, SQLBind(sender)).where("source", .equal, SQLBind("gpRegistration"))
                .where("local_id", .equal, SQLBind(person.practice_patient_id)).first()
            if let row, let given = try? row.decode(column: "given_name", as: String.self), let family = try? row.decode(column: "family_name", as: String.self),
               "\(given) \(family)" == person.name {
                names[person.id] = (given, family)
            }
        }
        return names
    }

    static func tableExists(_ table: String, on sql: any SQLDatabase) async throws -> Bool {
        if sql.dialect.name == "sqlite" {
            return try await sql.raw("SELECT name FROM sqlite_master WHERE type = 'table' AND name = \(bind: table)").first() != nil
        }
        return try await sql.raw("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = \(bind: table)").first() != nil
    }
}

/// A sending as 011 first stored it (no `matched_at`: matching came later).
private struct FirstExtract: Codable {
    let id: UUID
    let sender_id: UUID
    let recipient_id: UUID
    let agreement_id: UUID
    let kind: String
    let sent_at: Date
    let sent: Int
    let opted_out: Int
    let destroy_after: String
}

/// A patient as 011 first stored them: the name in one field.
private struct FirstExtractPerson: Codable {
    let id: UUID
    let extract_id: UUID
    let practice_patient_id: String
    let name: String
    let date_of_birth: String
    let sex: String
    let address: String
    let postcode: String

    /// "Given Family" as the sending wrote it: the last word is the family name.
    static func split(_ name: String) -> (String, String) {
        let words = name.split(separator: " ")
        guard words.count > 1 else { return ("", name) }
        return (words.dropLast().joined(separator: " "), String(words.last!))
    }
}
