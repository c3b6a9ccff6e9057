import Foundation
import SharewellCore
import SharewellStore
import SharewellTestSupport
@testable import SharewellWeb
import Testing
import VaporTesting

/// The page where a practice's IG lead sets how long the practice keeps its attendance records.
@Suite("The practice's record retention page")
struct ReviewRetentionPageTests {
    @Test("the IG lead sets months (Post/Redirect/Get); a bad number comes back with 422, what was typed and the field named")
    func setsMonths() async throws {
        try await AccountsFixture.with { app, _ in
            let ig = TestBrowser(app)
            try await ig.signIn(TestAccounts.email(Role.informationGovernanceLead.rawValue))
            let page = try await ig.get(ReviewRetentionPage.path)
            #expect(page.status == .ok)
            #expect(page.body.string.contains("Now: not set"))

            let bad = try await ig.post(ReviewRetentionPage.path, ["months": "two years"])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.string.contains(#"value="two years""#))
            #expect(bad.body.string.contains("Enter the number of months, from 1 to 1200"))
            #expect(bad.body.string.contains("Now: not set"), "nothing changed")

            let saved = try await ig.post(ReviewRetentionPage.path, ["months": "24"])
            #expect(saved.status == .seeOther)
            let after = try await ig.followed(saved)
            #expect(after.body.string.contains("Saved: the practice keeps its record of each pupil for 24 months."))
            #expect(after.body.string.contains("Now: 24 months, set by"))
        }
    }

    @Test("a retention that would destroy records at once is saved only once the lead ticks the count to destroy", arguments: TestDatabase.available)
    func confirmsDestruction(_ database: TestDatabase) async throws {
        let clock = TestClock()
        try await AccountsFixture.with(database, clock: clock) { app, fixture in
            let received = try await AttendanceLiaisonRouteTests.sendList(app, fixture).count
            try #require(received > 0)
            clock.advance(by: 62 * 86_400)
            let ig = TestBrowser(app)
            try await ig.signIn(TestAccounts.email(Role.informationGovernanceLead.rawValue))
            try await ig.get(ReviewRetentionPage.path)

            let asked = try await ig.post(ReviewRetentionPage.path, ["months": "1"])
            #expect(asked.status == .unprocessableEntity)
            #expect(asked.body.string.contains("destroys the practice's records of \(counted(received, "pupil")) within the hour"))
            #expect(asked.body.string.contains(#"value="1""#), "the months as typed")
            #expect(asked.body.string.contains("Now: not set"), "nothing saved yet")

            let stale = try await ig.post(ReviewRetentionPage.path, fields: [("months", "1"), ("destroying[]", String(received + 1))])
            #expect(stale.status == .unprocessableEntity, "a count that is not the count now is asked about again")
            #expect(try await ig.post(ReviewRetentionPage.path, ["months": "24"]).status == .seeOther, "a retention that destroys nothing needs no confirming")
            let confirmed = try await ig.post(ReviewRetentionPage.path, fields: [("months", "1"), ("destroying[]", String(received))])
            #expect(confirmed.status == .seeOther)
            #expect(try await ig.followed(confirmed).body.string.contains("Now: 1 month, set by"))
        }
    }

    @Test("a safeguarding lead may not set it")
    func refused() async throws {
        try await AccountsFixture.with { app, _ in
            let lead = TestBrowser(app)
            try await lead.signIn(TestAccounts.email("safeguardingLead"))
            try await lead.get("/")
            #expect(try await lead.post(ReviewRetentionPage.path, ["months": "24"]).status == .forbidden)
        }
    }
}
