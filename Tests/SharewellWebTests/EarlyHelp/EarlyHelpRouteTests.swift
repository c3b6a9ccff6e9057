import Foundation
import SQLKit
import SharewellCore
import SharewellStore
import SharewellTestSupport
@testable import SharewellWeb
import Testing
import VaporTesting

/// Early help data matching over HTTP: the practice tells its patients, records opt-outs and sends
/// its list; the council matches it; each side is refused the other's pages (issue 8).
@Suite("Early help data matching over HTTP")
struct EarlyHelpRouteTests {
    static let now = Date(timeIntervalSince1970: 1_800_000_000)  // 2027-01-15

    /// A council worker at 353-EH and an agreement between P81001 and 353-EH both IG leads approved.
    /// Returns the council worker.
    static func agreement(_ app: Application, _ fixture: AccountsFixture) async throws -> ActingUser {
        let store = Store(app.db)
        var council: [Role: ActingUser] = [:]
        for role in [Role.practitioner, .informationGovernanceLead, .analyst] {
            let id = try await store.addUser(NewUser(organisationCode: "353-EH", email: TestAccounts.email(role.rawValue, "353-eh"), displayName: "Council \(role.rawValue)",
                                                     role: role, passwordHash: TestAccounts.passwordHash), by: .system("t"), at: now)
            council[role] = try #require(try await store.actingUser(id)) as ActingUser
        }
        let practiceIG = try #require(try await store.actingUser(fixture.userIDs[.informationGovernanceLead]!))
        let councilIG = council[.informationGovernanceLead]!
        let terms = AgreementTerms(title: "Early help data matching", purpose: .earlyHelpDataMatching, parties: ["P81001", "353-EH"], discloser: nil, bulk: true,
                                   dataItems: Store.patientListItems + [.demandCodes, .councilIndicators, .caseNotes], legalBases: [.art6PublicTask, .art9HealthOrSocialCare], dpiaReference: "DPIA-EH",
                                   dpiaDate: CalendarDate(iso: "2026-08-01"), retentionMonths: 6, start: CalendarDate(iso: "2026-09-01")!,
                                   review: CalendarDate(iso: "2027-06-01")!, end: CalendarDate(iso: "2027-08-31")!)
        let id = try await store.createAgreement(terms, by: practiceIG, at: now)
        for lead in [practiceIG, councilIG] { try await store.approveAgreement(id, by: lead, at: now) }
        return council[.practitioner]!
    }

    @Test("notice, opt-outs and sending at the practice; matching at the council; each refused the other's pages")
    func pathway() async throws {
        try await AccountsFixture.with { app, fixture in
            let worker = try await Self.agreement(app, fixture)
            let gp = TestBrowser(app)
            try await gp.signIn(TestAccounts.email("practitioner"))
            let hub = try await gp.get("/early-help")
            #expect(hub.status == .ok && hub.body.string.contains("Send the patient list") && !hub.body.string.contains("no-agreement"))

            let past = try await gp.get("/early-help/notice?reply_by=2027-01-10")
            #expect(past.status == .unprocessableEntity && past.body.string.contains("The reply-by date must be 16 January 2027 or later"))
            let letter = try await gp.get("/early-help/notice?reply_by=2027-02-26")
            #expect(letter.status == .ok)
            for words in ["by 26 February 2027", "will not affect your care", "within 6 months", "codes such as GP1", "Opt-out form"] {
                #expect(letter.body.string.contains(words), "the letter says \(words)")
            }

            let lead = try #require(try await Store(app.db).actingUser(fixture.userIDs[.safeguardingLead]!))
            let patients = try await Store(app.db).personRecords(for: lead, at: Self.now).records.map(\.localID)
            let unknown = try await gp.post("/early-help/opt-outs", fields: [("_csrf", gp.csrf ?? ""), ("ids", "\(patients[0])\nNOPE-1"), ("method", "opt-out form"), ("received_on", "2027-01-14")])
            #expect(unknown.status == .unprocessableEntity && unknown.body.string.contains("NOPE-1") && unknown.body.string.contains("0 patients opted out"))
            let recordedPost = try await gp.post("/early-help/opt-outs", fields: [("_csrf", gp.csrf ?? ""), ("ids", "\(patients[0])\r\n\(patients[1])"), ("method", "opt-out form"), ("received_on", "2027-01-14")])
            #expect(recordedPost.status == .seeOther, "Post/Redirect/Get")
            let recorded = try await gp.followed(recordedPost)
            #expect(recorded.status == .ok && recorded.body.string.contains("Recorded 2 opt-outs") && recorded.body.string.contains(patients[1]))

            let posted = try await gp.post("/early-help/patient-list", fields: [("_csrf", gp.csrf ?? ""), ("council", "353-EH")])
            #expect(posted.status == .seeOther, "Post/Redirect/Get: a reload sends nothing")
            let sent = try await gp.followed(posted)
            #expect(sent.status == .ok && sent.body.string.contains("2 who opted out were left out") && sent.body.string.contains("15 July 2027"))
            // A second "Send" is a repeat: it says so and offers only the confirmed full re-send.
            let repeated = try await gp.post("/early-help/patient-list", fields: [("_csrf", gp.csrf ?? ""), ("council", "353-EH")])
            #expect(repeated.status == .conflict && repeated.body.string.contains("Already sent on") && repeated.body.string.contains("id=\"resend-form\""))
            let unconfirmed = try await gp.post("/early-help/patient-list", fields: [("_csrf", gp.csrf ?? ""), ("council", "353-EH"), ("resend", "yes")])
            #expect(unconfirmed.status == .unprocessableEntity && unconfirmed.body.string.contains("Confirm that the council needs the whole list again"))
            #expect(try await app.rowCount("early_help_extracts") == 1)
            let resent = try await gp.post("/early-help/patient-list", fields: [("_csrf", gp.csrf ?? ""), ("council", "353-EH"), ("resend", "yes"), ("confirm[]", "yes")])
            #expect(resent.status == .seeOther)
            #expect(try await app.rowCount("early_help_extracts") == 2)
            #expect(try await gp.post("/early-help/review/\(UUID().uuidString.lowercased())", fields: [("_csrf", gp.csrf ?? ""), ("decision", "same")]).status == .forbidden)

            let council = TestBrowser(app)
            try await council.signIn(TestAccounts.email("practitioner", "353-eh"))
            let received = try await council.get("/early-help")
            #expect(received.status == .ok && received.body.string.contains("Not matched yet"))
            #expect(try await council.get("/early-help/opt-outs").status == .forbidden)
            #expect(try await council.post("/early-help/patient-list", fields: [("_csrf", council.csrf ?? ""), ("council", "353-EH")]).status == .forbidden)
            let extract = try #require(try await Store(app.db).receivedExtracts(for: worker).first)
            #expect(try await gp.post("/early-help/extracts/\(extract.id.uuidString.lowercased())/match", fields: [("_csrf", gp.csrf ?? "")]).status == .forbidden)
            // "Match" queues the matching and leads to its job's page; a second press leads to the same job.
            let matchedPost = try await council.post("/early-help/extracts/\(extract.id.uuidString.lowercased())/match", fields: [("_csrf", council.csrf ?? "")])
            #expect(matchedPost.status == .seeOther)
            let jobPage = try #require(matchedPost.headers.first(name: .location))
            #expect(jobPage.hasPrefix("/jobs/"))
            let waiting = try await council.followed(matchedPost)
            #expect(waiting.status == .ok && waiting.body.string.contains("Waiting") && waiting.headers.first(name: "Refresh") == "5")
            #expect(try await Store(app.db).receivedExtracts(for: worker).first?.linked == 0, "nothing matched inside the request")
            let again = try await council.post("/early-help/extracts/\(extract.id.uuidString.lowercased())/match", fields: [("_csrf", council.csrf ?? "")])
            #expect(again.status == .seeOther && again.headers.first(name: .location) == jobPage, "not twice: the same job")
            #expect(try await Store(app.db).jobQueue.jobs(for: worker).count == 1)
            #expect(try await app.runJobs(of: [MatchPatientListJob.self]) == 1)
            let matched = try await council.get(jobPage)
            #expect(matched.status == .ok && matched.body.string.contains("Matched \(extract.patients) patients") && matched.headers.first(name: "Refresh") == nil)
            #expect(try await gp.get(jobPage).status == .notFound, "the practice does not see the council's job")
            #expect(try await council.post("/early-help/extracts/\(extract.id.uuidString.lowercased())/match", fields: [("_csrf", council.csrf ?? "")]).headers.first(name: .location) == jobPage,
                    "once matched, Match still leads to what it did")
            let review = try await council.get("/early-help/review")
            #expect(review.status == .ok && review.body.string.contains("Pairs to review"))
        }
    }

    static func multipart(_ browser: TestBrowser, _ path: String, file field: String, _ content: String, fields: [(String, String)]) async throws -> TestingHTTPResponse {
        let boundary = "sharewell-boundary"
        var body = "--\(boundary)\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n\(browser.csrf ?? "")\r\n"
        if let token = browser.submissionToken { body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"_submission\"\r\n\r\n\(token)\r\n" }
        for (name, value) in fields { body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n" }
        body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(field)\"; filename=\"\(field).csv\"\r\nContent-Type: text/csv\r\n\r\n\(content)\r\n--\(boundary)--\r\n"
        return try await browser.post(path, body: body, contentType: HTTPMediaType(type: "multipart", subType: "form-data", parameters: ["boundary": boundary]))
    }

    @Test("indicators and demand codes in; the analyst's sweep names nobody; the shortlist, a meeting and an outcome in each side's own ids")
    func stratificationToOutcome() async throws {
        let clock = TestClock()
        try await AccountsFixture.with(clock: clock) { app, fixture in
            let worker = try await Self.agreement(app, fixture)
            let store = Store(app.db, secrets: app.dependencies.secrets)
            let gpUser = try #require(try await store.actingUser(fixture.userIDs[.practitioner]!))
            guard case .success(let receipt) = try await store.sendPatientList(to: "353-EH", by: gpUser, at: Self.now) else { Issue.record("not sent"); return }
            _ = try await store.matchPatientList(receipt.extractID, by: worker, at: Self.now)
            let linked = try await store.councilShortlist(StratificationChoice(asOf: CalendarDate(iso: "2027-01-14")!, minFlags: 1), by: worker, at: Self.now)
            #expect(linked.isEmpty, "no indicators yet")

            let council = TestBrowser(app)
            try await council.signIn(TestAccounts.email("practitioner", "353-eh"))
            _ = try await council.get("/early-help/indicators")
            let bad = try await Self.multipart(council, "/early-help/indicators", file: "indicators", "person_ref,code,category,source,date\nNOBODY,ASB,non-health,Police,2026-12-01\n", fields: [])
            #expect(bad.status == .unprocessableEntity && bad.body.string.contains("Line 2, person_ref: NOBODY is not one of the council"))

            // Three matched people: their council references and practice numbers.
            let gp = TestBrowser(app)
            try await gp.signIn(TestAccounts.email("practitioner"))
            let links = try await store.receivedExtracts(for: worker)
            #expect(links.first?.linked ?? 0 >= 3)
            let chosen = try await Self.matchedPeople(app, count: 3)
            let indicators = "person_ref,code,category,source,date\n" + chosen.flatMap { ref, _ in ["\(ref),ASB,non-health,Community safety,2026-12-01", "\(ref),POLICE-CALL,non-health,Police,2026-12-02"] }.joined(separator: "\n") + "\n"
            let storedPost = try await Self.multipart(council, "/early-help/indicators", file: "indicators", indicators, fields: [])
            #expect(storedPost.status == .seeOther)
            let stored = try await council.followed(storedPost)
            #expect(stored.status == .ok && stored.body.string.contains("Stored 6 indicator events."))

            _ = try await gp.get("/early-help/demand-codes")
            let codes = "practice_patient_id,code,date\n" + chosen.map { "\($0.1),GP1,2026-12-03" }.joined(separator: "\n") + "\n"
            let sentPost = try await Self.multipart(gp, "/early-help/demand-codes", file: "codes", codes, fields: [("council", "353-EH")])
            #expect(sentPost.status == .seeOther)
            let clicked = try await gp.followed(try await Self.multipart(gp, "/early-help/demand-codes", file: "codes", codes, fields: [("council", "353-EH")]))
            #expect(clicked.body.string.contains("You sent that form more than once"), "a double click sends nothing twice")
            _ = try await gp.get("/early-help/demand-codes")
            let again = try await Self.multipart(gp, "/early-help/demand-codes", file: "codes", codes, fields: [("council", "353-EH")])
            #expect(again.status == .conflict && again.body.string.contains("Already sent on"), "the same file twice is one sending")
            let sentCodes = try await gp.followed(sentPost)
            #expect(sentCodes.status == .ok && sentCodes.body.string.contains("Sent 3 codes for 3 patients"))
            let meaningPost = try await gp.post("/early-help/demand-codes/meanings", fields: [("_csrf", gp.csrf ?? ""), ("code", "gp1"), ("meaning", "Three or more missed appointments")])
            #expect(meaningPost.status == .seeOther)
            let meaning = try await gp.followed(meaningPost)
            #expect(meaning.body.string.contains("Saved what GP1 means") && meaning.status == .ok && meaning.body.string.contains("Three or more missed appointments"))

            let analyst = TestBrowser(app)
            try await analyst.signIn(TestAccounts.email("analyst", "353-eh"))
            #expect(try await analyst.get("/early-help").status == .forbidden, "the analyst never sees the identifiable pages")
            // A bookmark of earlier choices fills the form and runs nothing; "Run" asks for a job.
            let form = try await analyst.get("/early-help/stratify?as_of=2027-01-14&months=6&min_flags=3&largest=10")
            #expect(form.status == .ok && form.body.string.contains(#"value="2027""#) && form.body.string.contains(#"value="14""#) && !form.body.string.contains(#"id="sweep""#))
            let choices = [("as_of", "2027-01-14"), ("months", "6"), ("min_flags", "3"), ("largest", "10")]
            let asked = try await analyst.post("/early-help/stratify", fields: [("_csrf", analyst.csrf ?? "")] + choices)
            let jobPath = try #require(asked.headers.first(name: .location))
            #expect(asked.status == .seeOther && jobPath.hasPrefix("/jobs/"), "with no worker in this process the job's page shows its progress")
            let twice = try await analyst.post("/early-help/stratify", fields: [("_csrf", analyst.csrf ?? "")] + choices)
            #expect(twice.headers.first(name: .location)?.hasPrefix(jobPath) == true, "a double click is the same run")
            let badChoice = try await analyst.post("/early-help/stratify", fields: [("_csrf", analyst.csrf ?? ""), ("as_of", "2027-01-14"), ("months", "99")])
            #expect(badChoice.status == .unprocessableEntity && badChoice.body.string.contains(#"value="99""#))
            #expect(try await app.runJobs(of: [StratificationJob.self]) == 1)
            let jobPage = try await analyst.get(jobPath)
            let runPath = "/early-help/stratify/runs/" + jobPath.dropFirst("/jobs/".count)
            #expect(jobPage.body.string.contains(#"href="\#(runPath)""#), "the job's page leads to the result")
            let run = try await analyst.get(runPath)
            #expect(run.status == .ok && run.body.string.contains("<td>3</td>"))
            #expect(try await council.get(runPath).status == .forbidden, "only the analysts read a run")
            let people = try await PersonRecordsNames.all(app)
            for name in people where run.body.string.contains(">\(name)<") { Issue.record("the analyst saw \(name)") }
            #expect(!run.body.string.contains("Three or more missed appointments"), "a code's meaning never leaves the practice")

            let shortlist = try await council.get("/early-help/shortlist?as_of=2027-01-14&months=6&min_flags=3&largest=10")
            #expect(shortlist.status == .ok && chosen.allSatisfy { shortlist.body.string.contains($0.0) })
            // The form's own problems and the store's in one answer (issue 16, item 3): no practice, a date that is no date, no place.
            let everything = try await council.post("/early-help/meetings", fields: [("_csrf", council.csrf ?? ""), ("as_of", "2027-01-14"), ("months", "6"), ("min_flags", "3"), ("largest", "10"),
                                                                                     ("held_on", "2027-02-31"), ("place", " ")])
            #expect(everything.status == .unprocessableEntity && everything.body.string.contains("Choose the practice")
                    && everything.body.string.contains("Enter where the meeting is held") && everything.body.string.contains(##"href="#held_on""##))
            // Nothing to discuss with a practice none of whose patients is on the shortlist: the refusal says so and leads on (issue 16, item 4).
            let nobody = try await council.post("/early-help/meetings", fields: [("_csrf", council.csrf ?? ""), ("as_of", "2027-01-14"), ("months", "6"), ("min_flags", "3"), ("largest", "10"),
                                                                                 ("practice", "P81002"), ("held_on", "2027-01-20"), ("place", "Secure room")])
            #expect(nobody.status == .unprocessableEntity && nobody.body.string.contains("None of the shortlisted people were matched to P81002"))
            #expect(nobody.body.string.contains(#"<a class="error-summary-onward" href="/early-help">Match the practice"#), "the way onward")
            let scheduled = try await council.post("/early-help/meetings", fields: [("_csrf", council.csrf ?? ""), ("as_of", "2027-01-14"), ("months", "6"), ("min_flags", "3"), ("largest", "10"),
                                                                                   ("practice", "P81001"), ("held_on", "2027-01-20"), ("place", "Secure room")])
            #expect(scheduled.status == .seeOther)
            let meetingPath = try #require(scheduled.headers.first(name: .location))
            let practiceMeeting = try await gp.get(meetingPath)
            #expect(practiceMeeting.status == .ok && chosen.allSatisfy { practiceMeeting.body.string.contains("Practice patient number \($0.1);") })
            #expect(chosen.allSatisfy { !practiceMeeting.body.string.contains($0.0) }, "the practice never sees the council's references")
            let caseID = try #require(practiceMeeting.body.string.components(separatedBy: "\(meetingPath)/cases/").dropFirst().first?.prefix(36))
            // One form a page: the meeting lists the cases; each case is recorded on its own page, so
            // text typed for one case is never lost by saving another.
            #expect(!practiceMeeting.body.string.contains("<textarea") && !practiceMeeting.body.string.contains(#"action="\#(meetingPath)/cases/"#))
            let casePath = "\(meetingPath)/cases/\(caseID)"
            let casePage = try await gp.get(casePath)
            #expect(casePage.status == .ok && casePage.body.string.components(separatedBy: #"action="\#(casePath)""#).count == 2)
            let missing = try await gp.post(casePath, fields: [("_csrf", gp.csrf ?? ""), ("outcome", "early-help-follow-up")])
            #expect(missing.status == .unprocessableEntity && missing.body.string.contains("Enter who will follow the case up"))
            // A date that is no date and no one to follow up, named together (issue 16, item 3).
            let both = try await gp.post(casePath, fields: [("_csrf", gp.csrf ?? ""), ("outcome", "early-help-follow-up"), ("follow_up_by", "2027-02-31")])
            #expect(both.status == .unprocessableEntity && both.body.string.contains("Enter who will follow the case up") && both.body.string.contains(##"href="#follow_up_by""##))
            // Notes typed in the meeting survive the session timing out before they are sent.
            let fields = [("practice_disclosed", "Frequent A&E attendance"), ("outcome", "early-help-follow-up"), ("follow_up_owner", "Early help worker"),
                          ("follow_up_by", "2027-02-15"), ("case", String(caseID)), ("_form", casePath)]
            clock.advance(by: Store.idleTimeout + 60)
            let late = try await gp.post(casePath, fields: [("_csrf", gp.csrf ?? "")] + fields)
            #expect(late.headers.first(name: .location)?.hasPrefix("/sign-in?timed-out=1") == true)
            try await gp.signIn(TestAccounts.email("practitioner"), return: casePath)
            let restored = try await gp.get(casePath).body.string
            #expect(restored.contains("This has not been saved yet: we kept what you entered") && restored.contains("Frequent A&amp;E attendance") && restored.contains(#"value="Early help worker""#))
            let posted = try await gp.post(casePath, fields: [("_csrf", gp.csrf ?? "")] + fields)
            #expect(posted.status == .seeOther, "Post/Redirect/Get")
            let recorded = try await gp.followed(posted)
            #expect(recorded.status == .ok && recorded.body.string.contains("Outcome recorded."))
            #expect(!(try await gp.get(casePath)).body.string.contains(#"name="council_disclosed""#), "the practice does not write the council's words")
            try await council.signIn(TestAccounts.email("practitioner", "353-eh"))
            let councilMeeting = try await council.get(meetingPath)
            #expect(councilMeeting.body.string.contains("Frequent A&amp;E attendance"))
            #expect(!(try await council.get(casePath)).body.string.contains(#"name="practice_disclosed""#), "the council does not write the practice's words")
            #expect(councilMeeting.body.string.contains("Early help worker") && chosen.allSatisfy { councilMeeting.body.string.contains("Council reference \($0.0);") })
        }
    }

    /// Council references and practice numbers of people matching linked, in a fixed order.
    static func matchedPeople(_ app: Application, count: Int) async throws -> [(String, String)] {
        let rows = try await (app.db as! any SQLDatabase).raw("""
            SELECT p.local_id AS reference, l.practice_patient_id AS patient FROM early_help_links l JOIN person_records p ON p.id = l.council_person_id
            ORDER BY l.practice_patient_id LIMIT \(unsafeRaw: String(count))
            """).all(decoding: MatchedRow.self)
        return rows.map { ($0.reference, $0.patient) }
    }

    struct MatchedRow: Decodable { let reference: String; let patient: String }
}

/// Every person's given and family name, to look for on a page that must show none.
enum PersonRecordsNames {
    struct Row: Decodable { let given_name: String; let family_name: String }
    static func all(_ app: Application) async throws -> Set<String> {
        Set(try await (app.db as! any SQLDatabase).raw("SELECT given_name, family_name FROM person_records").all(decoding: Row.self).flatMap { [$0.given_name, $0.family_name] })
    }
}
