import Foundation
import SharewellCore
import SharewellStore
import SharewellTestSupport
@testable import SharewellWeb
import Testing
import VaporTesting

@Suite("Records and who has seen them")
struct RecordsRouteTests {
    @Test("viewing a record puts the viewer in its access log, on the page and in the CSV", arguments: TestDatabase.available)
    func accessLog(_ database: TestDatabase) async throws {
        try await AccountsFixture.with(database) { app, fixture in
            let id = fixture.ownRecord.uuidString.lowercased()
            let practitioner = TestBrowser(app)
            try await practitioner.signIn(TestAccounts.email("practitioner"))
            #expect(try await practitioner.get("/records/\(id)").status == .ok)
            #expect(!practitioner.lastHTML.contains("Who has seen this record"), "a practitioner is not offered the access log")

            let ig = TestBrowser(app)
            try await ig.signIn(TestAccounts.email("informationGovernanceLead"))
            try await ig.get("/records/\(id)/access")
            #expect(ig.lastHTML.contains("Test practitioner"))
            #expect(ig.lastHTML.contains("Direct care"))
            let csv = try await ig.get("/records/\(id)/access.csv")
            #expect(csv.headers.contentType?.subType == "csv")
            let lines = csv.body.string.split(separator: "\n")
            #expect(lines.first == "when (UK time),who,organisation,what,why")
            let practice = try #require(try await Store(app.db).directory().first { $0.code == "P81001" })
            #expect(lines.contains { $0.hasSuffix(",Test practitioner,\(practice.name),viewed the record,Direct care") })
        }
    }

    @Test("the records list shows only the organisation's own records, and is searchable")
    func list() async throws {
        try await AccountsFixture.with { app, _ in
            let browser = TestBrowser(app)
            try await browser.signIn(TestAccounts.email("safeguardingLead"))
            try await browser.get("/records")
            #expect(browser.lastHTML.contains("records, page 1 of"))
            let store = Store(app.db)
            let lead = try #require(try await store.credentials(email: TestAccounts.email("safeguardingLead")))
            let user = try #require(try await store.actingUser(lead.userID))
            let first = try await store.personRecords(for: user, at: Date()).records[0]
            try await browser.get("/records?q=\(first.localID)")
            #expect(browser.lastHTML.contains("\(first.familyName), \(first.givenName)"))
            #expect(browser.lastHTML.contains("1 record, page 1 of 1"))
        }
    }

    @Test("the records API returns the token's own records, audited, and 404 for another organisation's")
    func api() async throws {
        try await AccountsFixture.with { app, fixture in
            let tokens = try await RouteAccessTests.apiTokens(app)
            var headers = HTTPHeaders()
            headers.bearerAuthorization = .init(token: tokens.records)
            try await app.testing().test(.GET, "/api/v1/records/\(fixture.ownRecord.uuidString.lowercased())", headers: headers) { res async throws in
                #expect(res.status == .ok)
                let record = try res.json(PersonRecordJSON.self)
                #expect(record.owner == "P81001" && record.id == fixture.ownRecord.uuidString.lowercased())
            }
            try await app.testing().test(.GET, "/api/v1/records/\(fixture.foreignRecord.uuidString.lowercased())", headers: headers) { res async throws in
                #expect(res.status == .notFound)
                #expect(try res.json(ProblemBody.self).detail == "There is no record with this id.")
            }
            let ig = TestBrowser(app)
            try await ig.signIn(TestAccounts.email("informationGovernanceLead"))
            try await ig.get("/records/\(fixture.ownRecord.uuidString.lowercased())/access")
            #expect(ig.lastHTML.contains("API client ‘GP system’"))
        }
    }

    @Test("an administrator adds a user in the web UI; bad input is explained and stores nothing")
    func addUser() async throws {
        try await AccountsFixture.with { app, _ in
            let admin = TestBrowser(app)
            try await admin.signIn(TestAccounts.email("administrator"))
            try await admin.get("/users/new")
            let bad = try await admin.post("/users", ["name": "", "email": "not-an-email", "role": "wizard", "password": "short"])
            #expect(bad.status == .unprocessableEntity)
            for message in ["Enter their full name", "Choose a role", "at least 12 characters"] { #expect(admin.lastHTML.contains(message), "\(message)") }
            try await admin.get("/users/new")
            // An analyst reads no record, so the administrator's first password takes effect at once
            // (a practitioner's account waits for a second person: AccessApprovalTests).
            let ok = try await admin.post("/users", ["name": "Sam Patel", "email": "Sam.Patel@P81001.example", "role": "analyst", "password": "a long first password"])
            #expect(ok.status == .seeOther)
            try await admin.get("/users")
            #expect(admin.lastHTML.contains("sam.patel@p81001.example"))
            let sam = TestBrowser(app)
            #expect(try await sam.signIn("sam.patel@p81001.example", password: "a long first password", return: "/records").headers.first(name: .location) == "/records")
        }
    }
}
