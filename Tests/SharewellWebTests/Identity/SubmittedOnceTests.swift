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
            #expect(answers.map(\.status.code) == Array(repeating: 303, count: 5))
            let locations = Set(answers.compactMap { $0.headers.first(name: .location) })
            #expect(locations.count == 2 && locations.filter { $0.hasSuffix("again=1") }.count == 1, "every copy goes where the first went, saying it was sent again")
            let reload = try await practitioner.post(path, fields: fields)
            let page = try await practitioner.followed(reload).body.string
            #expect(page.contains("History (1 entry)"))
            #expect(page.contains("You sent that form more than once"))

            let other = try await practitioner.post(path, fields: Self.consentFields("father") + [("_submission", token)])
            #expect(try await practitioner.followed(other).body.string.contains("History (2 entries)"), "other answers from the same page are a new submission")
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
