import Foundation
import FluentKit
import SQLKit
import SharewellCore
import SharewellDemo
import SharewellStore
import SharewellTestSupport
import SyntheticBorough
import Testing

@Suite("Loading the synthetic borough")
struct StoreBoroughTests {
    @Test("a borough is written whole: every organisation, record, pupil year and truth row", arguments: TestDatabase.available)
    func loads(_ database: TestDatabase) async throws {
        try await database.withFresh { location async throws in
            let databases = try StoreDatabases(location)
            defer { Task { await databases.shutdown() } }
            let summary = try await DemoBorough.load(people: 1_000, seed: 3, into: databases.store, at: Date(), schoolYear: 2025)

            var generator = BoroughGenerator(people: 1_000, seed: 3)
            var expected = BoroughSummary(organisations: generator.plan.organisations.count)
            while let household = generator.nextHousehold() {
                expected.households += 1; expected.people += household.people.count
                expected.records += household.records.count; expected.pupils += household.attendance.count
            }
            #expect(summary == expected)

            let sql = databases.database as! any SQLDatabase
            #expect(try await count(sql, "person_records") == expected.records)
            #expect(try await count(sql, "synthetic_truth") == expected.records)
            #expect(try await count(sql, "attendance_years") == expected.pupils)
            #expect(try await databases.store.organisationCount() == expected.organisations)
            let practices = try await databases.store.directory(.init(kind: .gpPractice))
            #expect(practices.count >= 3 && practices.allSatisfy { $0.safeguardingLead.secureEmail.contains("@") })

            let nhs = try await sql.raw("SELECT nhs_number FROM person_records WHERE nhs_number IS NOT NULL").all(decoding: NHSRow.self)
            #expect(!nhs.isEmpty)
            #expect(nhs.allSatisfy { (try? NHSNumber($0.nhs_number))?.isTestNumber == true })
        }
    }

    @Test("a second load is refused and changes nothing", arguments: TestDatabase.available)
    func refusesSecondLoad(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let first = try await DemoBorough.load(people: 1_000, seed: 1, into: store, at: Date(), schoolYear: 2025)
            await #expect(throws: StoreError.boroughAlreadyLoaded(organisations: first.organisations)) {
                try await DemoBorough.load(people: 1_000, seed: 2, into: store, at: Date(), schoolYear: 2025)
            }
            #expect(try await store.organisationCount() == first.organisations)
        }
    }

    @Test("a size outside 1,000 to 2,000,000 is refused before anything is written", arguments: [999, 0, -5, 2_000_001])
    func refusesBadSize(_ people: Int) async throws {
        try await TestDatabase.sqlite.withStore { store async throws in
            await #expect(throws: StoreError.invalidBoroughSize(people)) { try await DemoBorough.load(people: people, seed: 1, into: store, at: Date(), schoolYear: 2025) }
            let stored = try await store.organisationCount()
            #expect(stored == 0)
        }
    }

    private struct NHSRow: Decodable { let nhs_number: String }
    private struct CountRow: Decodable { let n: Int }

    private func count(_ sql: any SQLDatabase, _ table: String) async throws -> Int {
        try await sql.raw("SELECT COUNT(*) AS n FROM \(ident: table)").first(decoding: CountRow.self)?.n ?? -1
    }
}
