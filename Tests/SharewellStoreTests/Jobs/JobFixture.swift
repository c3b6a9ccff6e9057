import Foundation
import Logging
import SharewellCore
@testable import SharewellStore

/// What the queue's tests share: kinds of job that say what happened, a clock that moves only when
/// told, and a practice with a practitioner to ask for jobs.
enum JobFixture {
    static let start = Date(timeIntervalSince1970: 1_800_000_000)  // 2027-01-15
    static let kinds = JobKinds.sharewell.adding([EchoJob.self, FailingJob.self, RefusingJob.self])

    /// A practice (P81009) and a practitioner there, who may follow the test kinds.
    static func practitioner(_ store: Store, email: String = "practitioner@p81009.example") async throws -> ActingUser {
        if try await store.organisationCount() == 0 { try await store.addOrganisations([.sample()]) }
        let id = try await store.addUser(NewUser(organisationCode: "P81009", email: email, displayName: "Test practitioner",
                                                 role: .practitioner, passwordHash: "h"), by: .system("test"), at: start)
        guard let user = try await store.actingUser(id) else { throw StoreError.unknownPerson }
        return user
    }

    static func worker(_ store: Store, _ name: String, clock: JobClock, lease: TimeInterval = 60) -> JobWorker {
        JobWorker(store.jobQueue(kinds), name: name, lease: lease, now: { clock.now }, logger: quiet)
    }

    /// The workers' log, warnings and worse only: a test's output stays readable.
    static var quiet: Logger {
        var logger = Logger(label: "sharewell.jobs")
        logger.logLevel = .warning
        return logger
    }
}

/// The time the tests' workers read: fixed until a test moves it.
final class JobClock: @unchecked Sendable {
    private let lock = NSLock()
    private var date = JobFixture.start
    var now: Date { lock.withLock { date } }
    func advance(by seconds: TimeInterval) { lock.withLock { date += seconds } }
}

/// Which jobs ran, how often, and on which worker: the proof that a job ran once.
actor JobRunLog {
    static let shared = JobRunLog()
    private var runs: [UUID: Int] = [:]
    func ran(_ token: UUID) { runs[token, default: 0] += 1 }
    func count(_ token: UUID) -> Int { runs[token] ?? 0 }
}

/// Reports each of its steps, reading back after each what the queue holds, and returns what it read.
enum EchoJob: JobKind {
    struct Payload: Codable, Sendable { let token: UUID; var steps = 0 }
    struct Outcome: Codable, Sendable, Equatable { let token: UUID; let progressSeen: [String] }

    static let name = JobKindName("test-echo")
    static let title = "Echoing for a test"
    static let permission: Permission? = .viewIdentifiableRecords

    static func run(_ payload: Payload, _ context: JobContext) async throws -> Outcome {
        await JobRunLog.shared.ran(payload.token)
        var seen: [String] = []
        for step in stride(from: 1, through: payload.steps, by: 1) {
            try await context.progress(step, of: payload.steps)
            let job = try await context.store.jobQueue(JobFixture.kinds).job(context.jobID, for: context.actor)
            seen.append("\(job?.state.rawValue ?? "none") \(job?.progressDone ?? -1)/\(job?.progressTotal ?? -1)")
        }
        return Outcome(token: payload.token, progressSeen: seen)
    }

    static func describe(_ outcome: Outcome) -> String { "Echoed \(outcome.progressSeen.count) steps." }
}

/// Fails on every try with an error that is not a refusal (as a database that went away would).
enum FailingJob: JobKind {
    struct Payload: Codable, Sendable { let token: UUID }
    struct Broken: Error {}

    static let name = JobKindName("test-failing")
    static let title = "Failing for a test"
    static let permission: Permission? = .viewIdentifiableRecords
    static let maxAttempts = 3

    static func run(_ payload: Payload, _ context: JobContext) async throws -> NoPayload {
        await JobRunLog.shared.ran(payload.token)
        throw Broken()
    }

    static func describe(_ outcome: NoPayload) -> String { "Never." }
}

/// Refused by the store: trying again would not change the answer.
enum RefusingJob: JobKind {
    struct Payload: Codable, Sendable { let token: UUID }

    static let name = JobKindName("test-refusing")
    static let title = "Refused for a test"
    static let permission: Permission? = .viewIdentifiableRecords

    static func run(_ payload: Payload, _ context: JobContext) async throws -> NoPayload {
        await JobRunLog.shared.ran(payload.token)
        throw StoreError.unknownExtract
    }

    static func describe(_ outcome: NoPayload) -> String { "Never." }
}
