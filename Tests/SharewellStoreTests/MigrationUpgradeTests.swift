import FluentKit
import Foundation
import SQLKit
@testable import SharewellStore
import SharewellTestSupport
import Testing

/// Databases written by the `sharewell` of two earlier commits (Fixtures/upgrade/README.md) migrate
/// up to now with nothing lost, and end in the same shape as a database made today: the first of
/// them was made when migration 011 first landed, before it was edited (issue 15).
@Suite("Upgrading databases made by earlier versions")
struct MigrationUpgradeTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/upgrade")

    struct Case: Sendable, CustomTestStringConvertible {
        let commit: String
        let database: TestDatabase
        var testDescription: String { "\(commit) on \(database)" }
    }

    static let cases = ["5a3b115", "664c877"].flatMap { commit in TestDatabase.available.map { Case(commit: commit, database: $0) } }

    /// What each fixture holds (its README): the demo borough with its marks, six users, two tokens,
    /// and a school's 40 imported pupils with their marks and 12 summaries.
    static let counts = ["organisations": 18, "person_records": 1_826, "attendance_years": 208, "users": 6, "api_tokens": 2, "attendance_summaries": 12, "audit_entries": 33]

    @Test("migrates to now, keeps every row, verifies its audit chain and ends in today's shape", arguments: cases)
    func upgrade(_ c: Case) async throws {
        try await withFixture(c) { old in
            let before = try await Self.rowCounts(old)
            #expect(before == Self.counts, "the fixture holds what its README says")
            try await old.migrate()
            #expect(try await Self.rowCounts(old) == before, "nothing lost")
            let sql = old.database as! any SQLDatabase
            #expect(try await old.store.verifyAudit(against: []) == .intact(entries: 33, head: try #require(try await old.store.auditHead()).hash))
            let applied = Set(try await sql.select().column("name").from("_fluent_migrations").all().map { try $0.decode(column: "name", as: String.self) })
            #expect(applied == Set(StoreMigrations.all.map(\.name)))
            let upgraded = try await Self.shape(of: old)
            try await c.database.withFresh { location in
                let fresh = try StoreDatabases(location)
                defer { Task { await fresh.shutdown() } }
                // The test databases also run the demo's migrations (its recorded truth); a production one does not.
                var today = try await Self.shape(of: fresh)
                today["synthetic_truth"] = nil
                #expect(upgraded == today, "tables and columns as a database made today")
                #expect(upgraded["synthetic_truth"] == nil, "the demo's truth is no longer in a production store")
            }
            // The early help tables the first 011 lacked now take rows.
            let practice = try #require(try await sql.select().column("id").from("organisations").where("code", .equal, "P81001").first()).decode(column: "id", as: UUID.self)
            try await sql.insert(into: "early_help_code_meanings").columns("id", "practice_id", "code", "meaning")
                .values(SQLBind(UUID()), SQLBind(practice), SQLBind("GP1"), SQLBind("Frequent attender")).run()
        }
    }

    @Test("a sending stored by the first version of 011 keeps its patients, their names split as the practice's record holds them", arguments: TestDatabase.available)
    func firstExtractsKept(_ database: TestDatabase) async throws {
        try await withFixture(Case(commit: "5a3b115", database: database)) { old in
            let sql = old.database as! any SQLDatabase
            let practice = try #require(try await sql.select().column("id").from("organisations").where("code", .equal, "P81001").first()).decode(column: "id", as: UUID.self)
            let council = try #require(try await sql.select().column("id").from("organisations").where("kind", .equal, "earlyHelp").first()).decode(column: "id", as: UUID.self)
            let patient = try #require(try await sql.select().columns("local_id", "given_name", "family_name").from("person_records")
                .where("owner_id", .equal, SQLBind(practice)).where("source", .equal, "gpRegistration").first())
            let (localID, given, family) = (try patient.decode(column: "local_id", as: String.self), try patient.decode(column: "given_name", as: String.self),
                                            try patient.decode(column: "family_name", as: String.self))
            let extract = UUID()
            try await sql.insert(into: "early_help_extracts").columns("id", "sender_id", "recipient_id", "agreement_id", "kind", "sent_at", "sent", "opted_out", "destroy_after")
                .values(SQLBind(extract), SQLBind(practice), SQLBind(council), SQLBind(UUID()), SQLBind("patient-list"), SQLBind(Date(timeIntervalSince1970: 1_764_000_000)),
                        SQLBind(2), SQLBind(0), SQLBind("2027-12-01")).run()
            for (id, name) in [(localID, "\(given) \(family)"), ("NOT-REGISTERED", "Mary Ann Smith")] {
                try await sql.insert(into: "early_help_extract_people").columns("id", "extract_id", "practice_patient_id", "name", "date_of_birth", "sex", "address", "postcode")
                    .values(SQLBind(UUID()), SQLBind(extract), SQLBind(id), SQLBind(name), SQLBind("2015-01-01"), SQLBind("F"), SQLBind("1 High Street"), SQLBind("OL1 1AA")).run()
            }
            try await old.migrate()
            let kept = try await sql.select().columns("practice_patient_id", "given_name", "family_name").from("early_help_extract_people").all()
            let names = Dictionary(uniqueKeysWithValues: try kept.map { (try $0.decode(column: "practice_patient_id", as: String.self),
                                                                          "\(try $0.decode(column: "given_name", as: String.self))|\(try $0.decode(column: "family_name", as: String.self))") })
            #expect(names == [localID: "\(given)|\(family)", "NOT-REGISTERED": "Mary Ann|Smith"])
            #expect(try await sql.select().column("id").from("early_help_extracts").all().count == 1)
        }
    }

    /// Opens a copy of the fixture: an SQLite file in a temporary folder, or the PostgreSQL dump
    /// loaded with psql into a new database (the dump's COPY blocks need psql).
    private func withFixture(_ c: Case, _ body: (StoreDatabases) async throws -> Void) async throws {
        switch c.database {
        case .sqlite:
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("upgrade-\(UUID().uuidString).sqlite").path
            try FileManager.default.copyItem(atPath: Self.fixtures.appendingPathComponent("\(c.commit).sqlite").path, toPath: path)
            defer { try? FileManager.default.removeItem(atPath: path) }
            let databases = try StoreDatabases(.sqlite(path: path))
            do { try await body(databases) } catch { await databases.shutdown(); throw error }
            await databases.shutdown()
        case .postgres:
            try await TestDatabase.withEmptyPostgres { url in
                try Self.psql(url, file: Self.fixtures.appendingPathComponent("\(c.commit).postgres.sql").path)
                let databases = try StoreDatabases(.postgres(url: url))
                do { try await body(databases) } catch { await databases.shutdown(); throw error }
                await databases.shutdown()
            }
        }
    }

    private static func psql(_ url: String, file: String) throws {
        let psql = Process()
        psql.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        psql.arguments = ["psql", "--quiet", "--no-psqlrc", "-v", "ON_ERROR_STOP=1", "-d", url, "-f", file]
        psql.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        psql.standardError = errors
        try psql.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        psql.waitUntilExit()
        #expect(psql.terminationStatus == 0, "psql: \(message.prefix(1000))")
    }

    private static func rowCounts(_ databases: StoreDatabases) async throws -> [String: Int] {
        let sql = databases.database as! any SQLDatabase
        var counts: [String: Int] = [:]
        for table in Self.counts.keys {
            counts[table] = try await sql.raw("SELECT COUNT(*) AS n FROM \(ident: table)").first()?.decode(column: "n", as: Int.self)
        }
        return counts
    }

    /// Each table's columns and whether they may be empty, as the database describes them.
    private static func shape(of databases: StoreDatabases) async throws -> [String: [String: Bool]] {
        let sql = databases.database as! any SQLDatabase
        var shape: [String: [String: Bool]] = [:]
        if sql.dialect.name == "sqlite" {
            let tables = try await sql.raw("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all().map { try $0.decode(column: "name", as: String.self) }
            for table in tables {
                for column in try await sql.raw("SELECT name, \"notnull\" AS required FROM pragma_table_info(\(bind: table))").all() {
                    shape[table, default: [:]][try column.decode(column: "name", as: String.self)] = try column.decode(column: "required", as: Int.self) == 1
                }
            }
        } else {
            for column in try await sql.raw("SELECT table_name, column_name, is_nullable FROM information_schema.columns WHERE table_schema = current_schema()").all() {
                shape[try column.decode(column: "table_name", as: String.self), default: [:]][try column.decode(column: "column_name", as: String.self)] =
                    try column.decode(column: "is_nullable", as: String.self) == "NO"
            }
        }
        return shape
    }
}
