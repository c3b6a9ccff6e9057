import Foundation

/// Where a job is: waiting (for its first try, or for the next after a back-off), leased by a
/// worker, or finished one way or the other.
public enum JobState: String, Sendable, CaseIterable, Codable {
    case queued, running, succeeded, failed

    public var isFinished: Bool { self == .succeeded || self == .failed }
}

/// How long a job waits after a failed try: 5 seconds, then six times longer each time (30 s,
/// 3 min, 18 min), never more than an hour. Long enough for a database that restarted or a lock
/// that cleared, short enough that a person waiting sees the retry.
public enum JobBackOff {
    public static func delay(afterAttempt attempt: Int) -> TimeInterval {
        var delay: TimeInterval = 5
        for _ in 1..<max(1, min(attempt, 10)) { delay *= 6 }
        return min(delay, 3_600)
    }
}

/// The queue's answer to an enqueue: the job, and whether it is new or the same work asked for again.
public struct JobTicket: Sendable, Equatable {
    /// The job, to follow on its page (`/jobs/{id}`).
    public let id: UUID
    /// `false` when the same work had been asked for already and this is that job.
    public let isNew: Bool
}

/// A job as its page and `sharewell jobs` show it.
public struct JobSummary: Sendable, Equatable {
    public let id: UUID
    public let kind: JobKindName
    /// What the job does ("Matching a patient list").
    public let title: String
    public let organisationID: UUID?
    /// The asking organisation's directory code; empty for the server's own jobs.
    public let organisationCode: String
    /// `user:<id>` for a person, `system:<command>` for the server.
    public let requestedBy: String
    public let state: JobState
    public let attempts: Int
    public let maxAttempts: Int
    /// When a queued job may next be tried (after a back-off, later than it was made).
    public let runAfter: Date
    public let progressDone: Int
    public let progressTotal: Int
    /// The outcome in a sentence, once it succeeded.
    public let outcome: String?
    /// Why the last try failed; a sentence, never a stack trace.
    public let error: String?
    public let createdAt: Date
    public let startedAt: Date?
    public let finishedAt: Date?

    /// The share done, 0 to 1; a finished success is whole whatever was reported.
    public var fractionDone: Double {
        if state == .succeeded { return 1 }
        return progressTotal > 0 ? Double(progressDone) / Double(progressTotal) : 0
    }
}

/// A job a worker holds the lease of.
public struct ClaimedJob: Sendable {
    public let id: UUID
    public let kind: any JobKind.Type
    let payload: String
    /// This try's number, counting this one.
    public let attempt: Int
    public let maxAttempts: Int
    /// The worker holding the lease (`locked_by`).
    public let worker: String
    let userID: UUID?
    let organisationID: UUID?
    let command: String?
}
