import Foundation
@testable import SharewellStore
import SnapshotTesting
@testable import SharewellWeb
import Testing

/// A job's page from fixed models, as it runs and once it failed: a change to its markup shows up
/// as a diff to review.
@Suite("Job page snapshots")
struct JobPageSnapshotTests {
    static let context = PageContext(path: "/jobs/00000000-0000-0000-0000-000000000001", demo: false, csrfToken: "csrf-example",
                                     badge: .init(name: "Council practitioner", role: "Practitioner", organisation: "353-EH", permissions: [.viewIdentifiableRecords]))

    static func job(_ state: JobState, done: Int, error: String? = nil, attempts: Int = 1) -> JobSummary {
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        return JobSummary(id: UUID(uuidString: "00000000-0000-0000-0000-000000000001")!, kind: MatchPatientListJob.name, title: MatchPatientListJob.title,
                          organisationID: nil, organisationCode: "353-EH", requestedBy: "user:00000000-0000-0000-0000-000000000002", state: state,
                          attempts: attempts, maxAttempts: 3, runAfter: start + 30, progressDone: done, progressTotal: 4, outcome: nil, error: error,
                          createdAt: start, startedAt: state == .queued ? nil : start + 2, finishedAt: state.isFinished ? start + 9 : nil)
    }

    @Test("a matching job half-way through")
    func running() {
        let model = JobProgressPage.Model(job: Self.job(.running, done: 2), back: .matchPatientList, refreshing: true, now: Date(timeIntervalSince1970: 1_800_000_005))
        assertSnapshot(of: JobProgressPage.view(model, context: Self.context).render(indentedBy: .spaces(1)), as: .lines)
    }

    @Test("a matching job waiting to try again after a failed try")
    func retrying() {
        let model = JobProgressPage.Model(job: Self.job(.queued, done: 1, error: "It stopped on an unexpected error (PSQLError); it will be tried again shortly."),
                                          back: .matchPatientList, refreshing: false, now: Date(timeIntervalSince1970: 1_800_000_010))
        assertSnapshot(of: JobProgressPage.view(model, context: Self.context).render(indentedBy: .spaces(1)), as: .lines)
    }

    @Test("a matching job that failed for good")
    func failed() {
        let model = JobProgressPage.Model(job: Self.job(.failed, done: 0, error: StoreError.jobActorGone.message), back: .matchPatientList, refreshing: true,
                                          now: Date(timeIntervalSince1970: 1_800_000_010))
        assertSnapshot(of: JobProgressPage.view(model, context: Self.context).render(indentedBy: .spaces(1)), as: .lines)
    }
}
