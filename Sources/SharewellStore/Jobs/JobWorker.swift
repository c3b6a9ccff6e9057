import Foundation
import Logging

/// Claims due jobs and runs them, one at a time, renewing its lease while each runs. `serve` runs
/// one in the server's process; on PostgreSQL `sharewell worker` runs more, anywhere.
public struct JobWorker: Sendable {
    /// How the queue names this worker (`jobs.locked_by`): host, process and a random part, so two
    /// workers never share a name.
    public let name: String
    let queue: JobQueue
    /// How long a claim holds without renewal; the worker renews it every third of that.
    let lease: TimeInterval
    let now: @Sendable () -> Date
    let logger: Logger

    public init(_ queue: JobQueue, name: String = JobWorker.newName(), lease: TimeInterval = 60,
                now: @escaping @Sendable () -> Date, logger: Logger = Logger(label: "sharewell.jobs")) {
        self.queue = queue; self.name = name; self.lease = lease; self.now = now; self.logger = logger
    }

    public static func newName() -> String {
        "\(ProcessInfo.processInfo.hostName):\(ProcessInfo.processInfo.processIdentifier):\(UUID().uuidString.prefix(8).lowercased())"
    }

    /// Claims one due job and runs it to its end (success, a retry later, or failure for good).
    /// Returns the job's id, or `nil` when nothing was due.
    @discardableResult
    public func runOne() async throws -> UUID? {
        guard let job = try await queue.claim(by: name, lease: lease, at: now()) else { return nil }
        var log = logger
        log[metadataKey: "job"] = "\(job.id.uuidString.lowercased())"
        log[metadataKey: "kind"] = "\(job.kind.name)"
        log.info("Job started", metadata: ["attempt": "\(job.attempt)"])
        do {
            let actor = try await queue.actor(of: job)
            let context = JobContext(jobID: job.id, store: queue.store, actor: actor, now: now()) { [queue, lease, now] done, total in
                try await queue.progress(job, done: done, of: total, lease: lease, at: now())
            }
            let result = try await renewingLease(of: job) { try await job.kind.run(stored: job.payload, context) }
            try await queue.succeed(job, result: result, at: now())
            log.info("Job succeeded")
        } catch {
            try await record(error, of: job, log)
        }
        return job.id
    }

    /// Writes how the try ended. A worker that lost its lease writes nothing: the job is another's now.
    private func record(_ error: any Error, of job: ClaimedJob, _ log: Logger) async throws {
        do {
            switch error {
            case let lost as StoreError where lost == .jobLeaseLost:
                throw lost
            case is CancellationError:
                try await queue.release(job, at: now())
                log.notice("Job handed back: the worker is stopping")
            case let refusal as StoreError:
                // A refusal, worded for people, that trying again would not change.
                try await queue.fail(job, message: refusal.message, retry: false, at: now())
                log.warning("Job refused", metadata: ["error": "\(refusal.caseName)"])
            default:
                let type = String(reflecting: Swift.type(of: error))
                let again = job.attempt < job.maxAttempts ? "; it will be tried again shortly" : ""
                let state = try await queue.fail(job, message: "It stopped on an unexpected error (\(type))\(again).", retry: true, at: now())
                log.error("Job failed", metadata: ["error": "\(type)", "state": "\(state.rawValue)"])
            }
        } catch StoreError.jobLeaseLost {
            log.warning("Job lost its lease to another worker; its end is that worker's to record")
        }
    }

    /// Runs due jobs until none is left; returns how many ran. For `sharewell worker --until-idle`
    /// and for tests, which run the worker by hand.
    @discardableResult
    public func runUntilIdle(atMost limit: Int = 10_000) async throws -> Int {
        var count = 0
        while count < limit, try await runOne() != nil { count += 1 }
        return count
    }

    /// Runs jobs until the task is cancelled, looking for new ones every `pollInterval` when idle,
    /// or as soon as `bell` rings. A database that does not answer is logged and tried again at the
    /// next poll.
    public func run(pollInterval: Duration, bell: JobBell = JobBell()) async {
        logger.info("Worker started", metadata: ["worker": "\(name)"])
        bell.listen()
        defer { bell.stopListening() }
        while !Task.isCancelled {
            let rung = bell.count
            do {
                if try await runOne() != nil { continue }
            } catch {
                logger.error("The worker could not reach the job queue", metadata: ["error": "\(String(reflecting: type(of: error)))"])
            }
            await bell.wait(upTo: pollInterval, since: rung)
        }
        logger.info("Worker stopped", metadata: ["worker": "\(name)"])
    }

    /// Runs `work` while renewing the job's lease every third of it, so a long job keeps it and a
    /// dead worker's job is free within one lease.
    private func renewingLease<T: Sendable>(of job: ClaimedJob, _ work: @escaping @Sendable () async throws -> T) async throws -> T {
        try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask { try await work() }
            group.addTask { [queue, lease, now] in
                while true {
                    try await Task.sleep(for: .seconds(lease / 3))
                    try await queue.heartbeat(job, lease: lease, at: now())
                }
            }
            defer { group.cancelAll() }
            while let next = try await group.next() {
                if let result = next { return result }
            }
            throw CancellationError()
        }
    }
}

extension StoreError {
    /// The case alone, for logs: messages may quote a stored value.
    var caseName: String { String(describing: self).prefix { $0 != "(" }.description }
}
