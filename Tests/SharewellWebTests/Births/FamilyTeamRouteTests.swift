import Foundation
import SharewellCore
import SharewellStore
import SharewellTestSupport
@testable import SharewellWeb
import Testing
import VaporTesting

/// The team around the family and the 14-day referral through the pages (issue 18, item 4).
@Suite("Team around the family pages")
struct FamilyTeamRouteTests {
    static func with(_ database: TestDatabase, _ test: (Application, TestClock) async throws -> Void) async throws {
        let clock = TestClock()
        try await withSharewell(database, organisations: BirthsBorough.organisations + BirthsBorough.teamOrganisations, clock: clock, prepare: { store in
            let p = try await BirthsBorough.prepare(store, passwordHash: TestAccounts.passwordHash, withOrganisations: false, at: clock.now)
            try await BirthsBorough.prepareTeams(store, earlyYears: p["353-EY"]!, passwordHash: TestAccounts.passwordHash, withOrganisations: false, at: clock.now)
        }, { app in try await test(app, clock) })
    }

    static func date(_ name: String, _ day: CalendarDate) -> [(String, String)] {
        [("\(name)[day]", String(day.day)), ("\(name)[month]", String(day.month)), ("\(name)[year]", String(day.year))]
    }

    @Test("the early years team lists the centre's team; a registration with consent forms it; health visiting and the centre share within it; a refused form keeps what was typed",
          arguments: TestDatabase.available)
    func team(_ database: TestDatabase) async throws {
        try await Self.with(database) { app, clock in
            let team = try await BirthsFixture.signedIn(app, at: "353-EY")
            #expect(try await team.get("/births/teams").body.string.contains("Mill Children's Centre (600101): the centre's team"))
            let wrong = try await team.post("/births/teams/600101", fields: [("members[]", "RX401"), ("members[]", "RX402")])
            #expect(wrong.status == .unprocessableEntity && wrong.body.string.contains("is not an organisation a team around the family may include"))
            try await team.get("/births/teams")
            #expect(try await team.post("/births/teams/600101", fields: [("members[]", "RX401"), ("members[]", "353-EH")]).status == .seeOther)

            let maternity = try await BirthsFixture.signedIn(app, at: "RX402")
            try await maternity.get("/births/send")
            #expect(try await BirthsFixture.upload(maternity, BirthsBorough.csv).status == .seeOther)
            let centre = try await BirthsFixture.signedIn(app, at: "600101")
            let link = try #require(BirthsRouteTests.firstBirthLink(try await centre.get("/births").body.string))
            let page = try await centre.get(link).body.string
            #expect(page.contains("Team around the family") && page.contains("The team: Early Help (353-EH); Health Visiting (RX401)."))
            let day = CalendarDate(inEngland: Date(timeIntervalSince1970: 1_800_000_000))
            let changed = try await centre.post(link + "/registration", fields: Self.date("on", day) + [("members", "RX401"), ("team[]", "yes")])
            #expect(changed.status == .unprocessableEntity && changed.body.string.contains("The centre's team changed since this page was shown"))
            let box = try #require(changed.body.string.range(of: #"<input[^>]*id="team"[^>]*>"#, options: .regularExpression).map { String(changed.body.string[$0]) })
            #expect(!box.contains("checked"), "the tick given for another team is cleared: the parent is asked again")
            try await centre.get(link)
            let registered = try await centre.post(link + "/registration", fields: Self.date("on", day) + [("members", "353-EH RX401"), ("team[]", "yes")])
            #expect(registered.status == .seeOther)
            let formed = try await centre.followed(registered).body.string
            #expect(formed.contains("the family's team is formed, but 1 member could not be sent the family"))
            #expect(formed.contains("Ada Listed"))

            let visitor = try await BirthsFixture.signedIn(app, at: "RX401")
            let families = try await visitor.get("/births/families").body.string
            let familyLink = try #require(families.range(of: #"/births/families/[0-9a-f-]{36}"#, options: .regularExpression).map { String(families[$0]) })
            try await visitor.get(familyLink)
            let empty = try await visitor.post(familyLink + "/notes", fields: [("note", "   ")])
            #expect(empty.status == .unprocessableEntity && empty.body.string.contains("Enter the information to share"))
            let long = String(repeating: "a", count: FamilyTeam.noteLimit + 1)
            let tooLong = try await visitor.post(familyLink + "/notes", fields: [("note", long)])
            #expect(tooLong.status == .unprocessableEntity && tooLong.body.string.contains(long), "what was typed comes back")
            clock.advance(by: Store.idleTimeout + 60)
            let late = try await visitor.post(familyLink + "/notes", fields: [("note", "Weighed 4.1 kg <b>at 14 days</b>"), ("_form", familyLink)])
            #expect(late.headers.first(name: .location)?.hasPrefix("/sign-in?timed-out=1") == true)
            try await visitor.signIn(BirthsBorough.email("RX401"), return: familyLink)
            #expect(try await visitor.get(familyLink).body.string.contains("Weighed 4.1 kg &lt;b&gt;at 14 days&lt;/b&gt;</textarea>"), "the note typed comes back")
            try await centre.signIn(BirthsBorough.email("600101"))
            let shared = try await visitor.post(familyLink + "/notes", fields: [("note", "Weighed 4.1 kg <b>at 14 days</b>")])
            #expect(shared.status == .seeOther)
            #expect(try await visitor.followed(shared).body.string.contains("Shared with 1 member of the team."))
            let seen = try await centre.get(familyLink).body.string
            #expect(seen.contains("Weighed 4.1 kg &lt;b&gt;at 14 days&lt;/b&gt;"), "a member's words are escaped")
            let outsider = try await BirthsFixture.signedIn(app, at: "600102")
            #expect(try await outsider.get(familyLink).status == .notFound)

            try await centre.get(familyLink)
            #expect(try await centre.post(familyLink + "/withdraw", fields: []).status == .seeOther)
            #expect(try await visitor.get(familyLink).status == .notFound)
        }
    }

    @Test("a health visitor refers a family with the parent's permission; without it the form comes back as typed; the centre records its first contact",
          arguments: TestDatabase.available)
    func referral(_ database: TestDatabase) async throws {
        try await Self.with(database) { app, clock in
            let visitor = try await BirthsFixture.signedIn(app, at: "RX401")
            #expect(try await visitor.get("/births/referrals/new").status == .ok)
            let born = CalendarDate(inEngland: Date(timeIntervalSince1970: 1_800_000_000)).advanced(by: -14)
            let permitted = born.advanced(by: 14)
            let fields = [("parentGivenName", "Fay"), ("parentFamilyName", "Referred"), ("address", "6 Mill Lane"), ("postcode", "AW1 1XY"),
                          ("reason", "Isolated first-time parent")] + Self.date("born", born) + Self.date("permissionOn", permitted)
            let refused = try await visitor.post("/births/referrals", fields: fields)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("A family is referred only with the parent's permission"))
            #expect(refused.body.string.contains(#"value="Referred""#) && refused.body.string.contains("Isolated first-time parent"))
            // What was typed survives the session timing out before it is sent.
            clock.advance(by: Store.idleTimeout + 60)
            let late = try await visitor.post("/births/referrals", fields: fields + [("permission[]", "yes"), ("_form", "/births/referrals/new")])
            #expect(late.headers.first(name: .location)?.hasPrefix("/sign-in?timed-out=1") == true)
            try await visitor.signIn(BirthsBorough.email("RX401"), return: "/births/referrals/new")
            let restored = try await visitor.get("/births/referrals/new").body.string
            #expect(restored.contains("This has not been saved yet") && restored.contains(#"value="Referred""#) && restored.contains("Isolated first-time parent"))
            let sent = try await visitor.post("/births/referrals", fields: fields + [("permission[]", "yes")])
            #expect(sent.status == .seeOther)
            #expect(try await visitor.followed(sent).body.string.contains("600101"))

            let centre = try await BirthsFixture.signedIn(app, at: "600101")
            let list = try await centre.get("/births/referrals").body.string
            let link = try #require(list.range(of: #"/births/referrals/[0-9a-f-]{36}"#, options: .regularExpression).map { String(list[$0]) })
            #expect(try await centre.get(link).body.string.contains("Isolated first-time parent"))
            let early = try await centre.post(link + "/contact", fields: Self.date("on", born.advanced(by: -400)))
            #expect(early.status == .unprocessableEntity)
            try await centre.get(link)
            #expect(try await centre.post(link + "/contact", fields: Self.date("on", permitted)).status == .seeOther)
            #expect(try await centre.get("/births/referrals").body.string.contains("<td>\(permitted)</td>"))
            #expect(try await app.auditCount("referral-viewed", subject: nil) >= 1)
        }
    }
}
