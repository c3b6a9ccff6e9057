import FluentKit
import Foundation
import SharewellCore
import SharewellFormats
@testable import SharewellStore
import SharewellTestSupport
import SQLKit
import Testing

/// Every view of the families' names is audited with the families shown (issue 18, item 2), so each
/// view is in that family's access log, on both databases.
@Suite("Live births: views audited with the families shown")
struct BirthsViewAuditTests {
    static let now = BirthsPathwayTests.now
    /// Ada and Fay are both on the first centre's list; the rest are only counted.
    static let births = BirthsBorough.births + ["M6,2026-12-04,Fay,Second,6 Mill Lane,AW1 1XY,yes,no,,,"]

    @Test("the list, the digest and one family's page each index exactly the families shown; a withdrawn family is no longer indexed",
          arguments: TestDatabase.available)
    func peopleShown(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let b = try await BirthsPathwayTests.borough(store)
            _ = try await store.importBirths(try BirthsPathwayTests.read(Self.births), by: b.maternity, at: Self.now)
            let list = try await store.birthsList(for: b.centre, at: Self.now)
            #expect(list.births.map(\.parentName).sorted() == ["Ada Listed", "Fay Second"])
            #expect(try await Self.lastPeople(store, .birthsListed) == Set(list.births.map(\.id)))

            let digest = try await store.birthsDigest(for: b.centre, at: Self.now)
            #expect(digest.count == 2)
            #expect(try await Self.lastPeople(store, .birthsListed) == Set(digest.map(\.id)))

            let ada = try #require(list.births.first { $0.parentName == "Ada Listed" })
            _ = try await store.receivedBirth(ada.id, for: b.centre, at: Self.now)
            #expect(try await Self.lastPeople(store, .birthViewed) == [ada.id])

            // Ada withdrawn (do not contact): the next list names only Fay, and indexes only her.
            let later = Self.births[0].replacingOccurrences(of: ",yes,no,9434765919", with: ",yes,yes,9434765919")
            _ = try await store.importBirths(try BirthsPathwayTests.read([later]), by: b.maternity, at: Self.now + 60)
            let after = try await store.birthsList(for: b.centre, at: Self.now + 60)
            #expect(after.births.map(\.parentName) == ["Fay Second"])
            #expect(try await Self.lastPeople(store, .birthsListed) == [try #require(after.births.first?.id)])
            guard case .intact = try await store.verifyAudit(against: []) else { Issue.record("the chain with the families shown should verify"); return }
        }
    }

    /// The people the newest entry of `action` indexes (`audit_entry_people`, the access logs' index).
    static func lastPeople(_ store: Store, _ action: AuditAction) async throws -> Set<UUID> {
        let sql = store.db as! any SQLDatabase
        let sequence = try #require(try await sql.select().column("sequence").from("audit_entries").where("action", .equal, SQLBind(action.rawValue))
            .orderBy("sequence", .descending).limit(1).first(decodingColumn: "sequence", as: Int64.self))
        let people = try await sql.select().column("person_id").from("audit_entry_people").where("sequence", .equal, SQLBind(sequence))
            .all(decodingColumn: "person_id", as: UUID.self)
        return Set(people)
    }
}
