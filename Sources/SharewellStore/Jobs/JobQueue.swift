import FluentKit
import Foundation
import SQLKit

/// The job queue in the database (issue 15): enqueue, claim under a lease, report progress, finish.
/// On PostgreSQL any number of workers, in any number of processes and machines, share it (a claim
/// skips rows another worker is claiming); on SQLite one worker runs it, the server's own.
/// Every time is passed in: the queue reads no clock of its own.
public struct JobQueue: Sendable {
    let store: Store
    public let kinds: JobKinds

    var db: any Database { store.db }
    var sql: any SQLDatabase { store.sql }

    /// Queues `payload` for `Kind`, acting as `actor`. With a `key`, the same work asked for again
    /// (a double click, a reload, a second server's schedule) is the job already made, whatever its
    /// state, unless that one failed for good. A person must hold the kind's permission; the server's
    /// own jobs act as `sharewell <command>`.
    public func enqueue<Kind: JobKind>(_ kind: Kind.Type, _ payload: Kind.Payload, key: String?, by actor: ActingUser,
                                       at date: Date) async throws -> JobTicket {
        var userID: UUID?, command: String?
        switch actor.kind {
        case .person(let id, _):
            guard let permission = Kind.permission, actor.may(permission), actor.organisationID != nil else { throw StoreError.jobNotAllowed }
            userID = id
        case .system(let name):
            command = name
        case .apiToken, .command:
            throw StoreError.jobNotAllowed
        }
        let id = UUID()
        try await sql.insert(into: JobModel.schema)
            .columns("id", "kind", "idempotency_key", "payload", "user_id", "organisation_id", "command", "state", "attempts", "max_attempts",
                     "run_after", "progress_done", "progress_total", "created_at")
            .values(SQLBind(id), SQLBind(Kind.name.rawValue), SQLBind(key), SQLBind(try JobJSON.encode(payload)), SQLBind(userID),
                    SQLBind(userID == nil ? nil : actor.organisationID), SQLBind(command), SQLBind(JobState.queued.rawValue), SQLBind(0),
                    SQLBind(max(1, Kind.maxAttempts)), SQLBind(date), SQLBind(0), SQLBind(0), SQLBind(date))
            .ignoringConflicts(with: "idempotency_key")
            .run()
        guard let key else { return JobTicket(id: id, isNew: true) }
        // The insert was skipped if the key was taken, by an earlier click or a parallel one.
        guard let existing = try await JobModel.query(on: db).filter(\.$idempotencyKey == key).first(), let existingID = existing.id else {
            throw StoreError.jobCrossed
        }
        return JobTicket(id: existingID, isNew: existingID == id)
    }

    /// Enqueues every scheduled kind's run for the interval holding `date` (each server does so
    /// every hour; the key makes it one job an interval).
    @discardableResult
    public func enqueueScheduled(at date: Date) async throws -> [JobTicket] {
        var tickets: [JobTicket] = []
        for kind in kinds.all {
            if let ticket = try await kind.enqueueScheduled(on: self, at: date) { tickets.append(ticket) }
        }
        return tickets
    }

    /// Leases the oldest due job of a kind this worker knows to `worker` until `date + lease`, or
    /// returns `nil` when none is due. Due: queued and past its back-off, or running under a lease
    /// that ran out (its worker died or lost the database). A job whose worker died on its last try
    /// fails for good instead.
    public func claim(by worker: String, lease: TimeInterval, at date: Date) async throws -> ClaimedJob? {
        try await failAbandoned(at: date)
        let id: UUID?
        if sql.dialect.name == "postgresql" {
            // Rows another worker is claiming are skipped, not waited for: any number of workers
            // take different jobs at the same moment, and the row lock holds until the lease is set.
            id = try await db.transaction { tx -> UUID? in
                let sql = tx as! any SQLDatabase
                guard let row = try await sql.raw("""
                    SELECT id FROM jobs WHERE \(due(at: date)) ORDER BY run_after, created_at, id LIMIT 1 FOR UPDATE SKIP LOCKED
                    """).first() else { return nil }
                let id = try row.decode(column: "id", as: UUID.self)
                try await sql.raw("UPDATE jobs SET \(leaseTerms(to: worker, until: date + lease, at: date)) WHERE id = \(bind: id)").run()
                return id
            }
        } else {
            // SQLite has one writer at a time, so one conditional statement claims atomically; one
            // worker runs per file (the server's), so nothing is skipped.
            id = try await sql.raw("""
                UPDATE jobs SET \(leaseTerms(to: worker, until: date + lease, at: date))
                WHERE id = (SELECT id FROM jobs WHERE \(due(at: date)) ORDER BY run_after, created_at, id LIMIT 1) RETURNING id
                """).first()?.decode(column: "id", as: UUID.self)
        }
        guard let id, let model = try await JobModel.find(id, on: db) else { return nil }
        return ClaimedJob(id: id, kind: try kinds.kind(stored: model.kind), payload: model.payload, attempt: model.attempts,
                          maxAttempts: model.maxAttempts, worker: worker, userID: model.userID, organisationID: model.organisationID,
                          command: model.command)
    }

    /// Records progress and renews the lease.
    public func progress(_ job: ClaimedJob, done: Int, of total: Int, lease: TimeInterval, at date: Date) async throws {
        try await held(job, sql.update(JobModel.schema).set("progress_done", to: SQLBind(done)).set("progress_total", to: SQLBind(total))
            .set("locked_until", to: SQLBind(date + lease)))
    }

    /// Renews the lease of a job still running.
    public func heartbeat(_ job: ClaimedJob, lease: TimeInterval, at date: Date) async throws {
        try await held(job, sql.update(JobModel.schema).set("locked_until", to: SQLBind(date + lease)))
    }

    /// The job did its work: its outcome is kept and its lease ends.
    public func succeed(_ job: ClaimedJob, result: String, at date: Date) async throws {
        try await held(job, sql.update(JobModel.schema).set("state", to: SQLBind(JobState.succeeded.rawValue)).set("result", to: SQLBind(result))
            .set("error", to: SQLLiteral.null).set("finished_at", to: SQLBind(date)).set("progress_done", to: SQLIdentifier("progress_total"))
            .set("locked_by", to: SQLLiteral.null).set("locked_until", to: SQLLiteral.null))
    }

    /// The try failed with `message`. With tries left and `retry`, the job waits its back-off and is
    /// queued again; otherwise it fails for good and gives up its key, so the same work can be
    /// asked for afresh. Returns the state it is left in.
    @discardableResult
    public func fail(_ job: ClaimedJob, message: String, retry: Bool, at date: Date) async throws -> JobState {
        let again = retry && job.attempt < job.maxAttempts
        var update = sql.update(JobModel.schema).set("error", to: SQLBind(message))
            .set("locked_by", to: SQLLiteral.null).set("locked_until", to: SQLLiteral.null)
        if again {
            update = update.set("state", to: SQLBind(JobState.queued.rawValue))
                .set("run_after", to: SQLBind(date + JobBackOff.delay(afterAttempt: job.attempt)))
        } else {
            update = update.set("state", to: SQLBind(JobState.failed.rawValue)).set("finished_at", to: SQLBind(date))
                .set("idempotency_key", to: SQLLiteral.null)
        }
        try await held(job, update)
        return again ? .queued : .failed
    }

    /// The worker is stopping before the job finished: it is queued again at once, this try not counted.
    public func release(_ job: ClaimedJob, at date: Date) async throws {
        try await held(job, sql.update(JobModel.schema).set("state", to: SQLBind(JobState.queued.rawValue)).set("run_after", to: SQLBind(date))
            .set("attempts", to: SQLBind(max(0, job.attempt - 1))).set("locked_by", to: SQLLiteral.null).set("locked_until", to: SQLLiteral.null))
    }

    /// Forgets finished jobs older than `date` (their work is in the audit log); returns how many.
    @discardableResult
    public func forget(finishedBefore date: Date) async throws -> Int {
        let old = JobModel.query(on: db).filter(\.$finishedAt < date)
        let count = try await old.count()
        if count > 0 { try await JobModel.query(on: db).filter(\.$finishedAt < date).delete() }
        return count
    }

    /// Runs `update` on the job only while `job.worker` still holds its lease; a worker that lost it
    /// (it stalled past the lease and another took the job) changes nothing and is told so.
    private func held(_ job: ClaimedJob, _ update: SQLUpdateBuilder) async throws {
        let rows = try await update.where("id", .equal, SQLBind(job.id)).where("locked_by", .equal, SQLBind(job.worker))
            .where("state", .equal, SQLBind(JobState.running.rawValue)).returning("id").all()
        if rows.isEmpty { throw StoreError.jobLeaseLost }
    }

    /// A job whose lease ran out on its last try: its worker died every time, so it is not tried again.
    private func failAbandoned(at date: Date) async throws {
        try await sql.raw("""
            UPDATE jobs SET state = \(bind: JobState.failed.rawValue), error = \(bind: StoreError.jobAbandoned.message), finished_at = \(bind: date),
            locked_by = NULL, locked_until = NULL, idempotency_key = NULL
            WHERE state = \(bind: JobState.running.rawValue) AND locked_until < \(bind: date) AND attempts >= max_attempts AND kind IN (\(binds: kinds.names))
            """).run()
    }

    private func due(at date: Date) -> SQLQueryString {
        """
        kind IN (\(binds: kinds.names)) AND ((state = \(bind: JobState.queued.rawValue) AND run_after <= \(bind: date)) \
        OR (state = \(bind: JobState.running.rawValue) AND locked_until < \(bind: date) AND attempts < max_attempts))
        """
    }

    private func leaseTerms(to worker: String, until: Date, at date: Date) -> SQLQueryString {
        """
        state = \(bind: JobState.running.rawValue), locked_by = \(bind: worker), locked_until = \(bind: until), attempts = attempts + 1, \
        started_at = COALESCE(started_at, \(bind: date))
        """
    }
}

extension Store {
    /// The job queue with every kind Sharewell registers.
    public var jobQueue: JobQueue { JobQueue(store: self, kinds: .sharewell) }

    /// The job queue running only `kinds` (tests add kinds of their own).
    public func jobQueue(_ kinds: JobKinds) -> JobQueue { JobQueue(store: self, kinds: kinds) }
}

extension JobQueue {
    /// The job already asked for under `key`, if one holds it.
    func existing(key: String) async throws -> JobTicket? {
        try await JobModel.query(on: db).filter(\.$idempotencyKey == key).first()?.id.map { JobTicket(id: $0, isNew: false) }
    }
}

extension JobQueue {
    /// Refuses, with the way out, a database migrated before the queue existed (a worker started
    /// against a database its server has not upgraded yet).
    public func requireTable() async throws {
        guard try await RepairEarlyHelpTables.tableExists(JobModel.schema, on: sql) else { throw StoreError.jobQueueMissing }
    }
}
