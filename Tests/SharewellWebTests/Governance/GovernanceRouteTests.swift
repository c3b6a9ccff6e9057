import Foundation
import SharewellCore
import SharewellStore
import SharewellTestSupport
@testable import SharewellWeb
import Testing
import VaporTesting

@Suite("Governance pages over HTTP")
struct GovernanceRouteTests {
    static let agreementFields: [(String, String)] = [
        ("title", "Team around the child"), ("purpose", "team-around-the-child"), ("parties", "P81001, 200101"), ("discloser", ""),
        ("mode", "case-by-case"), ("dataItems[]", "name"), ("dataItems[]", "date-of-birth"), ("legalBases[]", "uk-gdpr-6-1-e"),
        ("legalBases[]", "uk-gdpr-9-2-g"), ("dpiaReference", ""), ("dpiaDate", ""), ("retentionMonths", "12"),
        ("start", "2026-09-01"), ("review", "2027-06-01"), ("end", "2027-08-31"), ("_form", "/agreements/new"),
    ]

    static func addSchoolIGLead(_ app: Application) async throws {
        _ = try await Store(app.db).addUser(NewUser(organisationCode: "200101", email: TestAccounts.email("informationgovernancelead", "200101"),
                                                    displayName: "School IG lead", role: .informationGovernanceLead, passwordHash: TestAccounts.passwordHash),
                                            by: .system("test"), at: Date())
    }

    /// A page's text with the entities Plot writes for quotes and ampersands read back (a borough's names have apostrophes).
    static func read(_ html: String) -> String {
        [("&#39;", "'"), ("&#x27;", "'"), ("&apos;", "'"), ("&quot;", "\""), ("&amp;", "&")].reduce(html) { $0.replacingOccurrences(of: $1.0, with: $1.1) }
    }

    @Test("an agreement drafted with its lists, approved by both IG leads, becomes active", arguments: TestDatabase.available)
    func agreementLifecycle(_ database: TestDatabase) async throws {
        try await AccountsFixture.with(database) { app, _ in
            try await Self.addSchoolIGLead(app)
            let practice = TestBrowser(app)
            try await practice.signIn(TestAccounts.email("informationGovernanceLead"))
            try await practice.get("/agreements/new")
            let created = try await practice.post("/agreements", fields: Self.agreementFields)
            #expect(created.status == .seeOther)
            let path = try #require(created.headers.first(name: .location))
            let repeated = try await practice.followed(try await practice.post("/agreements", fields: Self.agreementFields))
            #expect(repeated.body.string.contains("You sent that form more than once"), "a double click drafts nothing twice")
            try await practice.get("/agreements/new")
            let twice = try await practice.post("/agreements", fields: Self.agreementFields)
            #expect(twice.status == .unprocessableEntity && twice.body.string.contains("revise that agreement instead"), "a second live agreement for the same parties and purpose")
            #expect(twice.body.string.contains("href=\"\(path)/edit\"") && twice.body.string.contains(#"value="Team around the child""#), "a link to revise it, and what was typed")
            let page = try await practice.get(path)
            // The organisations awaited are named from the directory, with their codes (issue 16, item 4).
            let names = try await Store(app.db).organisationNames(["200101", "P81001"])
            func named(_ code: String) -> String { "\(names[code] ?? "?") (\(code))" }
            #expect(Self.read(page.body.string).contains("Awaiting approval by \(named("200101")), \(named("P81001"))"))
            #expect(!page.body.string.contains("Awaiting approval by 200101"))
            #expect(Self.read(try await practice.get("/agreements").body.string).contains("Awaiting approval by \(named("200101")), \(named("P81001"))"), "the list names them too")
            #expect(page.body.string.contains("Date of birth") && page.body.string.contains("UK GDPR Art. 9(2)(g)"))
            let unread = try await practice.post(path + "/approve", ["version": "2"])
            #expect(unread.status == .conflict && unread.body.string.contains("Version 1 was drafted after you opened this page"), "only the version read is approved")
            let approved = try await practice.post(path + "/approve", ["version": "1"])
            #expect(approved.status == .seeOther, "Post/Redirect/Get: a reload cannot approve again")
            let after = try await practice.followed(approved).body.string
            #expect(Self.read(after).contains("Awaiting approval by \(named("200101"))<") && after.contains("You approved version 1 for P81001."))

            let school = TestBrowser(app)
            try await school.signIn(TestAccounts.email("informationgovernancelead", "200101"))
            #expect(try await school.get("/").body.string.contains("Version 1 awaits your approval"))
            try await school.get(path)
            #expect(try await school.followed(try await school.post(path + "/approve", ["version": "1"])).body.string.contains(">Active<"))
            #expect(try await school.post(path + "/approve", ["version": "1"]).status == .conflict)

            // The school suspends; only the school can lift its suspension.
            let suspended = try await school.post(path + "/change", ["change": "suspended", "reason": "Breach under investigation"])
            #expect(suspended.status == .seeOther)
            #expect(try await school.followed(suspended).body.string.contains("The agreement is suspended."))
            let seen = try await practice.get(path).body.string
            #expect(seen.contains("Suspended by 200101; only they can resume it.") && !seen.contains(">Resume<"))
            let refused = try await practice.post(path + "/change", ["change": "resumed", "reason": "We see no breach"])
            #expect(refused.status == .unprocessableEntity && refused.body.string.contains("Only the party that suspended this agreement can resume it"))
            #expect(try await school.followed(try await school.post(path + "/change", ["change": "resumed", "reason": "Closed"])).body.string.contains(">Active<"))

            // Ending is asked once more on a page of its own; nothing ends until that is confirmed (issue 16).
            let asked = try await school.post(path + "/change", ["change": "ended", "reason": "No longer needed"])
            #expect(asked.status == .seeOther && asked.headers.first(name: .location) == path + "/end")
            #expect(try await school.get(path).body.string.contains(">Active<"), "the old form's End ends nothing")
            let question = try await school.get(path + "/end").body.string
            #expect(question.contains("End the agreement?") && question.contains("cannot be undone"))
            let unconfirmed = try await school.post(path + "/end", ["reason": "No longer needed"])
            #expect(unconfirmed.status == .unprocessableEntity && unconfirmed.body.string.contains("Confirm that the agreement is to end"))
            #expect(unconfirmed.body.string.contains("No longer needed"), "what was typed comes back")
            #expect(try await school.get(path).body.string.contains(">Active<"), "not ended without the confirmation")
            let noReason = try await school.post(path + "/end", fields: [("reason", ""), ("confirm[]", "yes")])
            let stillActive = try await school.get(path).body.string
            #expect(noReason.status == .unprocessableEntity && stillActive.contains(">Active<"))
            #expect(noReason.body.string.contains(#"value="yes" checked"#), "the confirmation stays ticked (review of issue 17, item 5)")
            let ended = try await school.post(path + "/end", fields: [("reason", "No longer needed"), ("confirm[]", "yes")])
            #expect(ended.status == .seeOther, "Post/Redirect/Get: a reload ends nothing again")
            let endedPage = try await school.followed(ended).body.string
            #expect(endedPage.contains("The agreement is ended.") && endedPage.contains(">Ended "))
        }
    }

    @Test("a bad agreement form comes back with every problem and stores nothing; one sent after a time-out comes back filled in")
    func agreementForm() async throws {
        let clock = TestClock()
        try await AccountsFixture.with(clock: clock) { app, _ in
            let lead = TestBrowser(app)
            try await lead.signIn(TestAccounts.email("informationGovernanceLead"))
            try await lead.get("/agreements/new")
            let bad = try await lead.post("/agreements", fields: [("title", ""), ("start", "2026-13-01"), ("_form", "/agreements/new")])
            #expect(bad.status == .unprocessableEntity)
            for message in ["Choose the purpose", "Choose bulk or case-by-case", "The start date must have a month from 1 to 12"] { #expect(bad.body.string.contains(message)) }
            #expect(try await lead.get("/agreements").body.string.contains("0 agreements"))

            clock.advance(by: Store.idleTimeout + 60)
            let late = try await lead.post("/agreements", fields: Self.agreementFields)
            #expect(late.headers.first(name: .location)?.hasPrefix("/sign-in?timed-out=1") == true)
            try await lead.signIn(TestAccounts.email("informationGovernanceLead"), return: "/agreements/new")
            let restored = try await lead.get("/agreements/new").body.string
            #expect(restored.contains("This has not been saved yet: we kept what you entered"))
            #expect(restored.contains(#"value="Team around the child""#))
            #expect(restored.contains(#"id="dataItems-date-of-birth" name="dataItems[]" value="date-of-birth" checked"#))
        }
    }

    @Test("consent is recorded on the record's register; a bad entry names its fields and stores nothing", arguments: TestDatabase.available)
    func consent(_ database: TestDatabase) async throws {
        try await AccountsFixture.with(database) { app, fixture in
            let path = "/records/\(fixture.ownRecord.uuidString.lowercased())/consent"
            let practitioner = TestBrowser(app)
            try await practitioner.signIn(TestAccounts.email("practitioner"))
            try await practitioner.get(path)
            let bad = try await practitioner.post(path, fields: [("kind", "refused"), ("scope", "purpose:team-around-the-child"), ("givenBy", ""), ("method", "x"), ("givenOn", "2026-11-01")])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.string.contains("Enter who gave, refused or withdrew consent"))
            #expect(bad.body.string.contains("History (0 entries)"))
            let good = try await practitioner.post(path, fields: [("kind", "refused"), ("scope", "purpose:team-around-the-child"), ("givenBy", "mother"),
                                                                  ("method", "verbally at a visit"), ("givenOn", "2026-11-01")])
            #expect(good.status == .seeOther, "Post/Redirect/Get: a reload records nothing twice")
            let recorded = try await practitioner.followed(good)
            #expect(recorded.body.string.contains("Recorded.") && recorded.body.string.contains("History (1 entry)") && recorded.body.string.contains("Consent refused"))
            let store = Store(app.db)
            let lead = try #require(try await store.actingUser(fixture.userIDs[.safeguardingLead]!))
            let entries = try #require(try await store.accessLog(forRecord: fixture.ownRecord, for: lead, at: Date()))
            #expect(entries.contains { $0.action == "record-consent" && $0.detail.hasPrefix("refused") })
        }
    }

    @Test("a decision needing a justification is not recorded without one; recorded, only its organisation can read it", arguments: TestDatabase.available)
    func decision(_ database: TestDatabase) async throws {
        try await AccountsFixture.with(database) { app, fixture in
            let practitioner = TestBrowser(app)
            try await practitioner.signIn(TestAccounts.email("practitioner"))
            try await practitioner.get("/can-i-share?record=\(fixture.ownRecord.uuidString.lowercased())")
            var fields: [(String, String)] = [("recipient", "200101"), ("purpose", "team-around-the-child"), ("record", fixture.ownRecord.uuidString.lowercased()),
                                              ("identifiable", "yes"), ("confidential", "yes"), ("consent", "not-sought"), ("significantHarm", "no"),
                                              ("publicInterest", "no"), ("consentWouldEndanger", "yes")]
            let decided = try await practitioner.post("/can-i-share", fields: fields + [("action", "decide")])
            // No agreement covers this pair and purpose: the lawful answer is to share directly (issue 16, item 5).
            #expect(decided.body.string.contains("Share it directly, not through Sharewell"))
            #expect(decided.body.string.contains("Seeking consent would itself put the child at risk"))
            #expect(try await practitioner.post("/can-i-share", fields: fields + [("action", "record")]).status == .unprocessableEntity)
            fields.append(("justification", "Father is the alleged abuser"))
            let recorded = try await practitioner.post("/can-i-share", fields: fields + [("action", "record")])
            let path = try #require(recorded.headers.first(name: .location))
            #expect(try await practitioner.get(path).body.string.contains("Father is the alleged abuser"))
            let school = TestBrowser(app)
            try await school.signIn(TestAccounts.email("safeguardinglead", "200101"))
            #expect(try await school.get(String(path.prefix { $0 != "?" })).status == .notFound)
        }
    }
}
