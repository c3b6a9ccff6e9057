import Foundation
import SharewellCore
import SharewellStore
import SharewellTestSupport
@testable import SharewellWeb
import Testing
import VaporTesting

/// The medical education team records what it did with each flagged pupil (issue 16, item 11).
@Suite("What the medical education team did")
struct MedicalEducationActionTests {
    @Test("the team records an action: no action needs a reason (422, typed text kept); a later record replaces the shown one, history kept, audited",
          arguments: TestDatabase.available)
    func record(_ database: TestDatabase) async throws {
        let clock = TestClock()
        try await Self.withFlaggedPupil(database, clock: clock) { app, _, team, link in
            #expect(team.lastHTML.contains("Nothing recorded yet"))
            #expect(try await team.get(link).status == .ok)
            #expect(team.lastHTML.contains("Nothing has been recorded for this pupil yet."))
            #expect(!team.lastHTML.contains("checked"), "no action is chosen for the team")

            let bad = try await team.post(link, ["kind": "no-action", "reason": "  "])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.string.contains("<title>Error: "))
            #expect(bad.body.string.contains("Enter why no action is needed"))
            #expect(bad.body.string.contains(#"value="no-action" checked"#), "what was chosen is kept")
            let unchosen = try await team.post(link, ["reason": "Typed before choosing"])
            #expect(unchosen.status == .unprocessableEntity && unchosen.body.string.contains("Choose what you did"))
            #expect(unchosen.body.string.contains("Typed before choosing"), "what was typed is kept")
            #expect(try await app.rowCount("medical_education_actions") == 0)

            let first = try await team.post(link, ["kind": "referred-to-panel", "reason": "Panel <meets> on 12 January"])
            #expect(first.status == .seeOther, "Post/Redirect/Get")
            let inbox = try await team.followed(first)
            let when = AgreementPage.time(clock.now)
            #expect(inbox.body.string.contains("What you did is recorded."))
            #expect(inbox.body.string.contains("Referred to the panel: Panel &lt;meets&gt; on 12 January (Sam Patel, \(when))"))

            clock.advance(by: 600)  // ten minutes later, within the session
            let second = try await team.post(link, ["kind": "contacted-school", "reason": ""])
            #expect(second.status == .seeOther)
            let later = try await team.followed(second)
            #expect(later.body.string.contains("Contacted the school (Sam Patel, \(AgreementPage.time(clock.now)))"))
            #expect(!later.body.string.contains("Referred to the panel"), "the later record replaces the shown outcome")
            try await team.get(link)
            #expect(team.lastHTML.contains("Contacted the school") && team.lastHTML.contains("Referred to the panel"), "the history is kept")
            #expect(try await app.rowCount("medical_education_actions") == 2)
            let subject = "illness_referral:" + link.split(separator: "/").last!
            #expect(try await app.auditCount("medical-education-action", subject: subject) == 2)
        }
    }

    @Test("only the team that received the flag may record: another team finds no such pupil, another kind of organisation is refused",
          arguments: TestDatabase.available)
    func scope(_ database: TestDatabase) async throws {
        let clock = TestClock()
        try await Self.withFlaggedPupil(database, clock: clock) { app, flags, _, link in
            var other = flags.team
            other = DirectoryEntry(code: "LA9-MET", kind: .medicalEducation, name: "Another medical education team", addressLine: other.addressLine,
                                   town: other.town, postcode: other.postcode, secureMailbox: "la9@met.example", directPhone: other.directPhone,
                                   safeguardingLead: other.safeguardingLead, deputySafeguardingLead: other.deputySafeguardingLead)
            try await Store(app.db).addOrganisations([other])
            let stranger = try await IllnessFlagFixture(school: flags.school, team: other, schoolEntry: flags.schoolEntry).teamMember(app, "Jo Stranger", clock: clock)
            try await stranger.get("/inbox/medical-education")
            #expect(stranger.lastHTML.contains("0 pupils"))
            #expect(try await stranger.get(link).status == .notFound)
            #expect(try await stranger.post(link, ["kind": "contacted-school", "reason": ""]).status == .notFound)

            let practice = TestBrowser(app)
            try await practice.signIn(TestAccounts.email("practitioner"))
            try await practice.get("/")
            #expect(try await practice.post(link, ["kind": "contacted-school", "reason": ""]).status == .forbidden)
            #expect(try await app.rowCount("medical_education_actions") == 0)
        }
    }

    /// The school's list flagged to the team under an agreement; a member of the team signed in on
    /// the inbox, and the address of the first pupil in it.
    static func withFlaggedPupil(_ database: TestDatabase, clock: TestClock,
                                 _ test: (Application, IllnessFlagFixture, TestBrowser, String) async throws -> Void) async throws {
        try await AccountsFixture.with(database, clock: clock) { app, fixture in
            let flags = try await IllnessFlagFixture.make(app, fixture, clock: clock)
            #expect(!(try await flags.agreeAndSend(app, clock: clock)).people.isEmpty)
            let team = try await flags.teamMember(app, "Sam Patel", clock: clock)
            try await team.get("/inbox/medical-education")
            try await test(app, flags, team, try #require(Self.firstPupilLink(team.lastHTML)))
        }
    }

    static func firstPupilLink(_ html: String) -> String? {
        guard let range = html.range(of: #"href="/inbox/medical-education/"#) else { return nil }
        return "/inbox/medical-education/" + html[range.upperBound...].prefix { $0 != "\"" }
    }
}
