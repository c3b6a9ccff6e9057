import Foundation
import SharewellCore
import SharewellStore
import SharewellTestSupport
@testable import SharewellWeb
import Testing
import VaporTesting

/// The auditor and IG lead reach "who has seen this record" by an exact number, and read it in
/// words (issue 16, item 6).
@Suite("Looking up who has seen a record")
struct AccessLogLookupTests {
    @Test("an auditor finds a record by NHS number, UPN-style local reference, audited; the log names people, organisations and actions in words",
          arguments: TestDatabase.available)
    func findsAndReads(_ database: TestDatabase) async throws {
        let clock = TestClock()
        try await AccountsFixture.with(database, clock: clock) { app, fixture in
            let store = Store(app.db)
            let lead = try #require(try await store.actingUser(fixture.userIDs[.safeguardingLead]!))
            let records = try await store.personRecords(for: lead, at: clock.now).records
            let numbered = try #require(records.first { $0.nhsNumber != nil })
            let practice = try #require(try await store.directory().first { $0.code == "P81001" })
            let practitioner = TestBrowser(app)
            try await practitioner.signIn(TestAccounts.email("practitioner"))
            try await practitioner.get("/records/\(numbered.id.uuidString.lowercased())")

            let auditor = TestBrowser(app)
            try await auditor.signIn(TestAccounts.email("auditor"))
            try await auditor.get("/")
            #expect(auditor.lastHTML.contains(#"href="/access-log""#), "the way in is on the home page and in the navigation")
            try await auditor.get("/access-log")
            let digits = try #require(numbered.nhsNumber)
            let spaced = "\(digits.prefix(3)) \(digits.dropFirst(3).prefix(3)) \(digits.suffix(4))"
            let found = try await auditor.post("/access-log", ["number": spaced])
            #expect(found.status == .seeOther)
            #expect(found.headers.first(name: .location) == "/records/\(numbered.id.uuidString.lowercased())/access")
            let log = try await auditor.followed(found).body.string
            #expect(log.contains("GP registration record \(numbered.localID), NHS number \(digits)"), "whose record it is, by the reference looked up")
            #expect(!log.contains(numbered.familyName.asHTML) && !log.contains(numbered.dateOfBirth), "an auditor, who may not read records, learns no name or birth date")
            #expect(log.contains("Test practitioner") && log.contains(practice.name.asHTML) && log.contains("viewed the record") && log.contains("Direct care"))
            #expect(log.contains(AgreementPage.time(clock.now)), "UK time")
            #expect(!log.contains(">view<") && !log.contains(">P81001<"), "no raw action or code")
            #expect(try await app.auditCount("look-up-record", subject: "person_record:\(numbered.id.uuidString.lowercased())",
                                             detail: "by NHS number: found") == 1)

            try await auditor.get("/access-log")
            let byReference = try await auditor.post("/access-log", ["number": records[1].localID])
            #expect(byReference.headers.first(name: .location) == "/records/\(records[1].id.uuidString.lowercased())/access")
            let csv = try await auditor.get("/records/\(numbered.id.uuidString.lowercased())/access.csv").body.string
            #expect(csv.hasPrefix("when (UK time),who,organisation,what,why\n"))
            #expect(csv.contains(",Test practitioner,\(practice.name),viewed the record,Direct care"))
        }
    }

    @Test("one person's look-ups are limited to 30 an hour, found or not, so numbers cannot be swept", arguments: TestDatabase.available)
    func limited(_ database: TestDatabase) async throws {
        let clock = TestClock()
        try await AccountsFixture.with(database, clock: clock) { app, _ in
            let ig = TestBrowser(app)
            try await ig.signIn(TestAccounts.email("informationGovernanceLead"))
            try await ig.get("/access-log")
            for n in 0..<Store.lookUpsPerHour { #expect(try await ig.post("/access-log", ["number": "B99999999\(1000 + n)"]).status == .unprocessableEntity) }
            let stopped = try await ig.post("/access-log", ["number": "B999999991999"])
            #expect(stopped.status == .tooManyRequests)
            #expect(stopped.body.string.contains("You have looked up 30 records in the last hour"))
            #expect(stopped.body.string.contains(#"value="B999999991999""#), "what was typed is kept")
            clock.advance(by: 3_601)
            try await ig.signIn(TestAccounts.email("informationGovernanceLead"))
            try await ig.get("/access-log")
            #expect(try await ig.post("/access-log", ["number": "B999999991999"]).status == .unprocessableEntity, "an hour later it is open again")
        }
    }

    @Test("an IG lead opening access logs by the record's address has the same limit: 30 records an hour, a log opened again is free, the CSV too; a safeguarding lead who reads records is not limited",
          arguments: TestDatabase.available)
    func limitedByAddress(_ database: TestDatabase) async throws {
        let clock = TestClock()
        try await AccountsFixture.with(database, clock: clock) { app, fixture in
            let store = Store(app.db)
            let lead = try #require(try await store.actingUser(fixture.userIDs[.safeguardingLead]!))
            let records = try await store.personRecords(for: lead, at: clock.now).records.map { $0.id.uuidString.lowercased() }
            try #require(records.count > Store.lookUpsPerHour + 1)
            let ig = TestBrowser(app)
            try await ig.signIn(TestAccounts.email("informationGovernanceLead"))
            try await ig.get("/access-log")
            let reference = try #require(try await store.personRecords(for: lead, at: clock.now).records.first?.localID)
            let looked = try await ig.post("/access-log", ["number": reference])
            #expect(try await ig.followed(looked).status == .ok, "a look-up and the log it leads to count once")
            for id in records[1..<Store.lookUpsPerHour] { #expect(try await ig.get("/records/\(id)/access").status == .ok) }
            let stopped = try await ig.get("/records/\(records[Store.lookUpsPerHour])/access")
            #expect(stopped.status == .tooManyRequests)
            #expect(stopped.body.string.contains("You have looked up 30 records in the last hour"))
            #expect(try await ig.get("/records/\(records[Store.lookUpsPerHour])/access.csv").status == .tooManyRequests)
            #expect(try await ig.get("/records/\(records[3])/access").status == .ok, "a log already opened this hour opens again")
            try await ig.get("/access-log")
            #expect(try await ig.post("/access-log", ["number": "B999999991999"]).status == .tooManyRequests, "the look-up page shares the count")

            let safeguarding = TestBrowser(app)
            try await safeguarding.signIn(TestAccounts.email("safeguardingLead"))
            for id in records.prefix(Store.lookUpsPerHour + 1) { #expect(try await safeguarding.get("/records/\(id)/access").status == .ok) }

            clock.advance(by: 3_601)
            try await ig.signIn(TestAccounts.email("informationGovernanceLead"))
            #expect(try await ig.get("/records/\(records[Store.lookUpsPerHour])/access").status == .ok, "an hour later it is open again")
        }
    }

    @Test("not found says only that: another organisation's record answers as a missing one, and the look-up is still audited",
          arguments: TestDatabase.available)
    func notFoundAcrossScope(_ database: TestDatabase) async throws {
        try await AccountsFixture.with(database) { app, fixture in
            let store = Store(app.db)
            let schoolLead = try #require(try await store.actingUser(fixture.foreignUser))
            let pupil = try #require(try await store.personRecords(for: schoolLead, at: Date()).records.first)
            let ig = TestBrowser(app)
            try await ig.signIn(TestAccounts.email("informationGovernanceLead"))
            var pages: [String] = []
            for typed in [pupil.localID, "B999999999999"] {
                try await ig.get("/access-log")
                let res = try await ig.post("/access-log", ["number": typed])
                #expect(res.status == .unprocessableEntity)
                #expect(res.body.string.contains("No record your organisation holds has this NHS number, UPN or local reference"))
                #expect(res.body.string.contains(#"value="\#(typed)""#), "what was typed is kept")
                pages.append(res.body.string.replacingOccurrences(of: typed, with: "…").replacingOccurrences(of: #"value="[^"]*""#, with: "", options: .regularExpression))
            }
            #expect(pages[0] == pages[1], "another organisation's record reads exactly as a number no one holds")
            #expect(!pages[0].contains(pupil.familyName))
            #expect(try await app.auditCount("look-up-record", subject: "person_records:P81001", detail: "by UPN or local reference: not found") == 2)
            try await ig.get("/access-log")
            let empty = try await ig.post("/access-log", ["number": " "])
            #expect(empty.status == .unprocessableEntity && empty.body.string.contains("Enter an NHS number, UPN or local reference"))
        }
    }

    @Test("roles that may not read the access log are refused the look-up and not offered it", arguments: TestDatabase.available)
    func refusedRoles(_ database: TestDatabase) async throws {
        try await AccountsFixture.with(database) { app, fixture in
            for role in ["practitioner", "analyst", "administrator", "panelMember"] {
                let browser = TestBrowser(app)
                try await browser.signIn(TestAccounts.email(role))
                try await browser.get("/")
                #expect(!browser.lastHTML.contains(#"href="/access-log""#), "\(role)")
                #expect(try await browser.get("/access-log").status == .forbidden, "\(role)")
                try await browser.get("/")
                #expect(try await browser.post("/access-log", ["number": "x"]).status == .forbidden, "\(role)")
            }
            #expect(try await app.auditCount("look-up-record") == 0)
            _ = fixture
        }
    }
}
