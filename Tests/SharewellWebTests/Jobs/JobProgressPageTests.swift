import Foundation
import SharewellCore
@testable import SharewellStore
import SharewellTestSupport
@testable import SharewellWeb
import Testing
import VaporTesting

/// A job's page: reachable by the organisation that asked, a labelled progress bar that moves
/// without JavaScript, reloading that can be stopped, and the outcome or the failure in words.
@Suite("Jobs: the progress page")
struct JobProgressPageTests {
    @Test("the council follows its matching job from waiting, through its steps, to its outcome; nobody else sees it")
    func followsAJob() async throws {
        try await AccountsFixture.with { app, fixture in
            let worker = try await EarlyHelpRouteTests.agreement(app, fixture)
            let store = Store(app.db)
            let gpUser = try #require(try await store.actingUser(fixture.userIDs[.practitioner]!))
            guard case .success(let receipt) = try await store.sendPatientList(to: "353-EH", by: gpUser, at: EarlyHelpRouteTests.now) else {
                Issue.record("the patient list was not sent"); return
            }
            let council = TestBrowser(app)
            try await council.signIn(TestAccounts.email("practitioner", "353-eh"))
            _ = try await council.get("/early-help")
            let posted = try await council.post("/early-help/extracts/\(receipt.extractID.uuidString.lowercased())/match", fields: [])
            let path = try #require(posted.headers.first(name: .location))

            let waiting = try await council.get(path)
            #expect(waiting.status == .ok && waiting.headers.first(name: "Refresh") == "5")
            for markup in [#"<label for="job-progress" class="label">Progress</label>"#, #"<progress id="job-progress" max="1" value="0" aria-describedby="job-progress-words">"#,
                           #"<p id="job-progress-words" class="hint">Not started yet.</p>"#, "Matching a patient list – Sharewell</title>",
                           #"href="\#(path)?refresh=off" id="job-refresh-toggle">Stop reloading</a>"#] {
                #expect(waiting.body.string.contains(markup), "shows \(markup)")
            }
            let still = try await council.get(path + "?refresh=off")
            #expect(still.status == .ok && still.headers.first(name: "Refresh") == nil && still.body.string.contains("This page does not reload on its own."))

            // Half-way: a worker holds it and has reported two of its four steps.
            let queue = Store(app.db).jobQueue(JobKinds([MatchPatientListJob.self]))
            let claimed = try #require(try await queue.claim(by: "test-worker", lease: 60, at: EarlyHelpRouteTests.now))
            try await queue.progress(claimed, done: 2, of: 4, lease: 60, at: EarlyHelpRouteTests.now)
            let running = try await council.get(path)
            #expect(running.body.string.contains(#"<progress id="job-progress" max="4" value="2""#) && running.body.string.contains("2 of 4 steps done (50%)."))
            #expect(running.body.string.contains("Running"))
            try await queue.release(claimed, at: EarlyHelpRouteTests.now)

            #expect(try await app.runJobs(of: [MatchPatientListJob.self]) == 1)
            let done = try await council.get(path)
            let extract = try #require(try await store.receivedExtracts(for: worker).first)
            #expect(done.status == .ok && done.headers.first(name: "Refresh") == nil)
            #expect(done.body.string.contains("Matched \(extract.patients) patients") && done.body.string.contains(#"<progress id="job-progress" max="4" value="4""#))
            #expect(done.body.string.contains(#"<a href="/early-help" id="job-back">Back to early help data matching</a>"#))
            #expect(!done.body.string.contains("job-refresh"))

            let gp = TestBrowser(app)
            try await gp.signIn(TestAccounts.email("practitioner"))
            #expect(try await gp.get(path).status == .notFound, "another organisation's job is as missing as none")
            #expect(try await council.get("/jobs/\(UUID().uuidString.lowercased())").status == .notFound)
            #expect(try await council.get("/jobs/not-a-job").status == .notFound)
            #expect(try await TestBrowser(app).get(path).status != .ok, "signed out: sent to sign in")
        }
    }

    @Test("a job that could not be done says why, in a sentence")
    func failure() async throws {
        try await AccountsFixture.with { app, fixture in
            let worker = try await EarlyHelpRouteTests.agreement(app, fixture)
            let store = Store(app.db)
            let gpUser = try #require(try await store.actingUser(fixture.userIDs[.practitioner]!))
            guard case .success(let receipt) = try await store.sendPatientList(to: "353-EH", by: gpUser, at: EarlyHelpRouteTests.now) else {
                Issue.record("the patient list was not sent"); return
            }
            // Two council practitioners: the one who asks is disabled before the job runs; the other follows it.
            let asker = try #require(try await store.actingUser(try await store.addUser(
                NewUser(organisationCode: "353-EH", email: "asker@353-eh.example", displayName: "Asker", role: .practitioner, passwordHash: TestAccounts.passwordHash),
                by: .system("test"), at: EarlyHelpRouteTests.now)))
            let ticket = try await store.enqueuePatientListMatching(receipt.extractID, by: asker, at: EarlyHelpRouteTests.now)
            let admin = try #require(try await store.actingUser(try await store.addUser(
                NewUser(organisationCode: "353-EH", email: "admin@353-eh.example", displayName: "Admin", role: .administrator, passwordHash: TestAccounts.passwordHash),
                by: .system("test"), at: EarlyHelpRouteTests.now)))
            #expect(try await store.setDisabled(try #require(asker.userID), true, by: admin, at: EarlyHelpRouteTests.now))
            #expect(try await app.runJobs(of: [MatchPatientListJob.self]) == 1)

            let council = TestBrowser(app)
            try await council.signIn(TestAccounts.email("practitioner", "353-eh"))
            let page = try await council.get("/jobs/\(ticket.id.uuidString.lowercased())")
            #expect(page.status == .ok && page.body.string.contains("This could not be done") && page.headers.first(name: "Refresh") == nil)
            #expect(page.body.string.contains("can no longer sign in (their account was disabled or removed)"))
            #expect(try await store.receivedExtracts(for: worker).first?.linked == 0, "nothing was matched")
        }
    }
}
