import FluentKit
import Foundation
import SQLKit
import SharewellCore
@testable import SharewellStore
import SharewellTestSupport
import Testing

/// Jobs survive their workers: a worker that dies mid-job (its process killed, its lease never
/// renewed) leaves the job to another after the lease, and two workers claiming at the same moment
/// never run one job twice. Each worker here has its own connections, as a separate process would.
@Suite("Jobs: restarts and several workers")
struct JobRestartTests {
    /// Runs `body` with two separately connected stores on one new database, as two processes.
    static func twoProcesses(_ database: TestDatabase, _ body: (Store, Store) async throws -> Void) async throws {
        try await database.withFresh { location async throws in
            let a = try StoreDatabases(location), b = try StoreDatabases(location)
            do {
                try await body(a.store, b.store)
                await a.shutdown(); await b.shutdown()
            } catch {
                await a.shutdown(); await b.shutdown()
                throw error
            }
        }
    }

    @Test("a job whose worker died mid-job is taken by another worker once the lease has run out, and completes", arguments: TestDatabase.available)
    func restart(_ database: TestDatabase) async throws {
        try await database.withFresh { location async throws in
            let clock = JobClock()
            let token = UUID()
            // The first process: asks for the job, claims it with a 30-second lease, and dies.
            let first = try StoreDatabases(location)
            let user = try await JobFixture.practitioner(first.store)
            let ticket = try await first.store.jobQueue(JobFixture.kinds).enqueue(EchoJob.self, .init(token: token, steps: 2), key: nil, by: user, at: clock.now)
            let dead = try #require(try await first.store.jobQueue(JobFixture.kinds).claim(by: "dead-worker", lease: 30, at: clock.now))
            #expect(dead.id == ticket.id && dead.attempt == 1)
            await first.shutdown()

            // The second process, started after: the job is still leased, then it is free.
            let second = try StoreDatabases(location)
            defer { Task { await second.shutdown() } }
            let queue = second.store.jobQueue(JobFixture.kinds)
            let survivor = JobFixture.worker(second.store, "survivor", clock: clock)
            #expect(try await queue.job(ticket.id, for: user)?.state == .running)
            clock.advance(by: 29)
            #expect(try await survivor.runOne() == nil, "the lease still holds")
            clock.advance(by: 2)
            #expect(try await survivor.runOne() == ticket.id)
            let job = try #require(try await queue.job(ticket.id, for: user))
            #expect(job.state == .succeeded && job.attempts == 2 && job.progressDone == 2 && job.outcome == "Echoed 2 steps.")
            #expect(await JobRunLog.shared.count(token) == 1, "the dead worker never ran it; the survivor ran it once")
            // Were the first worker only stalled, its late word would not be kept.
            await #expect(throws: StoreError.jobLeaseLost) { try await queue.succeed(dead, result: "{}", at: clock.now) }
            await #expect(throws: StoreError.jobLeaseLost) { try await queue.progress(dead, done: 1, of: 2, lease: 30, at: clock.now) }
            #expect(try await queue.job(ticket.id, for: user)?.outcome == "Echoed 2 steps.")
        }
    }

    @Test("a job whose worker dies on every try fails for good after its last, instead of being taken again", arguments: TestDatabase.available)
    func abandoned(_ database: TestDatabase) async throws {
        try await Self.twoProcesses(database) { a, b in
            let clock = JobClock()
            let user = try await JobFixture.practitioner(a)
            let ticket = try await a.jobQueue(JobFixture.kinds).enqueue(FailingJob.self, .init(token: UUID()), key: "abandoned", by: user, at: clock.now)
            for attempt in 1...FailingJob.maxAttempts {
                let claimed = try await a.jobQueue(JobFixture.kinds).claim(by: "dies-\(attempt)", lease: 60, at: clock.now)
                #expect(claimed?.attempt == attempt)
                clock.advance(by: 61)
            }
            #expect(try await JobFixture.worker(b, "survivor", clock: clock).runOne() == nil)
            let job = try #require(try await b.jobQueue(JobFixture.kinds).job(ticket.id, for: user))
            #expect(job.state == .failed && job.attempts == 3 && job.error == StoreError.jobAbandoned.message)
        }
    }

    @Test("a worker that stops hands its job back at once, the try not counted", arguments: TestDatabase.available)
    func release(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let clock = JobClock()
            let user = try await JobFixture.practitioner(store)
            let queue = store.jobQueue(JobFixture.kinds)
            let ticket = try await queue.enqueue(EchoJob.self, .init(token: UUID()), key: nil, by: user, at: clock.now)
            let claimed = try #require(try await queue.claim(by: "stopping", lease: 60, at: clock.now))
            try await queue.release(claimed, at: clock.now)
            let job = try #require(try await queue.job(ticket.id, for: user))
            #expect(job.state == .queued && job.attempts == 0 && job.runAfter == clock.now)
            #expect(try await JobFixture.worker(store, "next", clock: clock).runOne() == ticket.id)
            #expect(try await queue.job(ticket.id, for: user)?.attempts == 1)
        }
    }

    @Test("two workers claiming at the same moment run each of 30 jobs exactly once", arguments: TestDatabase.available)
    func twoWorkers(_ database: TestDatabase) async throws {
        try await Self.twoProcesses(database) { a, b in
            let clock = JobClock()
            let user = try await JobFixture.practitioner(a)
            let tokens = (0..<30).map { _ in UUID() }
            var ids: [UUID] = []
            for token in tokens { ids.append(try await a.jobQueue(JobFixture.kinds).enqueue(EchoJob.self, .init(token: token, steps: 1), key: nil, by: user, at: clock.now).id) }
            async let ranByA = JobFixture.worker(a, "worker-a", clock: clock).runUntilIdle()
            async let ranByB = JobFixture.worker(b, "worker-b", clock: clock).runUntilIdle()
            let (countA, countB) = try await (ranByA, ranByB)
            #expect(countA + countB == 30)
            for token in tokens { #expect(await JobRunLog.shared.count(token) == 1) }
            let jobs = try await a.jobQueue(JobFixture.kinds).jobs(for: user, limit: 100)
            #expect(Set(jobs.map(\.id)) == Set(ids) && jobs.allSatisfy { $0.state == .succeeded && $0.attempts == 1 })
        }
    }

    @Test("on PostgreSQL a claim skips a job another worker is in the middle of claiming, instead of waiting for it",
          .enabled(if: TestDatabase.postgresURL != nil, "needs SHAREWELL_TEST_POSTGRES_URL"))
    func skipsLockedRows() async throws {
        try await TestDatabase.postgres.withFresh { location async throws in
            let clock = JobClock()
            let setup = try StoreDatabases(location)
            let user = try await JobFixture.practitioner(setup.store)
            let queue = setup.store.jobQueue(JobFixture.kinds)
            let oldest = try await queue.enqueue(EchoJob.self, .init(token: UUID()), key: nil, by: user, at: clock.now)
            let next = try await queue.enqueue(EchoJob.self, .init(token: UUID()), key: nil, by: user, at: clock.now + 1)
            // A claim that waited for the lock would fail after 5 seconds here instead of hanging the run.
            let sql = try #require(setup.database as? any SQLDatabase)
            let name = try #require(try await sql.raw("SELECT current_database() AS name").first()?.decode(column: "name", as: String.self))
            try await sql.raw("ALTER DATABASE \(ident: name) SET lock_timeout = '5s'").run()
            await setup.shutdown()

            let holder = try StoreDatabases(location), claimer = try StoreDatabases(location)
            defer { Task { await holder.shutdown(); await claimer.shutdown() } }
            try await holder.database.transaction { tx in
                // Another worker, between its SELECT … FOR UPDATE and setting its lease, holds the oldest row.
                try await (tx as! any SQLDatabase).raw("SELECT id FROM jobs WHERE id = \(bind: oldest.id) FOR UPDATE").run()
                let claimed = try await claimer.store.jobQueue(JobFixture.kinds).claim(by: "other", lease: 60, at: clock.now + 2)
                #expect(claimed?.id == next.id, "the locked row was skipped, not waited for")
            }
            #expect(try await claimer.store.jobQueue(JobFixture.kinds).claim(by: "other", lease: 60, at: clock.now + 2)?.id == oldest.id)
        }
    }
}
