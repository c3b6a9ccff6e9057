import Foundation
import SharewellCore
import SharewellStore
import SharewellTestSupport
@testable import SharewellWeb
import Testing
import VaporTesting

/// Refusals name organisations and say what to do next; error pages speak plain English
/// (issue 16, item 4).
@Suite("Refusals and error pages in plain words")
struct RefusalWordsTests {
    @Test("a flag without an agreement is refused as noAgreement between the two organisations by name, and the page links to the agreements",
          arguments: TestDatabase.available)
    func noAgreementNamesAndLinks(_ database: TestDatabase) async throws {
        let clock = TestClock()
        try await AccountsFixture.with(database, clock: clock) { app, fixture in
            let flags = try await IllnessFlagFixture.make(app, fixture, clock: clock)
            let refused = try await Store(app.db).sendIllnessAbsence(to: flags.team.code, period: IllnessFlagFixture.period, days: IllnessFlagFixture.days,
                                                                     by: flags.school, at: clock.now)
            guard case .failure(let refusal) = refused, case .noAgreement(let from, let to, let purpose, _) = refusal.reason else {
                Issue.record("not refused for want of an agreement: \(refused)"); return
            }
            #expect(from == NamedOrganisation(code: "200101", name: flags.schoolEntry.name))
            #expect(to == NamedOrganisation(code: flags.team.code, name: flags.team.name))
            #expect(purpose == .medicalEducation)

            let school = TestBrowser(app)
            try await school.signIn(TestAccounts.email("safeguardinglead", "200101"))
            try await school.get("/attendance/illness")
            let page = try await school.post("/attendance/illness/send", fields: [("from", "2025-09-01"), ("to", "2026-07-20"), ("days", "1"), ("team", flags.team.code)])
            #expect(page.status == .conflict)
            let summary = try #require(page.body.string.components(separatedBy: #"class="error-summary""#).dropFirst().first?.components(separatedBy: "</div>").first)
            #expect(summary.contains(flags.schoolEntry.name.asHTML) && summary.contains(flags.team.name.asHTML), "both organisations by name")
            #expect(summary.contains(#"href="/agreements""#), "the way onward")
            #expect(summary.contains("Ask your information governance (IG) lead to set one up"))
            #expect(!summary.contains("Not sent to \(flags.team.code)") && !summary.contains("between 200101"), "no bare codes")
        }
    }

    @Test("no error page shows HTTP's own words", arguments: [
        HTTPResponseStatus.badRequest, .unauthorized, .forbidden, .notFound, .methodNotAllowed, .requestTimeout, .conflict, .gone, .payloadTooLarge,
        .unsupportedMediaType, .unprocessableEntity, .tooManyRequests, .internalServerError, .badGateway, .serviceUnavailable,
    ])
    func plainTitles(_ status: HTTPResponseStatus) {
        let model = ErrorPage.Model(status: status, detail: ErrorPage.Model.plainDetail(for: status))
        #expect(model.title != status.reasonPhrase, "\(status.code)")
        #expect(!model.detail.contains(status.reasonPhrase), "\(status.code)")
    }

    @Test("a body over the limit and an address that does not exist answer in plain English", arguments: TestDatabase.available)
    func frameworkWordsNeverReachAPerson(_ database: TestDatabase) async throws {
        try await AccountsFixture.with(database) { app, _ in
            let large = try await TestBrowser(app).post("/sign-in", body: BodyLimitTests.upload(csrf: "x", bytes: 2_000_000), contentType: BodyLimitTests.multipart)
            #expect(large.status == .payloadTooLarge)
            #expect(!large.body.string.contains("Payload Too Large") && large.body.string.contains("What you sent is too large"))
            let missing = try await TestBrowser(app).get("/no-such-page")
            #expect(missing.status == .notFound && !missing.body.string.contains("Not Found"))
        }
    }
}
