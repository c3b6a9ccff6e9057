import Foundation
import SharewellCore
import SharewellStore
import SharewellTestSupport
@testable import SharewellWeb
import Testing
import VaporTesting

/// Issue 16, item 3: a form with several problems reports every one in its first answer (a 422
/// whose error summary links each to its field, with what was typed kept), not one round at a time.
@Suite("Every problem of a form in one answer")
struct EveryProblemAtOnceTests {
    /// The error summary's links, `#field` → message.
    static func summary(_ html: String) -> [String: [String]] {
        guard let start = html.range(of: #"class="error-summary""#), let end = html[start.upperBound...].range(of: "</ul>") else { return [:] }
        var links: [String: [String]] = [:]
        for part in html[start.upperBound..<end.lowerBound].components(separatedBy: "<a href=\"#").dropFirst() {
            let field = String(part.prefix { $0 != "\"" })
            let text = part.drop { $0 != ">" }.dropFirst().prefix { $0 != "<" }
            links[field, default: []].append(String(text).replacingOccurrences(of: "&#x27;", with: "'").replacingOccurrences(of: "&apos;", with: "'"))
        }
        return links
    }

    /// A browser signed in as `email`, on the page whose form it sends.
    static func onPage(_ app: Application, _ email: String, _ path: String) async throws -> TestBrowser {
        let browser = TestBrowser(app)
        try await browser.signIn(email)
        try await browser.get(path)
        return browser
    }

    static func expectLinked(_ html: String, _ expected: [(field: String, message: String)], sourceLocation: SourceLocation = #_sourceLocation) {
        let links = summary(html)
        for (field, message) in expected {
            #expect(links[field]?.contains { $0.contains(message) } == true, "\(field): \(message) in \(links)", sourceLocation: sourceLocation)
            #expect(html.contains(#"id="\#(field)""#), "the summary's link to \(field) lands on a field", sourceLocation: sourceLocation)
        }
        #expect(html.contains(#"tabindex="-1" autofocus="autofocus""#), "the summary takes focus", sourceLocation: sourceLocation)
    }

    @Test("the agreement form: fields that cannot be read, missing choices, an unknown party and two wrong dates, all at once", arguments: TestDatabase.available)
    func agreement(_ database: TestDatabase) async throws {
        try await AccountsFixture.with(database) { app, _ in
            let lead = try await Self.onPage(app, TestAccounts.email("informationGovernanceLead"), "/agreements/new")
            let bad = try await lead.post("/agreements", fields: [
                ("title", ""), ("parties", "P81001, ZZ999"), ("retentionMonths", "twelve"), ("dpiaReference", ""),
                ("start[day]", "31"), ("start[month]", "Feb"), ("start[year]", "2027"),
                ("review[day]", "1"), ("review[month]", ""), ("review[year]", "2027"),
                ("end[day]", " 1 "), ("end[month]", "Sept"), ("end[year]", "2027"), ("_form", "/agreements/new"),
            ])
            #expect(bad.status == .unprocessableEntity)
            let html = bad.body.string
            Self.expectLinked(html, [
                ("title", "Enter a title"), ("purpose", "Choose the purpose"), ("parties", "ZZ999 is not in the directory"),
                ("mode", "Choose bulk or case-by-case"), ("dataItems", "Choose the data items the agreement allows"),
                ("legalBases", "Choose at least one legal basis"), ("retentionMonths", "Enter the retention period as a whole number of months"),
                ("start", "The start date must be a real date: February 2027 has 28 days"), ("review-month", "The review date must include a month"),
            ])
            let order = ["Enter a title", "Choose the purpose", "ZZ999", "Choose bulk", "Choose the data items", "Choose at least one legal basis",
                         "Enter the retention period", "The start date", "The review date"].map { html.range(of: $0)?.lowerBound }
            #expect(order.allSatisfy { $0 != nil } && order.compactMap { $0 } == order.compactMap { $0 }.sorted(), "the summary reads down the form")
            for typed in [#"value="P81001, ZZ999""#, #"value="twelve""#, #"value="Feb""#, #"value="31""#, #"value="Sept""#, #"value=" 1 ""#] {
                #expect(html.contains(typed), "what was typed is kept: \(typed)")
            }
            #expect(try await lead.get("/agreements").body.string.contains("0 agreements"))
        }
    }

    @Test("the marks upload: a wrong period date, no hidden file problems: every bad line is named with it", arguments: TestDatabase.available)
    func marksUpload(_ database: TestDatabase) async throws {
        try await AccountsFixture.with(database) { app, fixture in
            let lead = try await Self.onPage(app, TestAccounts.email("safeguardinglead", "200101"), "/attendance/import")
            let upns = try await AttendanceImportRouteTests.marks(app, fixture).upns
            let csv = "upn,date,session,code\n\(upns[0]),2025-09-01,AM,ZZ\n\(upns[1]),2025-09-31,PM,/\n\(upns[1]),2025-09-02,AM,/\n"
            let res = try await EarlyHelpRouteTests.multipart(lead, "/attendance/import", file: "marks", csv, fields: [
                ("from[day]", "1"), ("from[month]", "13"), ("from[year]", "2025"), ("to[day]", "2"), ("to[month]", "9"), ("to[year]", ""),
            ])
            #expect(res.status == .unprocessableEntity)
            let html = res.body.string
            Self.expectLinked(html, [
                ("from-month", "The first day of the period must have a month from 1 to 12, or the month's name"),
                ("to-year", "The last day of the period must include a year"),
                ("marks", "Line 2, code: ‘ZZ’ is not a DfE attendance code."), ("marks", "Line 3, date: ‘2025-09-31’ is not a date"),
            ])
            #expect(html.contains(#"value="13""#) && html.contains(#"name="from[month]""#), "the period comes back as typed")
        }
    }

    @Test("the marks upload: pupils not on the roll come with the file's bad lines, each at its line, and nothing is stored", arguments: TestDatabase.available)
    func marksUploadUnknownPupils(_ database: TestDatabase) async throws {
        try await AccountsFixture.with(database) { app, fixture in
            let lead = try await Self.onPage(app, TestAccounts.email("safeguardinglead", "200101"), "/attendance/import")
            let upns = try await AttendanceImportRouteTests.marks(app, fixture).upns
            let stranger = try UPN.completing("801200005099").value
            let store = Store(app.db)
            let school = try #require(try await store.actingUser(fixture.foreignUser))
            let pupil = try #require(try await store.personRecords(for: school, at: Date()).records.first?.id)
            let before = try await store.attendance(of: pupil, for: school)
            let csv = "upn,date,session,code\n\(upns[0]),2025-09-01,AM,ZZ\n\(stranger),2025-09-01,AM,/\n\(upns[1]),2025-09-01,XM,/\n\(stranger),2025-09-02,AM,/\n"
            let res = try await EarlyHelpRouteTests.multipart(lead, "/attendance/import", file: "marks", csv, fields: [])
            #expect(res.status == .unprocessableEntity)
            #expect(Self.summary(res.body.string)["marks"] == [
                "Line 2, code: ‘ZZ’ is not a DfE attendance code.",
                "Line 3, upn: \(stranger) is not on this school's roll: send the pupil file first.",
                "Line 4, session: ‘XM’ is not a session: use AM or PM.",
            ])
            let api = try await Store(app.db).createAPIToken(organisationCode: "200101", name: "MIS", scopes: [.attendanceWrite], by: .system("test"), at: Date())
            let sent = try await TestBrowser(app).post("/api/v1/attendance/marks", body: csv, contentType: .init(type: "text", subType: "csv"),
                                                       headers: ["Authorization": "Bearer \(api.secret)"])
            #expect(sent.status == .unprocessableEntity)
            let problem = try JSONDecoder().decode(Problem.self, from: Data(sent.body.string.utf8))
            #expect(problem.errors?.map(\.message) == [
                "Line 2, code: ‘ZZ’ is not a DfE attendance code.",
                "Line 3, upn: \(stranger) is not on this school's roll: send the pupil file first.",
                "Line 4, session: ‘XM’ is not a session: use AM or PM.",
            ])
            #expect(try await store.attendance(of: pupil, for: school) == before, "nothing was stored")
        }
    }

    @Test("the marks upload: more bad lines and unknown pupils than a page lists are cut at the limit, in line order, saying there are more", arguments: TestDatabase.available)
    func marksUploadLimit(_ database: TestDatabase) async throws {
        try await AccountsFixture.with(database) { app, fixture in
            let lead = try await Self.onPage(app, TestAccounts.email("safeguardinglead", "200101"), "/attendance/import")
            let upns = try await AttendanceImportRouteTests.marks(app, fixture).upns
            let strangers = try (0..<15).map { try UPN.completing("8012000051\(String(format: "%02d", $0))").value }
            var rows = ["upn,date,session,code"]
            for (i, stranger) in strangers.enumerated() { rows += ["\(upns[0]),2025-09-\(String(format: "%02d", i + 1)),AM,ZZ", "\(stranger),2025-09-01,AM,/"] }
            let res = try await EarlyHelpRouteTests.multipart(lead, "/attendance/import", file: "marks", rows.joined(separator: "\n") + "\n", fields: [])
            #expect(res.status == .unprocessableEntity)
            let lines = Self.summary(res.body.string)["marks"] ?? []
            #expect(lines.count == 21 && lines.last == "There are more problems after these; nothing was stored.")
            #expect(lines.prefix(20).filter { $0.contains("is not on this school's roll") }.count == 10, "unknown pupils interleave with the bad lines")
            #expect(lines[1].hasPrefix("Line 3, upn: \(strangers[0])"))
        }
    }

    @Test("the council's people file: bad lines and an unknown person_ref in one answer, in line order", arguments: TestDatabase.available)
    func peopleFile(_ database: TestDatabase) async throws {
        try await AccountsFixture.with(database) { app, fixture in
            _ = try await EarlyHelpRouteTests.agreement(app, fixture)
            let council = try await Self.onPage(app, TestAccounts.email("practitioner", "353-eh"), "/early-help/indicators")
            let csv = "person_ref,code,category,source,date\nNOBODY,ASB,non-health,Police,2026-12-01\nNOBODY-2,NOT-A-CODE,non-health,Police,2026-12-01\n,ASB,non-health,Police,1/12/2026\n"
            let res = try await EarlyHelpRouteTests.multipart(council, "/early-help/indicators", file: "indicators", csv, fields: [])
            #expect(res.status == .unprocessableEntity)
            let lines = Self.summary(res.body.string)["indicators"] ?? []
            #expect(lines == [
                "Line 2, person_ref: NOBODY is not one of the council's people.",
                "Line 3, code: ‘NOT-A-CODE’ is not in the indicator catalogue.", "Line 3, person_ref: NOBODY-2 is not one of the council's people.",
                "Line 4, person_ref: Every row needs the council's reference for the person.", "Line 4, date: ‘1/12/2026’ is not a date written YYYY-MM-DD.",
            ])
        }
    }

    @Test("the consent form: a missing choice, a wrong date and the register's own checks, all at once, and nothing stored", arguments: TestDatabase.available)
    func consent(_ database: TestDatabase) async throws {
        try await AccountsFixture.with(database) { app, fixture in
            let path = "/records/\(fixture.ownRecord.uuidString.lowercased())/consent"
            let practitioner = try await Self.onPage(app, TestAccounts.email("practitioner"), path)
            let bad = try await practitioner.post(path, fields: [
                ("scope", "purpose:team-around-the-child"), ("givenBy", " "), ("method", ""),
                ("givenOn[day]", "31"), ("givenOn[month]", "2"), ("givenOn[year]", "2026"), ("note", "typed note"),
            ])
            #expect(bad.status == .unprocessableEntity)
            let html = bad.body.string
            Self.expectLinked(html, [
                ("kind", "Choose what happened"), ("givenBy", "Enter who gave, refused or withdrew consent"),
                ("method", "Enter how it was given"), ("givenOn", "must be a real date"),
            ])
            #expect(Self.summary(html).values.joined().count == 4, "each problem once: \(Self.summary(html))")
            let order = ["Choose what happened", "Enter who gave", "Enter how it was given", "must be a real date"].map { html.range(of: $0)?.lowerBound }
            #expect(order.allSatisfy { $0 != nil } && order.compactMap { $0 } == order.compactMap { $0 }.sorted(), "the summary reads down the form")
            #expect(html.contains("typed note") && html.contains(#"value="31""#), "what was typed is kept")
            #expect(html.contains("History (0 entries)"))

            let expiring = try await practitioner.post(path, fields: [
                ("kind", "refused"), ("scope", "purpose:team-around-the-child"), ("givenBy", ""), ("method", "letter"),
                ("givenOn[day]", "1"), ("givenOn[month]", "11"), ("givenOn[year]", "2026"),
                ("expires[day]", "1"), ("expires[month]", "12"), ("expires[year]", "2026"),
            ])
            #expect(expiring.status == .unprocessableEntity)
            Self.expectLinked(expiring.body.string, [("givenBy", "Enter who gave"), ("expires", "Only consent that was given can have an expiry date")])
        }
    }

    @Test("the opt-out form: an unknown patient id comes with the page's own problems", arguments: TestDatabase.available)
    func optOuts(_ database: TestDatabase) async throws {
        try await AccountsFixture.with(database) { app, _ in
            let gp = try await Self.onPage(app, TestAccounts.email("practitioner"), "/early-help/opt-outs")
            let bad = try await gp.post("/early-help/opt-outs", fields: [
                ("ids", "NOPE-1"), ("method", "carrier pigeon"), ("received_on[day]", "40"), ("received_on[month]", "1"), ("received_on[year]", "2026"),
            ])
            #expect(bad.status == .unprocessableEntity)
            let html = bad.body.string
            Self.expectLinked(html, [
                ("ids", "No registered patient has the practice patient id NOPE-1"), ("method", "Choose how the opt-out reached the practice"),
                ("received_on", "received"),
            ])
            #expect(Self.summary(html).values.joined().count == 3, "each problem once: \(Self.summary(html))")
            #expect(html.contains("NOPE-1") && html.contains(#"value="40""#), "what was typed is kept")
            #expect(html.contains("0 patients opted out"))
        }
    }

    @Test("the follow-up call form: the calls already made are checked with the page's own problems", arguments: TestDatabase.available)
    func followUpCall(_ database: TestDatabase) async throws {
        try await AccountsFixture.with(database) { app, fixture in
            let ids = try await AttendanceLiaisonRouteTests.sendList(app, fixture)
            let first = try #require(ids.first)
            let pupil = "/inbox/attendance/\(first.uuidString.lowercased())"
            let gp = try await Self.onPage(app, TestAccounts.email("safeguardingLead"), pupil)
            let made = try await gp.post("\(pupil)/calls", fields: [("day[day]", "20"), ("day[month]", "12"), ("day[year]", "2026"), ("outcome", "no-answer")])
            #expect(made.status == .seeOther)
            try await gp.get(pupil)
            let same = try await gp.post("\(pupil)/calls", fields: [("day[day]", "20"), ("day[month]", "12"), ("day[year]", "2026"), ("feedback", "said hello")])
            #expect(same.status == .unprocessableEntity)
            Self.expectLinked(same.body.string, [("day", "A call was already made on 2026-12-20"), ("outcome", "Choose what happened on the call")])
            #expect(same.body.string.contains("said hello"), "what was typed is kept")

            let unreadable = try await gp.post("\(pupil)/calls", fields: [("day[day]", "31"), ("day[month]", "2"), ("day[year]", "2026"), ("outcome", "no-answer"),
                                                                        ("feedback", "said hello")])
            #expect(unreadable.status == .unprocessableEntity)
            Self.expectLinked(unreadable.body.string, [("day", "must be a real date"), ("feedback", "Leave the letter and feedback blank when the parent was not reached")])
        }
    }

    @Test("adding an organisation: a code already in the directory is named with the form's other problems", arguments: TestDatabase.available)
    func directoryEntry(_ database: TestDatabase) async throws {
        try await AccountsFixture.with(database) { app, _ in
            let admin = try await Self.onPage(app, TestAccounts.email("administrator"), "/directory/new")
            let bad = try await admin.post("/directory", fields: [("code", "p81001"), ("kind", ""), ("name", "A second Mill Lane")])
            #expect(bad.status == .unprocessableEntity)
            Self.expectLinked(bad.body.string, [("code", "An organisation with the code P81001 is already in the directory"), ("kind", "Choose the kind of organisation")])
            #expect(bad.body.string.contains(#"value="A second Mill Lane""#))
        }
    }

    @Test("Add a user: a malformed email with the other problems, and a taken email with a short password", arguments: TestDatabase.available)
    func addUser(_ database: TestDatabase) async throws {
        try await AccountsFixture.with(database) { app, _ in
            let admin = try await Self.onPage(app, TestAccounts.email("administrator"), "/users/new")
            let first = try await admin.post("/users", ["name": "", "email": "not-an-email", "role": "", "password": ""])
            #expect(first.status == .unprocessableEntity)
            Self.expectLinked(first.body.string, [("name", "Enter their full name"), ("email", "Enter an email address in the correct format"), ("role", "Choose a role")])
            #expect(first.body.string.contains(#"value="not-an-email""#))

            let second = try await admin.post("/users", ["name": "Ann Other", "email": TestAccounts.email("analyst"), "role": "analyst", "password": "short"])
            #expect(second.status == .unprocessableEntity)
            Self.expectLinked(second.body.string, [("email", "There is already an account with this email address."), ("password", "Enter a first password of at least")])
            #expect(second.body.string.contains(#"value="Ann Other""#))
        }
    }
}
