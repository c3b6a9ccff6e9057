import FluentKit
import Foundation
import SQLKit
import SharewellCore
@testable import SharewellStore
import SharewellTestSupport
import Testing

/// Issue 14, finding 13: what people type into audited actions is kept outside the chain, so
/// retention can destroy it without breaking `audit verify`.
@Suite("Audit free text")
struct AuditTextTests {
    static let now = Date(timeIntervalSince1970: 1_800_000_000)
    static let typed = "Mrs Jane Doe, mother, by telephone"

    /// Every text column of every audit entry, as the database holds them.
    static func entryColumns(_ sql: any SQLDatabase) async throws -> [String] {
        try await sql.raw("SELECT actor_name, organisation, action, subject, purpose, detail FROM audit_entries").all().flatMap { row in
            try ["actor_name", "organisation", "action", "subject", "purpose", "detail"].map { try row.decode(column: $0, as: String.self) }
        }
    }

    @Test("a typed text stays out of the chain, reads back with its entry, and purging it keeps the chain intact", arguments: TestDatabase.available)
    func purge(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let sql = store.db as! any SQLDatabase
            try await store.audit(.init(action: .recordConsent, subject: "person_record:1", purpose: "direct-care", detail: "given", text: Self.typed),
                                  by: .system("test"), at: Self.now)
            try await store.audit(.init(action: .view, subject: "person_record:1", detail: "no text"), by: .system("test"), at: Self.now)
            #expect(try await Self.entryColumns(sql).allSatisfy { !$0.contains("Jane") }, "the name is not in the append-only log")
            let head = try #require(try await store.auditHead())
            #expect(try await store.verifyAudit(against: [head]) == .intact(entries: 2, head: head.hash))
            let before = try await store.auditEntries(subject: "person_record:1")
            #expect(before.map(\.detail) == ["no text", "given; \(Self.typed)"])

            let purged = try await store.purgeAuditTexts(writtenBefore: CalendarDate(inEngland: Self.now).advanced(by: 1), reason: "Consent texts kept 1 year",
                                                         by: .system("test"), at: Self.now.addingTimeInterval(2 * 86_400))
            #expect(purged == 1)
            #expect(try await AuditTextModel.query(on: store.db).filter(\.$sequence == 1).count() == 0)
            guard case .intact(let entries, _) = try await store.verifyAudit(against: [head]) else { Issue.record("purging broke the chain"); return }
            #expect(entries == 3, "the purge is itself audited")
            #expect(try await store.auditEntries(subject: "person_record:1").last?.detail == "given; (what was typed here was destroyed under retention)")
            #expect(try await store.auditEntries(subject: "audit-log").first?.detail == "1 text written before \(CalendarDate(inEngland: Self.now).advanced(by: 1)); Consent texts kept 1 year")
        }
    }

    @Test("rewriting a kept text, or attaching one to an entry that had none, is caught", arguments: TestDatabase.available)
    func tamper(_ database: TestDatabase) async throws {
        for attack in ["UPDATE audit_texts SET text = 'someone else'", "UPDATE audit_texts SET subject = 'person_record:2'", "UPDATE audit_texts SET sequence = 2"] {
            try await database.withStore { store async throws in
                try await store.audit(.init(action: .suspendedAgreement, subject: "agreement:1", text: "The school's DPO asked us to pause"), by: .system("test"), at: Self.now)
                try await store.audit(.init(action: .view, subject: "agreement:1"), by: .system("test"), at: Self.now)
                try await (store.db as! any SQLDatabase).raw(SQLQueryString(attack)).run()
                guard case .broken(let sequence, let reason) = try await store.verifyAudit(against: []) else { Issue.record("\(attack) not caught"); return }
                #expect(reason.contains("free text of entry \(sequence)"), "\(attack): \(reason)")
            }
        }
    }

    @Test("a kept text deleted outside a purge, or outside the purge's cut-off, is caught", arguments: TestDatabase.available)
    func deletedText(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let sql = store.db as! any SQLDatabase
            try await store.audit(.init(action: .view, subject: "s", text: "old reason"), by: .system("test"), at: Self.now)
            try await store.audit(.init(action: .view, subject: "s", text: "new reason"), by: .system("test"), at: Self.now.addingTimeInterval(3 * 86_400))
            _ = try await store.purgeAuditTexts(writtenBefore: CalendarDate(inEngland: Self.now).advanced(by: 1), reason: "policy", by: .system("test"),
                                                at: Self.now.addingTimeInterval(4 * 86_400))
            guard case .intact = try await store.verifyAudit(against: []) else { Issue.record("a purge broke the chain"); return }
            try await sql.raw("DELETE FROM audit_texts WHERE sequence = 2").run()
            #expect(try await store.verifyAudit(against: []) == .broken(sequence: 2, reason: "the free text of entry 2 is missing, and no purge covers it"))
        }
    }

    @Test("entries of the first encoding, with their text in the detail, still verify beside new ones", arguments: TestDatabase.available)
    func mixed(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            var previous = AuditRecord.genesisHash
            for sequence in 1...2 {
                let record = AuditRecord(sequence: sequence, at: AuditLog.timestamp(Self.now), actor: "system:old", actorName: "old", organisation: "",
                                         action: "record-consent", subject: "person_record:1", purpose: "", detail: "refused, given by the patient, letter")
                let model = AuditEntryModel(record, previousHash: previous)
                try await model.create(on: store.db)
                previous = model.hash
            }
            try await store.audit(.init(action: .view, subject: "person_record:1", text: "new"), by: .system("test"), at: Self.now)
            guard case .intact(let entries, _) = try await store.verifyAudit(against: []) else { Issue.record("mixed chain broken"); return }
            #expect(entries == 3)
            #expect(try await store.auditEntries(subject: "person_record:1").map(\.detail) == ["new", "refused, given by the patient, letter", "refused, given by the patient, letter"])
        }
    }

    @Test("a purge needs a reason and a day not after today, and then changes nothing", arguments: TestDatabase.available)
    func refusedPurge(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            try await store.audit(.init(action: .view, subject: "s", text: "kept"), by: .system("test"), at: Self.now)
            for (day, reason, field) in [(CalendarDate(inEngland: Self.now), " ", "reason"), (CalendarDate(inEngland: Self.now).advanced(by: 1), "r", "before")] {
                await #expect { try await store.purgeAuditTexts(writtenBefore: day, reason: reason, by: .system("test"), at: Self.now) } throws: { error in
                    guard case StoreError.invalidFields(let problems) = error else { return false }
                    return problems.map(\.field) == [field]
                }
            }
            #expect(try await AuditTextModel.query(on: store.db).count() == 1)
            #expect(try await AuditEntryModel.query(on: store.db).count() == 1)
        }
    }
}
