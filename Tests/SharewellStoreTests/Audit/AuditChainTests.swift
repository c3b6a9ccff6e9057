import FluentKit
import Foundation
import SQLKit
import SharewellCore
import SharewellDemo
@testable import SharewellStore
import SharewellTestSupport
import Testing

@Suite("Audit chain")
struct AuditChainTests {
    static let now = Date(timeIntervalSince1970: 1_800_000_000)

    /// A store holding `count` entries, and a checkpoint of its head.
    static func withEntries(_ database: TestDatabase, count: Int = 6, _ body: (Store, any SQLDatabase, AuditCheckpoint.Head) async throws -> Void) async throws {
        try await database.withStore { store async throws in
            for i in 1...count {
                try await store.audit(.init(action: .view, subject: "person_record:\(i)", purpose: "Direct care", detail: "entry \(i)"),
                                      by: .system("test"), at: now.addingTimeInterval(Double(i)))
            }
            let head = try #require(try await store.auditHead())
            try await body(store, store.db as! any SQLDatabase, head)
        }
    }

    @Test("an untouched chain verifies, with and without its checkpoint", arguments: TestDatabase.available)
    func intact(_ database: TestDatabase) async throws {
        try await Self.withEntries(database) { store, _, head async throws in
            #expect(head.sequence == 6)
            #expect(try await store.verifyAudit(against: [head]) == .intact(entries: 6, head: head.hash))
            #expect(try await store.verifyAudit(against: []) == .intact(entries: 6, head: head.hash))
        }
    }

    @Test("editing any field of an entry is caught at that entry", arguments: TestDatabase.available)
    func edit(_ database: TestDatabase) async throws {
        for column in ["detail", "actor_name", "purpose", "at", "subject", "action"] {
            try await Self.withEntries(database) { store, sql, head async throws in
                try await sql.raw("UPDATE audit_entries SET \(ident: column) = 'changed' WHERE sequence = 3").run()
                #expect(try await store.verifyAudit(against: [head]) == .broken(sequence: 3, reason: "entry 3 was changed after it was written"), "\(column)")
            }
        }
    }

    @Test("editing an entry and recomputing its own hash is still caught by the next entry", arguments: TestDatabase.available)
    func editAndRehash(_ database: TestDatabase) async throws {
        try await Self.withEntries(database) { store, sql, head async throws in
            let entry = try #require(try await AuditEntryModel.query(on: store.db).filter(\.$sequence == 3).first())
            var record = entry.record
            record.detail = "rewritten"
            try await sql.raw("UPDATE audit_entries SET detail = 'rewritten', hash = \(bind: AuditLog.hash(record, previousHash: entry.previousHash)) WHERE sequence = 3").run()
            guard case .broken(let sequence, _) = try await store.verifyAudit(against: [head]) else { Issue.record("not caught"); return }
            #expect(sequence == 4)
        }
    }

    @Test("deleting an entry in the middle is caught", arguments: TestDatabase.available)
    func deleteMiddle(_ database: TestDatabase) async throws {
        try await Self.withEntries(database) { store, sql, head async throws in
            try await sql.raw("DELETE FROM audit_entries WHERE sequence = 4").run()
            #expect(try await store.verifyAudit(against: [head]) == .broken(sequence: 4, reason: "entry 4 is missing (the next one is 5)"))
        }
    }

    @Test("deleting the newest entries is caught by the signed checkpoint", arguments: TestDatabase.available)
    func truncate(_ database: TestDatabase) async throws {
        try await Self.withEntries(database) { store, sql, head async throws in
            try await sql.raw("DELETE FROM audit_entries WHERE sequence > 4").run()
            #expect(try await store.verifyAudit(against: [head]) == .broken(sequence: 5, reason: "entries 5 to 6 are missing: the log was truncated after its last checkpoint"))
        }
    }

    @Test("reordering entries is caught", arguments: TestDatabase.available)
    func reorder(_ database: TestDatabase) async throws {
        try await Self.withEntries(database) { store, sql, head async throws in
            try await sql.raw("UPDATE audit_entries SET sequence = 100 WHERE sequence = 2").run()
            try await sql.raw("UPDATE audit_entries SET sequence = 2 WHERE sequence = 3").run()
            try await sql.raw("UPDATE audit_entries SET sequence = 3 WHERE sequence = 100").run()
            guard case .broken(let sequence, let reason) = try await store.verifyAudit(against: [head]) else { Issue.record("not caught"); return }
            #expect(sequence == 2)
            #expect(reason.contains("reordered"))
        }
    }

    @Test("rewriting the whole chain from scratch is caught by the checkpoint", arguments: TestDatabase.available)
    func rewrite(_ database: TestDatabase) async throws {
        try await Self.withEntries(database) { store, sql, head async throws in
            // Rebuild every hash after changing entry 2: internally consistent, but not what was signed.
            let previous = try await Self.rewrite(entry: 2, store, sql)
            #expect(try await store.verifyAudit(against: []) == .intact(entries: 6, head: previous))
            #expect(try await store.verifyAudit(against: [head]) == .broken(sequence: 6, reason: "entry 6 differs from the signed checkpoint: the log was rewritten"))
        }
    }

    /// Changes one entry's detail and recomputes every hash after it, as an editor of the database
    /// without the key would; returns the new head's hash.
    static func rewrite(entry sequence: Int, _ store: Store, _ sql: any SQLDatabase) async throws -> String {
        var previous = AuditRecord.genesisHash
        for entry in try await AuditEntryModel.query(on: store.db).sort(\.$sequence).all() {
            var record = entry.record
            if record.sequence == sequence { record.detail = "forged" }
            let hash = AuditLog.hash(record, previousHash: previous)
            try await sql.raw("UPDATE audit_entries SET detail = \(bind: record.detail), previous_hash = \(bind: previous), hash = \(bind: hash) WHERE sequence = \(bind: record.sequence)").run()
            previous = hash
        }
        return previous
    }

    @Test("concurrent appends still give one unbroken sequence", arguments: TestDatabase.available)
    func concurrent(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            try await withThrowingTaskGroup(of: Void.self) { group in
                for i in 0..<40 {
                    group.addTask { try await store.audit(.init(action: .view, subject: "s:\(i)"), by: .system("test"), at: Self.now) }
                }
                try await group.waitForAll()
            }
            guard case .intact(let entries, _) = try await store.verifyAudit(against: []) else { Issue.record("chain broken"); return }
            #expect(entries == 40)
        }
    }

    @Test("loading the demo borough leaves an audit trail that verifies", arguments: TestDatabase.available)
    func demoTrail(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let summary = try await DemoBorough.load(people: 1_000, seed: 1, into: store, at: Self.now, schoolYear: 2025)
            guard case .intact(let entries, _) = try await store.verifyAudit(against: [try #require(try await store.auditHead())]) else { Issue.record("broken"); return }
            #expect(entries == summary.organisations + RecordSource.allCasesCount + 1)
        }
    }
}

import SyntheticBorough
extension RecordSource { static var allCasesCount: Int { allCases.count } }
