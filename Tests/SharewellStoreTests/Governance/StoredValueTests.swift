import FluentKit
import Foundation
import SQLKit
import SharewellCore
@testable import SharewellStore
import SharewellTestSupport
import Testing

/// Issue 15: a stored value this version cannot read is an error, never a default. Each case
/// writes an unknown value straight into the database, as a newer or damaged release might.
@Suite("Stored values fail closed")
struct StoredValueTests {
    typealias Fixture = GovernanceFixture

    @Test("an unknown role is an error, not a panel member", arguments: TestDatabase.available)
    func role(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            _ = try await Fixture.make(store)
            let id = try await store.addUser(NewUser(organisationCode: "P81001", email: "x@p.example", displayName: "X", role: .practitioner, passwordHash: "h"),
                                             by: .system("t"), at: Fixture.now)
            #expect(try await store.actingUser(id)?.permissions.contains(.viewIdentifiableRecords) == true)
            try await (store.db as! any SQLDatabase).update("users").set("role", to: "superuser").where("id", .equal, id).run()
            await #expect(throws: StoreError.unreadableStored(field: "users.role", value: "superuser")) { try await store.actingUser(id) }
        }
    }

    @Test("an unknown record source or audit action is an error naming its column, not shown as something else", arguments: TestDatabase.available)
    func recordSourceAndAuditAction(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let f = try await Fixture.make(store)
            let pupil = try #require(f.records(of: "200101").first)
            let lead = f.user("200101", .safeguardingLead)
            #expect(try await store.personRecord(pupil, for: lead, at: Fixture.now) != nil)
            #expect(try await store.accessLog(forRecord: pupil, for: lead, at: Fixture.now)?.isEmpty == false)
            let sql = store.db as! any SQLDatabase
            try await sql.update("audit_entries").set("action", to: "teleport").where("subject", .equal, Store.subject(pupil)).run()
            await #expect(throws: StoreError.unreadableStored(field: "audit_entries.action", value: "teleport")) {
                try await store.accessLog(forRecord: pupil, for: lead, at: Fixture.now)
            }
            try await sql.update("person_records").set("source", to: "rumour").where("id", .equal, pupil).run()
            await #expect(throws: StoreError.unreadableStored(field: "person_records.source", value: "rumour")) {
                try await store.personRecord(pupil, for: lead, at: Fixture.now)
            }
        }
    }

    @Test("an agreement with an unreadable item covers nothing and says so; its page is an error, not a guess", arguments: TestDatabase.available)
    func agreement(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let f = try await Fixture.make(store)
            let id = try await f.activeAgreement()
            #expect(try await f.share(f.bulkRequest(f.records(of: "200101"))).grant != nil)
            let sql = store.db as! any SQLDatabase
            let version = try #require(try await sql.select().column("id").from("agreement_versions").where("agreement_id", .equal, id).first()).decode(column: "id", as: UUID.self)
            try await sql.insert(into: "agreement_version_items").columns("id", "version_id", "position", "item")
                .values(SQLBind(UUID()), SQLBind(version), SQLBind(99), SQLBind("shoe-size")).run()
            #expect(try await f.share(f.bulkRequest(f.records(of: "200101"))).refusal?.reason.shortfalls == [.unreadable])
            await #expect(throws: StoreError.unreadableStored(field: "agreement_version_items.item", value: "shoe-size")) {
                try await store.agreements(for: f.user("200101", .informationGovernanceLead), on: CalendarDate(inEngland: Fixture.now))
            }
            try await (store.db as! any SQLDatabase).update("agreement_versions").set("purpose", to: "marketing").where("agreement_id", .equal, id).run()
            #expect(try await f.share(f.bulkRequest(f.records(of: "200101"))).refusal?.reason.shortfalls == [], "an unknown purpose is no purpose of the request")
        }
    }

    @Test("a recorded decision with an unknown outcome is an error, not 'do not share'", arguments: TestDatabase.available)
    func decision(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let f = try await Fixture.make(store)
            _ = try await f.activeAgreement(Fixture.terms(bulk: false))
            let pupil = f.records(of: "200101")[0]
            try await f.record(.given, .purpose(.attendanceLiaison), for: pupil)
            #expect(try await f.share(SharingRequest(recipient: "P81001", purpose: .attendanceLiaison, items: [.name], bulk: false, subjects: [pupil])).grant != nil)
            try await (store.db as! any SQLDatabase).update("sharing_decisions").set("outcome", to: "maybe").run()
            await #expect(throws: StoreError.unreadableStored(field: "sharing_decisions.outcome", value: "maybe")) {
                try await store.sharingDecisions(for: f.user("200101", .practitioner))
            }
        }
    }
}
