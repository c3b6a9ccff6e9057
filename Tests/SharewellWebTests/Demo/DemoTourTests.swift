import Foundation
import SharewellCore
import SharewellDemo
@testable import SharewellStore
import SharewellTestSupport
@testable import SharewellWeb
import Testing
import VaporTesting

@Suite("The demo: work under way on every pathway (issue 16)")
struct DemoTourTests {
    /// What each start page shows once the demo's work is there, and never shows without it.
    static func hasWork(_ path: String, _ html: String) -> Bool {
        switch path.split(separator: "?")[0].replacing(/\/[0-9a-f-]{36}$/, with: "") {
        case "/attendance/poor": html.contains(#"id="send-\#(DemoScenario.practice)""#)
        case "/inbox/attendance": html.contains("Not yet reviewed")
        case "/agreements": html.components(separatedBy: #"class="tag tag-green""#).count - 1 >= 2
        // The faults staged into the council's copy of the list leave pairs the matching is unsure of.
        case "/early-help/review": html.contains(#"id="same-1""#)
        // The run is a job: the start page offers it; the test runs it and reads the result.
        case "/early-help/stratify": html.contains(#"id="run-stratification""#)
        case "/early-help/stratify/runs": html.contains("People with at least 5 codes: ") && !html.contains("People with at least 5 codes: 0<")
        case "/early-help/meetings": html.contains(#"href="/early-help/meetings/"#)
        case "/inbox/medical-education": html.contains(#"id="flagged""#) && !html.contains(">0 pupils<")
        case "/births/send": html.contains(#"id="send-births""#)
        case "/births": html.contains(#"id="to-contact""#) && !html.contains(">0 families to contact<")
        default: false
        }
    }

    @Test("each \"try it as…\" account, signed in with no set-up, finds work waiting on its start page", arguments: TestDatabase.available)
    func everyStartHasWork(_ database: TestDatabase) async throws {
        let clock = TestClock()
        try await withSharewell(database, organisations: [], demo: true, clock: clock) { app in
            // The matching and the case discussion after it are queued as the server starts, not done before it answers.
            let worker = try await Store(app.db).demoActor(.practitioner, at: DemoScenario.council)
            #expect(try await Store(app.db).caseDiscussions(for: worker).isEmpty)
            #expect(try await app.runJobs(of: [DemoEarlyHelpJob.self], clock: clock) == 1)
            let toReview = try await Store(app.db).linkReviewCount(for: worker)
            #expect(toReview > 0, "the faults in the council's copy of the list leave pairs to review")
            print("DemoTourTests: \(toReview) pairs to review on \(database)")
            let starts = DemoTour.starts(on: CalendarDate(inEngland: clock.now))
            #expect(Set(starts.map(\.job)).count == starts.count)
            for start in starts {
                let browser = TestBrowser(app)
                let signedIn = try await browser.signIn(start.email, password: Store.demoPassword, return: start.path)
                #expect(signedIn.headers.first(name: .location) == start.path, "\(start.job)")
                #expect(try await browser.get(start.path).status == .ok, "\(start.job)")
                #expect(Self.hasWork(start.path, browser.lastHTML), "\(start.job): \(start.path)")
                if start.path == "/early-help/stratify" {
                    let asked = try await browser.post(start.path, fields: [("_csrf", browser.csrf ?? "")])
                    #expect(try await app.runJobs(of: [StratificationJob.self], clock: clock) == 1)
                    let job = try #require(asked.headers.first(name: .location)).split(separator: "/").last.map(String.init) ?? ""
                    let result = "/early-help/stratify/runs/\(job)"
                    #expect(try await browser.get(result).status == .ok)
                    #expect(Self.hasWork(result, browser.lastHTML), "\(start.job): the run's result")
                }
            }
        }
    }

    @Test("the agreements went in through the governance store: drafted and approved by each party's IG lead, in force today, audited")
    func agreementsAreReal() async throws {
        let clock = TestClock()
        try await withSharewell(organisations: [], demo: true, clock: clock) { app in
            let store = Store(app.db)
            let today = CalendarDate(inEngland: clock.now)
            let lead = try await store.demoActor(.informationGovernanceLead, at: DemoScenario.practice)
            let agreements = try await store.agreements(for: lead, on: today)
            #expect(Set(agreements.compactMap { $0.inForce?.terms.purpose }) == [.attendanceLiaison, .earlyHelpDataMatching, .teamAroundTheChild])
            for agreement in agreements {
                let version = try #require(agreement.inForce)
                #expect(Set(version.approvals.keys) == Set(version.terms.parties))
                #expect(version.terms.start <= today && today <= version.terms.end)
                let audit = try await store.auditEntries(subject: Store.agreementSubject(agreement.id)).map(\.action)
                #expect(audit.filter { $0 == "approve-agreement" }.count == version.terms.parties.count, "\(audit)")
            }
            // The school and practice the browser tests draft their own agreement between have none.
            let other = try await store.demoActor(.informationGovernanceLead, at: "P81001")
            #expect(try await store.agreements(for: other, on: today).isEmpty)
        }
    }
}
