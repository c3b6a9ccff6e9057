import Foundation
import SharewellCore
import SharewellStore
import SharewellTestSupport
@testable import SharewellWeb
import Testing
import VaporTesting

/// The liaison over HTTP, by role: the practice works on its pupils; the school, signed in as
/// itself, never sees a practice-internal field on any page it can reach (issue 6).
@Suite("Attendance liaison over HTTP")
struct AttendanceLiaisonRouteTests {
    static let period = CalendarDate(iso: "2025-09-03")!...CalendarDate(iso: "2025-12-19")!
    static let secret = "Mother depressed; tonsillitis letters uncoded"

    /// Sends the school's list to P81001 under an agreement both IG leads approved; returns the referral ids.
    static func sendList(_ app: Application, _ fixture: AccountsFixture) async throws -> [UUID] {
        let store = Store(app.db), now = Date(timeIntervalSince1970: 1_800_000_000)
        let schoolLead = try #require(try await store.actingUser(fixture.foreignUser))
        let schoolIG = try #require(try await store.actingUser(try await store.addUser(NewUser(organisationCode: "200101", email: "ig@200101.example", displayName: "School IG",
                                                                                                role: .informationGovernanceLead, passwordHash: "h"), by: .system("t"), at: now)))
        let practiceIG = try #require(try await store.actingUser(fixture.userIDs[.informationGovernanceLead]!))
        let terms = AgreementTerms(title: "Attendance liaison", purpose: .attendanceLiaison, parties: ["200101", "P81001"], discloser: nil, bulk: true,
                                   dataItems: Store.poorAttendanceItems + [.reviewOutcome], legalBases: [.art6PublicTask], dpiaReference: "DPIA-1",
                                   dpiaDate: CalendarDate(iso: "2025-08-01"), retentionMonths: 12, start: CalendarDate(iso: "2025-08-01")!,
                                   review: CalendarDate(iso: "2027-06-01")!, end: CalendarDate(iso: "2027-08-31")!)
        let agreement = try await store.createAgreement(terms, by: schoolIG, at: now)
        for lead in [schoolIG, practiceIG] { try await store.approveAgreement(agreement, by: lead, at: now) }
        guard case .success = try await store.sendPoorAttendanceList(to: "P81001", period: period, belowPercent: 95, by: schoolLead, at: now) else {
            Issue.record("the list was not sent"); return []
        }
        let gp = try #require(try await store.actingUser(fixture.userIDs[.safeguardingLead]!))
        return try await store.attendanceInbox(for: gp, at: now).map(\.id)
    }

    @Test("a period with no stored attendance says so, and which days the marks cover, instead of an empty list that reads as 'nobody below'")
    func periodWithoutMarks() async throws {
        try await AccountsFixture.with { app, _ in
            let school = TestBrowser(app)
            try await school.signIn(TestAccounts.email("safeguardinglead", "200101"))
            let empty = try await school.get("/attendance/poor?from=2024-09-02&to=2024-12-20&below=90").body.string
            #expect(empty.contains(#"id="no-marks""#))
            #expect(empty.contains("No attendance is stored for 2 September 2024 to 20 December 2024"))
            #expect(empty.contains("The school&#x27;s stored marks cover") || empty.contains("The school's stored marks cover"))
            let measured = try await school.get("/attendance/poor?from=2025-09-03&to=2025-12-19&below=90").body.string
            #expect(!measured.contains(#"id="no-marks""#) && !measured.contains(#"id="part-marked""#))
            let longer = try await school.get("/attendance/poor?from=2025-09-03&to=2026-08-31&below=90").body.string
            #expect(longer.contains(#"id="part-marked""#) && longer.contains("each pupil"), "a period that runs past the marks says the figures cover only the marked days")
        }
    }

    @Test("sending the list answers with a redirect; the same list again is a repeat that says when and by whom; pupils new to a list go alone")
    func sendOverHTTP() async throws {
        try await AccountsFixture.with { app, fixture in
            let ids = try await Self.sendList(app, fixture)  // below 95%, by the school's safeguarding lead
            let school = TestBrowser(app)
            try await school.signIn(TestAccounts.email("safeguardinglead", "200101"))
            _ = try await school.get("/attendance/poor?from=2025-09-03&to=2025-12-19&below=95")
            func send(below: Int) async throws -> TestingHTTPResponse {
                try await school.post("/attendance/poor/send", fields: [("_csrf", school.csrf ?? ""), ("from", "2025-09-03"), ("to", "2025-12-19"), ("below", String(below)), ("practice", "P81001")])
            }
            let repeated = try await send(below: 95)
            #expect(repeated.status == .conflict && repeated.body.string.contains("Already sent on") && repeated.body.string.contains("(\(ids.count) people)"))
            let wider = try await send(below: 100)
            #expect(wider.status == .seeOther, "Post/Redirect/Get: a reload sends nothing")
            let page = try await school.followed(wider)
            #expect(page.status == .ok && page.body.string.contains("pupils to P81001 on"))
            #expect(try await app.rowCount("attendance_referrals") > ids.count)
            let total = try await app.rowCount("attendance_referrals")
            #expect(try await send(below: 100).status == .conflict)
            #expect(try await app.rowCount("attendance_referrals") == total)
        }
    }

    @Test("the practice's home page says how many pupils wait for review, and counts down as they are reviewed; the school's says nothing of them")
    func homeShowsWorkWaiting() async throws {
        try await AccountsFixture.with { app, fixture in
            let ids = try await Self.sendList(app, fixture)
            try #require(ids.count > 1)
            let gp = TestBrowser(app)
            try await gp.signIn(TestAccounts.email("safeguardingLead"))
            let home = try await gp.get("/")
            #expect(home.body.string.contains("\(ids.count) pupils wait for review in the attendance inbox"))
            let pupil = "/inbox/attendance/\(ids[0].uuidString.lowercased())"
            _ = try await gp.get(pupil)
            _ = try await gp.post(pupil, fields: [("_csrf", gp.csrf ?? ""), ("medicalReason", "none-found"), ("familyContacted", "no"), ("finalMedicalReason", "not-yet")])
            let after = try await gp.get("/")
            #expect(after.body.string.contains("\(ids.count - 1) \(ids.count - 1 == 1 ? "pupil waits" : "pupils wait") for review in the attendance inbox"))
            #expect(after.body.string.contains("1 reviewed pupil's parent has not been sent a letter"))
            #expect(after.body.string.contains("href=\"/inbox/attendance\""))
            let school = TestBrowser(app)
            try await school.signIn(TestAccounts.email("safeguardinglead", "200101"))
            #expect(!(try await school.get("/").body.string.contains("Waiting for you")))
        }
    }

    @Test("the practice reviews, calls and prints; the school sees only 'reviewed, family contacted' and suppressed counts")
    func liaison() async throws {
        try await AccountsFixture.with { app, fixture in
            let ids = try await Self.sendList(app, fixture)
            try #require(!ids.isEmpty)
            let pupil = "/inbox/attendance/\(ids[0].uuidString.lowercased())"
            let gp = TestBrowser(app)
            try await gp.signIn(TestAccounts.email("safeguardingLead"))
            try await gp.get(pupil)
            let savedPost = try await gp.post(pupil, fields: [("_csrf", gp.csrf ?? ""), ("medicalReason", "possible"), ("category", "mental-health"),
                                                          ("concerns[]", "parental-mental-health"), ("internalNotes", Self.secret), ("familyContacted", "yes"),
                                                          ("finalMedicalReason", "not-yet")])
            #expect(savedPost.status == .seeOther, "Post/Redirect/Get")
            let saved = try await gp.followed(savedPost)
            #expect(saved.status == .ok && saved.body.string.contains("Review saved."))
            #expect(saved.body.string.contains("has been told: reviewed, family contacted. Nothing else was sent."))
            #expect(saved.body.string.contains(Self.secret) && saved.body.string.contains("checked"))

            let callPost = try await gp.post("\(pupil)/calls", fields: [("_csrf", gp.csrf ?? ""), ("day", "2026-12-20"), ("outcome", "no-answer")])
            #expect(callPost.status == .seeOther)
            let call = try await gp.followed(callPost)
            #expect(call.status == .ok && call.body.string.contains("Call recorded."))
            let again = try await gp.post("\(pupil)/calls", fields: [("_csrf", gp.csrf ?? ""), ("day", "2026-12-20"), ("outcome", "no-answer")])
            #expect(again.status == .unprocessableEntity && again.body.string.contains("A call was already made on 2026-12-20"))
            let letter = try await gp.get("\(pupil)/letter")
            #expect(letter.status == .ok && letter.body.string.contains("The school shared attendance figures only.") && !letter.body.string.contains(Self.secret))
            // Ready to post (issue 16): the practice's letterhead from its directory entry, the parent's
            // name and address a line a part in the envelope's window, the child named once in the text.
            let printed = letter.body.string.replacing(/\n\s*/, with: "")
            let practice = try #require(try await Store(app.db).organisation(code: "P81001"))
            #expect(printed.contains(#"class="letterhead-name">"#) && printed.contains("Telephone \(practice.directPhone)"))
            #expect(printed.contains("\(practice.addressLine)<br/>\(practice.town)<br/>\(practice.postcode.value)"), "a line for each part of the practice's address")
            #expect(printed.contains(#"<div class="letter-window">"#) && printed.contains("The parent or carer of "))
            #expect(printed.contains("1 letter to print.") && printed.contains("Record this letter as sent today"))
            let sentPost = try await gp.post("/inbox/attendance/letters/sent", fields: [("_csrf", gp.csrf ?? ""), ("ids[]", ids[0].uuidString.lowercased())])
            #expect(sentPost.status == .seeOther, "Post/Redirect/Get: a reload records nothing again")
            let inbox = try await gp.followed(sentPost)
            #expect(inbox.status == .ok && inbox.body.string.contains("1 letter recorded as sent today."))
            let badTemplate = try await gp.post("/inbox/attendance/letter-template", fields: [("_csrf", gp.csrf ?? ""), ("template", "Dear {{parent}}")])
            #expect(badTemplate.status == .unprocessableEntity && badTemplate.body.string.contains("{{parent}}"))

            let school = TestBrowser(app)
            try await school.signIn(TestAccounts.email("safeguardinglead", "200101"))
            let status = try await school.get("/attendance/poor")
            #expect(status.body.string.contains("Reviewed, family contacted"))
            #expect(try await school.get(pupil).status == .forbidden)
            #expect(try await school.get("\(pupil)/letter").status == .forbidden)
            let reportPath = "/attendance/report?school=200101&practice=P81001&from=2025-09-03&to=2025-12-19&laterFrom=2026-01-05&laterTo=2026-03-27"
            let notYet = try await gp.get(reportPath)
            #expect(notYet.status == .unprocessableEntity && notYet.body.string.contains("has not sent attendance for 2026-01-05 to 2026-03-27 yet"))
            let round: [(String, String)] = [("school", "200101"), ("practice", "P81001"), ("from", "2025-09-03"), ("to", "2025-12-19"), ("laterFrom", "2026-01-05"), ("laterTo", "2026-03-27")]
            #expect([.forbidden, .notFound].contains(try await gp.post("/attendance/report/remeasure", fields: [("_csrf", gp.csrf ?? "")] + round).status), "only the school sends a re-measure")
            let sent = try await school.post("/attendance/report/remeasure", fields: [("_csrf", school.csrf ?? "")] + round)
            #expect(sent.status == .seeOther && sent.headers.first(name: .location)?.contains("done=remeasure") == true)
            try await school.get(reportPath)
            let resent = try await school.post("/attendance/report/remeasure", fields: [("_csrf", school.csrf ?? "")] + round)
            #expect(resent.status == .conflict && resent.body.string.contains("Already sent on"))
            let report = try await school.followed(sent)
            #expect(report.status == .ok && report.body.string.contains(ids.count >= LiaisonReport.minimumRoundLeavingPractice ? "shown as *" : "figures withheld"))
            for page in [status, report] {
                for word in [Self.secret, "Mental health", "Possible", "parental-mental-health"] { #expect(!page.body.string.contains(word), "the school saw \(word)") }
            }
            let gpReport = try await gp.get(reportPath)
            #expect(gpReport.status == .ok && !gpReport.body.string.contains("shown as *"))
            let early = try await gp.get("/attendance/report?school=200101&practice=P81001&from=2025-09-03&to=2025-12-19&laterFrom=2025-10-01&laterTo=2026-03-27")
            #expect(early.status == .unprocessableEntity && early.body.string.contains("The later period must start after 2025-12-19"))
            #expect(try await school.get("/attendance/report?school=200101&practice=P99999&from=2025-09-03&to=2025-12-19").status == .notFound)
        }
    }
}
