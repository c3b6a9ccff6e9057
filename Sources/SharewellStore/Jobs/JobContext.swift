import Foundation

/// What a running job is given: the store, the person (or server command) it acts for, re-read
/// when it started, the time it started, and a way to report progress.
public struct JobContext: Sendable {
    public let jobID: UUID
    public let store: Store
    public let actor: ActingUser
    /// The clock, read once when the job started, so every entry it writes carries the same time
    /// (as a request reads it once).
    public let now: Date
    let report: @Sendable (_ done: Int, _ total: Int) async throws -> Void

    public init(jobID: UUID, store: Store, actor: ActingUser, now: Date, report: @escaping @Sendable (Int, Int) async throws -> Void) {
        self.jobID = jobID; self.store = store; self.actor = actor; self.now = now; self.report = report
    }

    /// Records `done` of `total` steps and renews the worker's lease. Throws
    /// `StoreError.jobLeaseLost` when another worker has taken the job: stop then.
    public func progress(_ done: Int, of total: Int) async throws {
        try await report(max(0, min(done, total)), max(0, total))
    }
}
