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
