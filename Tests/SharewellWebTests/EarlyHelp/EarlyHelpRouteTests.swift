import Foundation
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
        for role in [Role.practitioner, .informationGovernanceLead] {
            let id = try await store.addUser(NewUser(organisationCode: "353-EH", email: TestAccounts.email(role.rawValue, "353-eh"), displayName: "Council \(role.rawValue)",
                                                     role: role, passwordHash: TestAccounts.passwordHash), by: .system("t"), at: now)
            council[role] = try #require(try await store.actingUser(id))
        }
        let practiceIG = try #require(try await store.actingUser(fixture.userIDs[.informationGovernanceLead]!))
        let councilIG = council[.informationGovernanceLead]!
        let terms = AgreementTerms(title: "Early help data matching", purpose: .earlyHelpDataMatching, parties: ["P81001", "353-EH"], discloser: "P81001", bulk: true,
                                   dataItems: Store.patientListItems + [.demandCodes], legalBases: [.art6PublicTask, .art9HealthOrSocialCare], dpiaReference: "DPIA-EH",
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
            #expect(past.status == .unprocessableEntity && past.body.string.contains("must be after today"))
            let letter = try await gp.get("/early-help/notice?reply_by=2027-02-26")
            #expect(letter.status == .ok)
            for words in ["by 26 February 2027", "will not affect your care", "within 6 months", "codes such as GP1", "Opt-out form"] {
                #expect(letter.body.string.contains(words), "the letter says \(words)")
            }

            let lead = try #require(try await Store(app.db).actingUser(fixture.userIDs[.safeguardingLead]!))
            let patients = try await Store(app.db).personRecords(for: lead, at: Self.now).records.map(\.localID)
            let unknown = try await gp.post("/early-help/opt-outs", fields: [("_csrf", gp.csrf ?? ""), ("ids", "\(patients[0])\nNOPE-1"), ("method", "opt-out form"), ("received_on", "2027-01-14")])
            #expect(unknown.status == .unprocessableEntity && unknown.body.string.contains("NOPE-1") && unknown.body.string.contains("0 patients opted out"))
            let recorded = try await gp.post("/early-help/opt-outs", fields: [("_csrf", gp.csrf ?? ""), ("ids", "\(patients[0]), \(patients[1])"), ("method", "opt-out form"), ("received_on", "2027-01-14")])
            #expect(recorded.status == .ok && recorded.body.string.contains("Recorded 2 opt-outs") && recorded.body.string.contains(patients[1]))

            let sent = try await gp.post("/early-help/patient-list", fields: [("_csrf", gp.csrf ?? ""), ("council", "353-EH")])
            #expect(sent.status == .ok && sent.body.string.contains("2 who opted out were left out") && sent.body.string.contains("15 July 2027"))
            #expect(try await gp.post("/early-help/review/\(UUID().uuidString.lowercased())", fields: [("_csrf", gp.csrf ?? ""), ("decision", "same")]).status == .forbidden)

            let council = TestBrowser(app)
            try await council.signIn(TestAccounts.email("practitioner", "353-eh"))
            let received = try await council.get("/early-help")
            #expect(received.status == .ok && received.body.string.contains("Not matched yet"))
            #expect(try await council.get("/early-help/opt-outs").status == .forbidden)
            #expect(try await council.post("/early-help/patient-list", fields: [("_csrf", council.csrf ?? ""), ("council", "353-EH")]).status == .forbidden)
            let extract = try #require(try await Store(app.db).receivedExtracts(for: worker).first)
            #expect(try await gp.post("/early-help/extracts/\(extract.id.uuidString.lowercased())/match", fields: [("_csrf", gp.csrf ?? "")]).status == .forbidden)
            let matched = try await council.post("/early-help/extracts/\(extract.id.uuidString.lowercased())/match", fields: [("_csrf", council.csrf ?? "")])
            #expect(matched.status == .ok && matched.body.string.contains("Matched \(extract.patients) patients"))
            #expect(try await council.post("/early-help/extracts/\(extract.id.uuidString.lowercased())/match", fields: [("_csrf", council.csrf ?? "")]).status != .ok, "not twice")
            let review = try await council.get("/early-help/review")
            #expect(review.status == .ok && review.body.string.contains("Pairs to review"))
        }
    }
}
