import FluentKit
import Foundation
import SharewellCore
@testable import SharewellStore
import SharewellTestSupport
import Testing

@Suite("Jobs: the queue, its retries and its scope")
struct JobQueueTests {
    @Test("the same work asked for twice, even at the same moment, is one job; without a key each is its own", arguments: TestDatabase.available)
    func idempotent(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let user = try await JobFixture.practitioner(store)
            let queue = store.jobQueue(JobFixture.kinds)
            let payload = EchoJob.Payload(token: UUID())
            let first = try await queue.enqueue(EchoJob.self, payload, key: "echo:1", by: user, at: JobFixture.start)
            let second = try await queue.enqueue(EchoJob.self, payload, key: "echo:1", by: user, at: JobFixture.start)
            #expect(first.isNew && !second.isNew && first.id == second.id)
            async let a = queue.enqueue(EchoJob.self, payload, key: "echo:2", by: user, at: JobFixture.start)
            async let b = queue.enqueue(EchoJob.self, payload, key: "echo:2", by: user, at: JobFixture.start)
            let (x, y) = try await (a, b)
            #expect(x.id == y.id && x.isNew != y.isNew, "a double click is one job")
            _ = try await queue.enqueue(EchoJob.self, payload, key: nil, by: user, at: JobFixture.start)
            _ = try await queue.enqueue(EchoJob.self, payload, key: nil, by: user, at: JobFixture.start)
            #expect(try await JobModel.query(on: store.db).count() == 4)
        }
    }

    @Test("a job reports its progress as it runs, and its outcome when it succeeds", arguments: TestDatabase.available)
    func progress(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let user = try await JobFixture.practitioner(store)
            let clock = JobClock()
            let queue = store.jobQueue(JobFixture.kinds)
            let ticket = try await queue.enqueue(EchoJob.self, .init(token: UUID(), steps: 3), key: nil, by: user, at: clock.now)
            let waiting = try #require(try await queue.job(ticket.id, for: user))
            #expect(waiting.state == .queued && waiting.progressDone == 0 && waiting.startedAt == nil && waiting.title == EchoJob.title)

            #expect(try await JobFixture.worker(store, "w1", clock: clock).runOne() == ticket.id)
            let outcome = try #require(try await queue.outcome(of: ticket.id, as: EchoJob.self))
            #expect(outcome.progressSeen == ["running 1/3", "running 2/3", "running 3/3"], "each step was stored while it ran")
            let done = try #require(try await queue.job(ticket.id, for: user))
            #expect(done.state == .succeeded && done.attempts == 1 && done.progressDone == 3 && done.fractionDone == 1)
            #expect(done.outcome == "Echoed 3 steps." && done.error == nil && done.startedAt == clock.now && done.finishedAt == clock.now)
            #expect(try await JobFixture.worker(store, "w1", clock: clock).runOne() == nil, "nothing else is due")
        }
    }

    @Test("a job that throws waits 5 s, then 30 s, and fails for good after its last try, giving up its key", arguments: TestDatabase.available)
    func backOff(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let user = try await JobFixture.practitioner(store)
            let clock = JobClock()
            let queue = store.jobQueue(JobFixture.kinds)
            let token = UUID()
            let ticket = try await queue.enqueue(FailingJob.self, .init(token: token), key: "failing", by: user, at: clock.now)
            let worker = JobFixture.worker(store, "w1", clock: clock)

            #expect(try await worker.runOne() == ticket.id)
            var job = try #require(try await queue.job(ticket.id, for: user))
            #expect(job.state == .queued && job.attempts == 1 && job.runAfter == JobFixture.start + 5)
            #expect(job.error == "It stopped on an unexpected error (SharewellStoreTests.FailingJob.Broken); it will be tried again shortly.")
            clock.advance(by: 4)
            #expect(try await worker.runOne() == nil, "not before its back-off")
            clock.advance(by: 1)
            #expect(try await worker.runOne() == ticket.id)
            job = try #require(try await queue.job(ticket.id, for: user))
            #expect(job.state == .queued && job.attempts == 2 && job.runAfter == clock.now + 30)
            clock.advance(by: 29)
            #expect(try await worker.runOne() == nil)
            clock.advance(by: 1)
            #expect(try await worker.runOne() == ticket.id)
            job = try #require(try await queue.job(ticket.id, for: user))
            #expect(job.state == .failed && job.attempts == 3 && job.finishedAt == clock.now)
            #expect(job.error == "It stopped on an unexpected error (SharewellStoreTests.FailingJob.Broken).")
            clock.advance(by: 3_600)
            #expect(try await worker.runOne() == nil, "failed for good")
            #expect(await JobRunLog.shared.count(token) == 3)
            #expect(try await queue.enqueue(FailingJob.self, .init(token: token), key: "failing", by: user, at: clock.now).isNew, "the same work may be asked for again")
        }
    }

    @Test("the back-off grows six-fold from 5 seconds and stops at an hour")
    func backOffSchedule() {
        #expect((1...6).map(JobBackOff.delay(afterAttempt:)) == [5, 30, 180, 1_080, 3_600, 3_600])
    }

    @Test("a refusal fails the job at once with its sentence: trying again would not change it", arguments: TestDatabase.available)
    func refusal(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let user = try await JobFixture.practitioner(store)
            let clock = JobClock()
            let queue = store.jobQueue(JobFixture.kinds)
            let ticket = try await queue.enqueue(RefusingJob.self, .init(token: UUID()), key: nil, by: user, at: clock.now)
            #expect(try await JobFixture.worker(store, "w1", clock: clock).runOne() == ticket.id)
            let job = try #require(try await queue.job(ticket.id, for: user))
            #expect(job.state == .failed && job.attempts == 1 && job.error == StoreError.unknownExtract.message)
        }
    }

    @Test("a job runs as the person who asked, read again: once their account is disabled it does nothing and fails", arguments: TestDatabase.available)
    func disabledActor(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let user = try await JobFixture.practitioner(store)
            let admin = try #require(try await store.actingUser(try await store.addUser(
                NewUser(organisationCode: "P81009", email: "admin@p81009.example", displayName: "Admin", role: .administrator, passwordHash: "h"),
                by: .system("test"), at: JobFixture.start)))
            let clock = JobClock()
            let queue = store.jobQueue(JobFixture.kinds)
            let token = UUID()
            let ticket = try await queue.enqueue(EchoJob.self, .init(token: token), key: nil, by: user, at: clock.now)
            #expect(try await store.setDisabled(try #require(user.userID), true, by: admin, at: clock.now))
            #expect(try await JobFixture.worker(store, "w1", clock: clock).runOne() == ticket.id)
            #expect(await JobRunLog.shared.count(token) == 0, "the work never ran")
            let job = try #require(try await queue.all().first { $0.id == ticket.id })
            #expect(job.state == .failed && job.error == StoreError.jobActorGone.message)
        }
    }

    @Test("an organisation sees its own jobs of kinds its role may follow; nobody asks for one without the kind's permission", arguments: TestDatabase.available)
    func scope(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let user = try await JobFixture.practitioner(store)
            try await store.addOrganisations([.sample(code: "P81010", name: "Other Surgery")])
            func person(_ code: String, _ role: Role) async throws -> ActingUser {
                try #require(try await store.actingUser(try await store.addUser(
                    NewUser(organisationCode: code, email: "\(role.rawValue)@\(code.lowercased()).example", displayName: "\(role)", role: role, passwordHash: "h"),
                    by: .system("test"), at: JobFixture.start)))
            }
            let analyst = try await person("P81009", .analyst), stranger = try await person("P81010", .practitioner)
            let queue = store.jobQueue(JobFixture.kinds)
            let ticket = try await queue.enqueue(EchoJob.self, .init(token: UUID()), key: nil, by: user, at: JobFixture.start)
            #expect(try await queue.jobs(for: user).map(\.id) == [ticket.id])
            #expect(try await queue.jobs(for: user).first?.organisationCode == "P81009")
            #expect(try await queue.job(ticket.id, for: stranger) == nil, "another organisation's job is as missing")
            #expect(try await queue.jobs(for: stranger).isEmpty)
            #expect(try await queue.job(ticket.id, for: analyst) == nil, "a role that may not follow the kind")
            #expect(try await queue.jobs(for: analyst).isEmpty)
            await #expect(throws: StoreError.jobNotAllowed) { try await queue.enqueue(EchoJob.self, .init(token: UUID()), key: nil, by: analyst, at: JobFixture.start) }
            await #expect(throws: StoreError.jobNotAllowed) {
                try await queue.enqueue(EarlyHelpRetentionJob.self, NoPayload(), key: nil, by: user, at: JobFixture.start)
            }
            let command = try await store.commandActor("import", organisationCode: "P81009", permissions: [.viewIdentifiableRecords])
            await #expect(throws: StoreError.jobNotAllowed) { try await queue.enqueue(EchoJob.self, .init(token: UUID()), key: nil, by: command, at: JobFixture.start) }
        }
    }

    @Test("a stored kind this version does not know is an error when read, and no worker claims it", arguments: TestDatabase.available)
    func unknownKind(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let user = try await JobFixture.practitioner(store)
            let clock = JobClock()
            let ticket = try await store.jobQueue(JobFixture.kinds).enqueue(EchoJob.self, .init(token: UUID()), key: nil, by: user, at: clock.now)
            // Sharewell's own kinds only: this version has never heard of the test's.
            await #expect(throws: StoreError.unreadableStored(field: "jobs.kind", value: EchoJob.name.rawValue)) { try await store.jobQueue.all() }
            #expect(try await JobWorker(store.jobQueue, name: "older", now: { clock.now }, logger: JobFixture.quiet).runOne() == nil)
            #expect(try await store.jobQueue(JobFixture.kinds).job(ticket.id, for: user)?.state == .queued, "left for a worker that knows it")
        }
    }

    @Test("every server asks for the scheduled retention each hour; the queue keeps one job an hour, and a worker runs them", arguments: TestDatabase.available)
    func scheduled(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let clock = JobClock()
            let first = try await store.jobQueue.enqueueScheduled(at: clock.now)
            let secondServer = try await store.jobQueue.enqueueScheduled(at: clock.now + 60)
            #expect(first.count == 3 && first.allSatisfy(\.isNew) && secondServer.map(\.id) == first.map(\.id) && !secondServer.contains(where: \.isNew))
            #expect(try await store.jobQueue.enqueueScheduled(at: clock.now + 3_600).allSatisfy(\.isNew), "the next hour's")
            #expect(try await JobWorker(store.jobQueue, name: "w", now: { clock.now + 3_600 }, logger: JobFixture.quiet).runUntilIdle() == 6)
            let jobs = try await store.jobQueue.all()
            #expect(jobs.count == 6 && jobs.allSatisfy { $0.state == .succeeded && $0.requestedBy == "system:retention" && $0.organisationCode.isEmpty })
            #expect(Set(jobs.map(\.kind)) == [EarlyHelpRetentionJob.name, AttendanceRetentionJob.name, BirthsRetentionJob.name])
            #expect(jobs.contains { $0.outcome == "Destroyed 0 extracts (0 patients' details, 0 links) and 0 shortlists past their retention period." })
            #expect(try await store.jobQueue.all(state: .failed).isEmpty)
            #expect(try await store.jobQueue.all(state: .succeeded).count == 6)
            #expect(try await store.jobQueue.forget(finishedBefore: clock.now + 3_601) == 6)
            #expect(try await store.jobQueue.all().isEmpty)
        }
    }
}
