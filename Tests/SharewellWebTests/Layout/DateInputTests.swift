import Foundation
import SharewellCore
import SharewellStore
import SharewellTestSupport
@testable import SharewellWeb
import Testing
import VaporTesting

/// Issue 16, item 2: dates are typed in three boxes, as people write them; the single ISO
/// parameter of old links and bookmarks still works.
@Suite("Dates typed in three boxes, over HTTP")
struct DateInputTests {
    @Test("the poor-attendance list reads the three boxes as people type them, and the old ISO link the same", arguments: TestDatabase.available)
    func poorAttendance(_ database: TestDatabase) async throws {
        try await AccountsFixture.with(database) { app, _ in
            let school = TestBrowser(app)
            try await school.signIn(TestAccounts.email("safeguardinglead", "200101"))
            let old = try await school.get("/attendance/poor?from=2025-09-03&to=2025-12-19&below=90")
            #expect(old.status == .ok)
            let typed = try await school.get("/attendance/poor?from%5Bday%5D=03&from%5Bmonth%5D=Sept&from%5Byear%5D=%202025%20&to%5Bday%5D=19&to%5Bmonth%5D=december&to%5Byear%5D=2025&below=90")
            #expect(typed.status == .ok)
            let oldHTML = old.body.string, typedHTML = typed.body.string
            // Each page's forms carry their own one-time token: the same list otherwise.
            let table = { (html: String) in html.range(of: "<table").map { String(html[$0.lowerBound...])
                .replacingOccurrences(of: #"name="_submission" value="[^"]*""#, with: "", options: .regularExpression) } }
            #expect(table(oldHTML) != nil && table(oldHTML) == table(typedHTML), "the same list either way")
            // The old link's dates come back in the boxes, as the link wrote them.
            for box in [#"name="from[day]" value="03""#, #"name="from[month]" value="09""#, #"name="from[year]" value="2025""#, #"name="to[day]" value="19""#] {
                #expect(oldHTML.contains(box), "\(box)")
            }
            #expect(oldHTML.contains(#"inputmode="numeric""#) && oldHTML.contains("For example, 27 3 2026") && oldHTML.contains(#"<legend class="legend">First day</legend>"#))

            let february = try await school.get("/attendance/poor?from%5Bday%5D=31&from%5Bmonth%5D=2&from%5Byear%5D=2026&to%5Bday%5D=1&to%5Bmonth%5D=&to%5Byear%5D=2026&below=90")
            #expect(february.status == .unprocessableEntity)
            EveryProblemAtOnceTests.expectLinked(february.body.string, [("from", "The first day must be a real date: February 2026 has 28 days"),
                                                                        ("to-month", "The last day must include a month")])
            #expect(february.body.string.contains(#"value="31""#))
        }
    }

    /// Stratify (`?as_of=`) and the liaison report (`&laterFrom=`) are reached by their old links in
    /// `EarlyHelpRouteTests` and `AttendanceLiaisonRouteTests`.
    @Test("the health-related absence list keeps its old ISO parameters", arguments: TestDatabase.available)
    func oldLinks(_ database: TestDatabase) async throws {
        try await AccountsFixture.with(database) { app, _ in
            let school = TestBrowser(app)
            try await school.signIn(TestAccounts.email("safeguardinglead", "200101"))
            let illness = try await school.get("/attendance/illness?from=2026-09-01&to=2026-12-02&days=3")
            #expect(illness.status == .ok && illness.body.string.contains(#"id="illness""#))
            #expect(illness.body.string.contains(#"name="to[day]" value="02""#) && illness.body.string.contains(#"name="to[month]" value="12""#))
            let bad = try await school.get("/attendance/illness?from=2026-09-01&to=2026-02-30&days=3")
            #expect(bad.status == .unprocessableEntity && bad.body.string.contains("The last day must be a real date: February 2026 has 28 days"))
        }
    }

    @Test("a form posted with the old single date field (an API client, a kept form) is read as before")
    func singleFieldForm() async throws {
        try await AccountsFixture.with { app, _ in
            let lead = TestBrowser(app)
            try await lead.signIn(TestAccounts.email("informationGovernanceLead"))
            try await lead.get("/agreements/new")
            let sent = try await lead.post("/agreements", fields: GovernanceRouteTests.agreementFields.filter { $0.0 != "_form" })
            #expect(sent.status == .seeOther)
        }
    }
}
