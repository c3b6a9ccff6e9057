import Foundation
import SharewellCore
import SharewellStore
import SharewellTestSupport
@testable import SharewellWeb
import Testing
import VaporTesting

/// The second hostile review's findings, each as its class (review of issue 17, items 4, 5, 8–11).
@Suite("Hostile input")
struct HostileInputTests {
    static func text(_ html: String) -> String {
        html.replacingOccurrences(of: "<[^>]+>", with: " ", options: .regularExpression).replacingOccurrences(of: "&#39;", with: "'")
    }

    @Test("year 0000 and 9999 are refused in every kind of date: three boxes, an old link's ISO date, a period, a consent, an agreement",
          arguments: TestDatabase.available)
    func implausibleYears(_ database: TestDatabase) async throws {
        try await AccountsFixture.with(database) { app, fixture in
            let school = TestBrowser(app)
            try await school.signIn(TestAccounts.email("safeguardinglead", "200101"))
            for path in ["/attendance/illness?from=0000-01-01&to=0000-01-31&days=3", "/attendance/poor?from=9999-01-01&to=9999-01-31&below=90",
                         "/attendance/illness?from[day]=1&from[month]=1&from[year]=0000&to[day]=31&to[month]=1&to[year]=0000&days=3"] {
                let res = try await school.get(path)
                #expect(res.status == .unprocessableEntity && res.body.string.contains("The first day must be 15 January 2017 or later")
                        || res.body.string.contains("The first day must be 15 January 2028 or earlier"), "\(path): \(res.status)")
            }
            let practitioner = TestBrowser(app)
            try await practitioner.signIn(TestAccounts.email("practitioner"))
            let consent = "/records/\(fixture.ownRecord.uuidString.lowercased())/consent"
            try await practitioner.get(consent)
            let before = try await app.rowCount("consent_entries")
            for year in ["0000", "9999"] {
                let res = try await practitioner.post(consent, fields: [("kind", "refused"), ("scope", "purpose:team-around-the-child"), ("givenBy", "Parent"),
                                                                       ("method", "in person"), ("givenOn[day]", "1"), ("givenOn[month]", "1"), ("givenOn[year]", year)])
                #expect(res.status == .unprocessableEntity, "\(year)")
                #expect(res.body.string.contains(year == "0000" ? "The date must be 15 January 2002 or later" : "The date must be today or in the past"))
            }
            #expect(try await app.rowCount("consent_entries") == before)

            let lead = TestBrowser(app)
            try await lead.signIn(TestAccounts.email("informationGovernanceLead"))
            try await lead.get("/agreements/new")
            let fields = GovernanceRouteTests.agreementFields.filter { !["start", "end"].contains($0.0) } + [("start", "0000-01-01"), ("end", "9999-12-31")]
            let agreement = try await lead.post("/agreements", fields: fields)
            #expect(agreement.status == .unprocessableEntity)
            #expect(agreement.body.string.contains("The start date must be 15 January 2007 or later")
                    && agreement.body.string.contains("The end date must be 15 January 2052 or earlier"))
        }
    }

    @Test("a long path segment is a 404, never a 500; a path climbing out of the service is a 403 that says why", arguments: TestDatabase.available)
    func longPaths(_ database: TestDatabase) async throws {
        try await AccountsFixture.with(database) { app, _ in
            let anyone = TestBrowser(app)
            for length in [255, 256, 1_000, 5_000] {
                #expect(try await anyone.get("/" + String(repeating: "a", count: length)).status == .notFound, "\(length)")
            }
            #expect(try await anyone.get("/style/" + String(repeating: "é", count: 300)).status == .notFound)
            let climbing = try await anyone.get("/..%2f..%2fetc")
            #expect(climbing.status == .forbidden && climbing.body.string.contains("outside the service"))
            let team = TestBrowser(app)
            try await team.signIn(TestAccounts.email("safeguardingLead"))
            #expect(try await team.get("/records/" + String(repeating: "a", count: 5_000)).status == .notFound)
            #expect(try await anyone.get("/sharewell.css").status == .ok, "the stylesheet is still served")
        }
    }

    @Test("a control character is refused in a multipart form's text as in a URL-encoded one, naming the field; a file's own bytes are not looked at",
          arguments: TestDatabase.available)
    func controlCharacters(_ database: TestDatabase) async throws {
        try await AccountsFixture.with(database) { app, _ in
            let lead = TestBrowser(app)
            try await lead.signIn(TestAccounts.email("informationGovernanceLead"))
            try await lead.get("/agreements/new")
            let boundary = "sharewell-boundary"
            for control in ["\u{0}", "\u{1B}", "\u{7F}"] {
                var body = "--\(boundary)\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n\(lead.csrf ?? "")\r\n"
                for (name, value) in GovernanceRouteTests.agreementFields where name != "title" {
                    body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n"
                }
                body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nmulti\(control)part\r\n--\(boundary)--\r\n"
                let res = try await lead.post("/agreements", body: body, contentType: HTTPMediaType(type: "multipart", subType: "form-data", parameters: ["boundary": boundary]))
                #expect(res.status == .badRequest && res.body.string.contains("‘title’ holds a control character"), "\(control.unicodeScalars.first!.value): \(res.status)")
                let encoded = try await lead.post("/agreements", fields: GovernanceRouteTests.agreementFields.filter { $0.0 != "title" } + [("title", "url\(control)encoded")])
                #expect(encoded.status == .badRequest, "URL-encoded \(control.unicodeScalars.first!.value)")
            }
            #expect(try await app.rowCount("agreements") == 0)
            let fine = try await lead.post("/agreements", fields: GovernanceRouteTests.agreementFields.filter { $0.0 != "title" } + [("title", "Tab\tand\r\nlines")])
            #expect(fine.status == .seeOther, "a tab and line breaks are text")
        }
    }

    @Test("typed text comes back: an over-long justification at the decision step, an over-long look-up, the end confirmation ticked",
          arguments: TestDatabase.available)
    func typedTextKept(_ database: TestDatabase) async throws {
        try await AccountsFixture.with(database) { app, fixture in
            let long = String(repeating: "Z", count: 25_000)
            let practitioner = TestBrowser(app)
            try await practitioner.signIn(TestAccounts.email("practitioner"))
            try await practitioner.get("/can-i-share")
            let decision: [(String, String)] = [("_form", "/can-i-share"), ("record", fixture.ownRecord.uuidString.lowercased()), ("recipient", "200101"),
                                                ("purpose", "team-around-the-child"), ("identifiable", "yes"), ("confidential", "yes"), ("consent", "not-sought"),
                                                ("significantHarm", "yes"), ("publicInterest", "no"), ("consentWouldEndanger", "no")]
            let kept = try await practitioner.followed(try await practitioner.post("/can-i-share", fields: decision + [("action", "record"), ("justification", long)]))
            #expect(kept.body.string.contains(long), "the justification comes back")
            #expect(kept.body.string.contains(#"id="decision""#) && kept.body.string.contains("Record this decision"), "at the decision step")
            #expect(kept.body.string.contains("what you typed in ‘justification’ is longer than"))

            let ig = TestBrowser(app)
            try await ig.signIn(TestAccounts.email("informationGovernanceLead"))
            try await ig.get("/access-log")
            let lookUp = try await ig.followed(try await ig.post("/access-log", fields: [("_form", "/access-log"), ("number", long)]))
            #expect(lookUp.body.string.contains(long), "the look-up comes back")
        }
    }

    @Test("the medical education form keeps an over-long reason and the choice made", arguments: TestDatabase.available)
    func medicalEducationKept(_ database: TestDatabase) async throws {
        try await MedicalEducationActionTests.withFlaggedPupil(database, clock: TestClock()) { app, _, team, link in
            try await team.get(link)
            let long = String(repeating: "Y", count: 25_000)
            let res = try await team.post(link, fields: [("_form", link), ("kind", "contacted-school"), ("reason", long)])
            #expect(res.status == .seeOther)
            let back = try await team.followed(res).body.string
            #expect(back.contains(long) && back.contains(#"value="contacted-school" checked"#))
            #expect(try await app.rowCount("medical_education_actions") == 0)
            try await team.get(link)
            let nul = try await EarlyHelpRouteTests.multipart(team, link, file: "unused", "", fields: [("kind", "contacted-school"), ("reason", "multi\u{0}part NUL")])
            #expect(nul.status == .badRequest && nul.body.string.contains("‘reason’ holds a control character"))
            #expect(try await app.rowCount("medical_education_actions") == 0, "nothing cut short is saved")
        }
    }

    @Test("a notice in an address the server did not write shows nothing; one it wrote shows its counts", arguments: TestDatabase.available)
    func craftedNotices(_ database: TestDatabase) async throws {
        try await AccountsFixture.with(database) { app, fixture in
            let practitioner = TestBrowser(app)
            try await practitioner.signIn(TestAccounts.email("practitioner"))
            for path in ["/inbox/attendance?done=letters&count=5000&told=0&refused=0", "/early-help/opt-outs?done=opt-outs&added=5000&already=0",
                         "/inbox/attendance?done=letters&count=5000&told=0&refused=0&seal=00000000000000000000000000000000"] {
                let body = try await practitioner.get(path).body.string
                #expect(!body.contains("5000") && !body.contains("5,000"), "\(path)")
            }
            let user = try #require(try await Store(app.db).actingUser(fixture.userIDs[.practitioner]!))
            let request = Request(application: app, on: app.eventLoopGroup.next())
            request.auth.login(user)
            let sealed = Done.redirect(request, to: "/early-help/opt-outs", "opt-outs", [("added", 2), ("already", 0)])
            let location = try #require(sealed.headers.first(name: .location))
            #expect(try await practitioner.get(location).body.string.contains("Recorded 2 opt-outs"), "the server's own redirect shows its notice")
            let forged = location.replacingOccurrences(of: "added=2", with: "added=5000")
            #expect(!(try await practitioner.get(forged).body.string.contains("5000")), "a count changed in the address shows nothing")
            let colleague = try await TestBrowser.signedIn(app, TestAccounts.email("safeguardingLead"))
            #expect(!(try await colleague.get(location).body.string.contains("Recorded 2")), "nor does another person's link")
        }
    }

    @Test("“Can I share this?” refuses at the decision step a recipient not in the directory, or the user's own organisation; opt-outs take only the listed ways",
          arguments: TestDatabase.available)
    func recipientsAndChoices(_ database: TestDatabase) async throws {
        try await AccountsFixture.with(database) { app, _ in
            let practitioner = TestBrowser(app)
            try await practitioner.signIn(TestAccounts.email("practitioner"))
            let facts: [(String, String)] = [("purpose", "team-around-the-child"), ("identifiable", "yes"), ("confidential", "yes"), ("consent", "given"),
                                             ("significantHarm", "no"), ("publicInterest", "no"), ("consentWouldEndanger", "no")]
            for (recipient, message) in [("NOPE", "Choose an organisation from the list"), ("P81001", "sharing outside your own organisation")] {
                for action in ["decide", "record"] {
                    try await practitioner.get("/can-i-share")
                    let res = try await practitioner.post("/can-i-share", fields: facts + [("recipient", recipient), ("action", action)])
                    #expect(res.status == .unprocessableEntity && res.body.string.contains(message) && !res.body.string.contains(#"id="decision""#), "\(recipient) \(action)")
                }
            }
            #expect(try await app.rowCount("sharing_decisions") == 0)
            try await practitioner.get("/early-help/opt-outs")
            let bogus = try await practitioner.post("/early-help/opt-outs", fields: [("ids", "123"), ("method", "form"), ("received_on", "2027-01-10")])
            #expect(bogus.status == .unprocessableEntity && bogus.body.string.contains("Choose how the opt-out reached the practice"))
        }
    }

    @Test("typed text holding a direction override is shown isolated (FSI…PDI), and a text box gives it back exactly as typed", arguments: TestDatabase.available)
    func directionControls(_ database: TestDatabase) async throws {
        try await AccountsFixture.with(database) { app, fixture in
            let practitioner = TestBrowser(app)
            try await practitioner.signIn(TestAccounts.email("practitioner"))
            try await practitioner.get("/can-i-share")
            let typed = "Parent\u{200B} asked\u{202E}gnp.exe"
            let fields: [(String, String)] = [("record", fixture.ownRecord.uuidString.lowercased()), ("recipient", "200101"), ("purpose", "team-around-the-child"),
                                              ("identifiable", "yes"), ("confidential", "yes"), ("consent", "not-sought"), ("significantHarm", "yes"),
                                              ("publicInterest", "no"), ("consentWouldEndanger", "no"), ("justification", typed)]
            let decided = try await practitioner.post("/can-i-share", fields: fields + [("action", "decide")])
            #expect(decided.body.string.contains(">\(typed)</textarea>"), "the text box holds exactly what was typed")
            let recorded = try await practitioner.followed(try await practitioner.post("/can-i-share", fields: fields + [("action", "record")]))
            #expect(recorded.body.string.contains("\u{2068}\(typed)\u{2069}"), "shown isolated")
            #expect(!recorded.body.string.contains("\(typed)<"), "never shown unisolated")
        }
    }

    @Test("a refusal names the user's organisation, the role needed and whom to ask; an administrator is not told to ask the administrator",
          arguments: TestDatabase.available)
    func refusalWords(_ database: TestDatabase) async throws {
        try await AccountsFixture.with(database) { app, _ in
            let name = try #require(try await Store(app.db).organisation(code: "P81001")).name
            let admin = TestBrowser(app)
            try await admin.signIn(TestAccounts.email("administrator"))
            let refused = try await admin.get("/records")
            let words = Self.text(refused.body.string)
            #expect(refused.status == .forbidden)
            #expect(words.contains("Your account at \(name) (P81001) is an administrator, which cannot see children's and families' records"), "\(words.prefix(800))")
            #expect(words.contains("safeguarding lead") && words.contains("practitioner"), "the roles that can")
            #expect(!words.contains("Ask your organisation's administrator"))
            let analyst = TestBrowser(app)
            try await analyst.signIn(TestAccounts.email("analyst"))
            let asked = Self.text(try await analyst.get("/records").body.string)
            #expect(asked.contains("ask an administrator of \(name) (P81001) for an account with that role"))
            let inbox = Self.text(try await TestBrowser.signedIn(app, TestAccounts.email("practitioner")).get("/inbox/medical-education").body.string)
            #expect(inbox.contains("The health-related absence inbox is for medical education teams") && inbox.contains("You are signed in for \(name) (P81001)"),
                    "\(inbox.prefix(800))")
            #expect(!inbox.contains("the LA medical education team"))
        }
    }
}

extension TestBrowser {
    static func signedIn(_ app: Application, _ email: String) async throws -> TestBrowser {
        let browser = TestBrowser(app)
        try await browser.signIn(email)
        return browser
    }
}
