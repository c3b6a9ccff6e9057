import Foundation
import SharewellCore
import SharewellStore
import SharewellTestSupport
@testable import SharewellWeb
import Testing
import VaporTesting

/// Nothing twice (the hostile review of 7 December 2026: five parallel POSTs of one consent line
/// saved five): a form sent again with the same answers is answered with the first's redirect.
@Suite("A form sent twice is done once")
struct SubmittedOnceTests {
    static func consentFields(_ givenBy: String) -> [(String, String)] {
        [("kind", "refused"), ("scope", "purpose:team-around-the-child"), ("givenBy", givenBy), ("method", "verbally at a visit"), ("givenOn", "2026-11-01")]
    }

    @Test("five copies sent at once and a reload later save one line, each answered with the first's redirect; other answers from the same page are new",
          arguments: TestDatabase.available)
    func parallelAndReload(_ database: TestDatabase) async throws {
        try await AccountsFixture.with(database) { app, fixture in
            let path = "/records/\(fixture.ownRecord.uuidString.lowercased())/consent"
            let practitioner = TestBrowser(app)
            try await practitioner.signIn(TestAccounts.email("practitioner"))
            try await practitioner.get(path)
            let token = try #require(practitioner.submissionToken)
            #expect(practitioner.lastHTML.contains(#"name="_submission""#), "every form carries its page's one-time token")
            let fields = Self.consentFields("mother") + [("_submission", token)]
            let answers = try await withThrowingTaskGroup(of: TestingHTTPResponse.self) { group in
                for _ in 0..<5 {
                    let tab = TestBrowser(sharing: practitioner)
                    group.addTask { try await tab.post(path, fields: fields) }
                }
                return try await group.reduce(into: [TestingHTTPResponse]()) { $0.append($1) }
            }
            // A copy that waited longer than the first took answers 409 "still being sent" (a loaded
            // machine); every other goes where the first went, saying it was sent again.
            #expect(answers.allSatisfy { [303, 409].contains($0.status.code) } && answers.contains { $0.status.code == 303 }, "\(answers.map(\.status.code))")
            let locations = Set(answers.compactMap { $0.headers.first(name: .location) })
            #expect(locations.allSatisfy { $0 == path || $0.hasPrefix(path + "?") }, "\(locations)")
            let reload = try await practitioner.post(path, fields: fields)
            let page = try await practitioner.followed(reload).body.string
            #expect(page.contains("History (1 entry)"))
            #expect(page.contains("You sent that form more than once"))

            let other = try await practitioner.post(path, fields: Self.consentFields("father") + [("_submission", token)])
            #expect(try await practitioner.followed(other).body.string.contains("History (2 entries)"), "other answers from the same page are a new submission")
        }
    }

    @Test("the same token and answers sent to another place are another submission: each of a page's Revoke buttons, and Sign out, still work",
          arguments: TestDatabase.available)
    func perTarget(_ database: TestDatabase) async throws {
        try await AccountsFixture.with(database) { app, _ in
            let store = Store(app.db)
            let first = try await store.createAPIToken(organisationCode: "P81001", name: "One", scopes: [.recordsRead], by: .system("test"), at: Date())
            let second = try await store.createAPIToken(organisationCode: "P81001", name: "Two", scopes: [.recordsRead], by: .system("test"), at: Date())
            let admin = TestBrowser(app)
            try await admin.signIn(TestAccounts.email("administrator"))
            try await admin.get("/api-tokens")
            for token in [first, second] {
                let revoked = try await admin.post("/api-tokens/\(token.id.uuidString.lowercased())/revoke", fields: [])
                #expect(revoked.headers.first(name: .location) == "/api-tokens", "each Revoke on the page is its own submission")
            }
            let page = try await admin.get("/api-tokens").body.string
            #expect(!page.contains(">Active<"), "both revoked")
            #expect(try await admin.post("/sign-out", fields: []).status == .seeOther)
            #expect(try await admin.get("/records").status == .seeOther, "signed out, not taken for a repeat of a revocation")
        }
    }

    @Test("a form sent without its page's token is the same submission only within half a minute", arguments: TestDatabase.available)
    func withoutToken(_ database: TestDatabase) async throws {
        let clock = TestClock()
        try await AccountsFixture.with(database, clock: clock) { app, fixture in
            let path = "/records/\(fixture.ownRecord.uuidString.lowercased())/consent"
            let practitioner = TestBrowser(app)
            try await practitioner.signIn(TestAccounts.email("practitioner"))
            try await practitioner.get(path)
            _ = try await practitioner.post(path, fields: Self.consentFields("mother"))
            let twice = try await practitioner.post(path, fields: Self.consentFields("mother"))
            #expect(try await practitioner.followed(twice).body.string.contains("History (1 entry)"))
            clock.advance(by: 31)
            let later = try await practitioner.post(path, fields: Self.consentFields("mother"))
            #expect(try await practitioner.followed(later).body.string.contains("History (2 entries)"), "the same answers meant again later are recorded")
        }
    }
}
