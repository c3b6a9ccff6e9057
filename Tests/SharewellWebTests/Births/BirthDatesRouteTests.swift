import Foundation
import SharewellCore
import SharewellStore
import SharewellTestSupport
@testable import SharewellWeb
import Testing
import VaporTesting

/// Implausible dates refused where they are typed or sent (issue 18, F8): a births file's, and a
/// centre's welcome contact and registration (not before the baby's birth, nor after today).
@Suite("Live births: implausible dates")
struct BirthDatesRouteTests {
    @Test("a births file with a baby born after today, or more than two years ago, or consent dated tomorrow, is a 422 naming each line and field, storing nothing",
          arguments: TestDatabase.available)
    func upload(_ database: TestDatabase) async throws {
        try await BirthsFixture.with(database) { app in
            let maternity = try await BirthsFixture.signedIn(app, at: "RX402")
            try await maternity.get("/births/send")
            // Today is 2027-01-15 (the test clock).
            let csv = BirthsBorough.csv.replacingOccurrences(of: "M1,2026-12-01", with: "M1,2027-01-16")
                .replacingOccurrences(of: "M2,2026-12-02", with: "M2,2025-01-14")
                .replacingOccurrences(of: "antenatal booking,2026-06-01", with: "antenatal booking,2027-01-16")
            let refused = try await BirthsFixture.upload(maternity, csv)
            #expect(refused.status == .unprocessableEntity)
            let page = refused.body.string
            #expect(page.contains("Line 2, baby_date_of_birth: The baby's date of birth must be today or in the past, not ‘2027-01-16’"))
            #expect(page.contains("Line 2, consent_date: The date consent was recorded must be today or in the past, not ‘2027-01-16’"))
            #expect(page.contains("Line 3, baby_date_of_birth: The baby's date of birth must be 15 January 2025 or later, not ‘2025-01-14’"))
            #expect(try await app.rowCount("birth_notices") == 0, "all or nothing")
            let api = try await Store(app.db).createAPIToken(organisationCode: "RX402", name: "Maternity system", scopes: [.birthsWrite], by: .system("test"), at: Date())
            let byAPI = try await TestBrowser(app).post("/api/v1/births", body: csv, contentType: .init(type: "text", subType: "csv"), headers: ["Authorization": "Bearer \(api.secret)"])
            #expect(byAPI.status == .unprocessableEntity && byAPI.body.string.contains("baby_date_of_birth"))
            #expect(try await app.rowCount("birth_notices") == 0)
        }
    }

    @Test("a welcome contact or registration dated before the baby's birth or after today is a 422 naming the date, what was typed kept; on the birth day it is taken",
          arguments: TestDatabase.available)
    func welcomeAndRegistration(_ database: TestDatabase) async throws {
        try await BirthsFixture.with(database) { app in
            let maternity = try await BirthsFixture.signedIn(app, at: "RX402")
            try await maternity.get("/births/send")
            #expect(try await BirthsFixture.upload(maternity, BirthsBorough.csv).status == .seeOther)
            let centre = try await BirthsFixture.signedIn(app, at: "600101")
            let link = try #require(BirthsRouteTests.firstBirthLink(try await centre.get("/births").body.string))
            try await centre.get(link)
            // Ada was born on 2026-12-01; today is 2027-01-15.
            let day = { (d: String, m: String, y: String) in ["on[day]": d, "on[month]": m, "on[year]": y] }
            let early = try await centre.post(link + "/welcome", day("30", "11", "2026").merging(["method": "call"]) { a, _ in a })
            #expect(early.status == .unprocessableEntity)
            #expect(early.body.string.contains(##"href="#welcome-on">The date of the welcome contact must be on or after the baby's birth, 1 December 2026</a>"##))
            #expect(early.body.string.contains(#"value="30""#) && early.body.string.contains(#"value="call" checked"#), "what was typed is kept")
            let late = try await centre.post(link + "/registration", day("16", "1", "2027"))
            #expect(late.status == .unprocessableEntity)
            #expect(late.body.string.contains(##"href="#registered-on">The date of registration must be today or in the past</a>"##))
            #expect(late.body.string.contains(#"value="16""#), "what was typed is kept")
            #expect(try await app.auditCount("welcome-recorded") + (try await app.auditCount("registration-recorded")) == 0, "nothing recorded")
            #expect(try await centre.post(link + "/welcome", day("1", "12", "2026").merging(["method": "call"]) { a, _ in a }).status == .seeOther)
            try await centre.get(link)
            #expect(try await centre.post(link + "/registration", day("15", "1", "2027")).status == .seeOther)
        }
    }
}
