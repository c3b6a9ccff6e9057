import FluentKit
import Foundation
import SQLKit
import SharewellCore
import SharewellDemo
@testable import SharewellStore
import SharewellTestSupport
import SyntheticBorough
import Testing

@Suite("Early help: the council matches a patient list to its own people")
struct PatientListMatchingTests {
    static let now = Date(timeIntervalSince1970: 1_800_000_000)  // 2027-01-15
    static let council = "\(BoroughPlan.localAuthority)-EH"

    struct World {
        let store: Store
        let practice: String
        let practitioner: ActingUser
        let councilWorker: ActingUser
        let analyst: ActingUser
    }

    /// A synthetic borough, one practice and the council's early help team under an active agreement.
    static func world(_ store: Store, extraItems: [DataItem] = [.demandCodes, .councilIndicators, .caseNotes]) async throws -> World {
        _ = try await DemoBorough.load(people: 1_500, seed: 5, into: store, at: now, schoolYear: 2025)
        let practice = try #require(try await store.directory(.init(kind: .gpPractice)).first).code
        func user(_ code: String, _ role: Role) async throws -> ActingUser {
            let id = try await store.addUser(NewUser(organisationCode: code, email: "\(role.rawValue)@\(code.lowercased()).example", displayName: "\(role) \(code)",
                                                     role: role, passwordHash: "h"), by: .system("t"), at: now)
            return try #require(try await store.actingUser(id))
        }
        var terms = PatientListExtractTests.terms()
        // Either side may disclose: the practice its list and codes, the council the shortlist.
        terms.parties = [practice, council]; terms.discloser = nil; terms.dataItems += extraItems
        let practiceLead = try await user(practice, .informationGovernanceLead)
        let id = try await store.createAgreement(terms, by: practiceLead, at: now)
        try await store.approveAgreement(id, by: practiceLead, at: now)
        try await store.approveAgreement(id, by: try await user(council, .informationGovernanceLead), at: now)
        return World(store: store, practice: practice, practitioner: try await user(practice, .practitioner), councilWorker: try await user(council, .practitioner),
                     analyst: try await user(council, .analyst))
    }

    struct TruthRow: Decodable { let record_id: UUID; let person_key: Int }

    @Test("links are right against the borough's truth; reviewed pairs finish the matching, which destroys the patients' details and keeps only the join keys", arguments: TestDatabase.available)
    func matches(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let w = try await Self.world(store)
            let receipt = try #require(try await store.sendPatientList(to: Self.council, by: w.practitioner, at: Self.now).grant)
            let summary = try await Self.matchThroughTheQueue(receipt.extractID, store, by: w.councilWorker)
            #expect(summary.patients == receipt.sent && summary.linked > 0)

            // Score the automatic links against the truth.
            let sql = store.db as! any SQLDatabase
            let truth = Dictionary(try await sql.raw("SELECT record_id, person_key FROM synthetic_truth").all(decoding: TruthRow.self).map { ($0.record_id, $0.person_key) }) { a, _ in a }
            let patients = try await PersonRecordModel.everyOrganisation(on: store.db).join(parent: \.$owner).filter(OrganisationModel.self, \.$code == w.practice).all()
            let patientKey = Dictionary(uniqueKeysWithValues: patients.map { ($0.localID, truth[$0.id!]!) })
            let links = try await EarlyHelpLinkModel.query(on: store.db).filter(\.$extract.$id == receipt.extractID).all()
            let right = links.filter { truth[$0.$councilPerson.id] == patientKey[$0.practicePatientID] }.count
            #expect(Double(right) / Double(links.count) >= 0.98, "\(right) of \(links.count) links right")
            let councilKeys = Set(try await PersonRecordModel.everyOrganisation(on: store.db).join(parent: \.$owner).filter(OrganisationModel.self, \.$code == Self.council).all().map { truth[$0.id!]! })
            let findable = patientKey.values.filter(councilKeys.contains).count
            #expect(Double(right) / Double(findable) >= 0.9, "\(right) of \(findable) findable people linked")

            // Review every uncertain pair, then the patients' details are gone and only the links remain.
            let reviews = try await store.linkReviews(for: w.councilWorker, at: Self.now)
            #expect(reviews.count == summary.toReview)
            #expect(try await store.linkReviews(for: w.practitioner, at: Self.now).isEmpty, "the practice does not see the council's queue")
            for review in try await store.linkReviews(for: w.councilWorker, at: Self.now) {
                guard try await store.linkReviews(for: w.councilWorker, at: Self.now).contains(where: { $0.id == review.id }) else { continue }
                #expect(review.explanation.last?.contains("match probability") == true)
                try await store.decideLinkReview(review.id, samePerson: review.probability >= 0.35, by: w.councilWorker, at: Self.now)
            }
            #expect(try await store.linkReviews(for: w.councilWorker, at: Self.now).isEmpty)
            #expect(try await EarlyHelpExtractPersonModel.query(on: store.db).count() == 0)
            #expect(try await store.receivedPatientList(receipt.extractID, for: w.councilWorker) == [])
            let received = try #require(try await store.receivedExtracts(for: w.councilWorker).first)
            #expect(received.matchedAt != nil && received.linked >= summary.linked)
            let audit = try await store.auditEntries(subject: Store.extractSubject(receipt.extractID))
            #expect(audit.contains { $0.action == "extract-destroyed" } && audit.contains { $0.action == "early-help-matched" })
            await #expect(throws: StoreError.unknownExtract) { try await store.matchPatientList(receipt.extractID, by: w.councilWorker, at: Self.now) }
            let asked = try await store.jobQueue.jobs(for: w.councilWorker)
            #expect(try await store.enqueuePatientListMatching(receipt.extractID, by: w.councilWorker, at: Self.now).id == asked.first?.id,
                    "Match once matched leads to the job that did it")
        }
    }

    /// Matching as the council's "Match" now asks for it: a job, run by a worker, its outcome read back.
    static func matchThroughTheQueue(_ extractID: UUID, _ store: Store, by worker: ActingUser) async throws -> MatchingSummary {
        let ticket = try await store.enqueuePatientListMatching(extractID, by: worker, at: now)
        #expect(try await store.enqueuePatientListMatching(extractID, by: worker, at: now) == JobTicket(id: ticket.id, isNew: false), "a double click is one job")
        #expect(try await EarlyHelpLinkModel.query(on: store.db).filter(\.$extract.$id == extractID).count() == 0, "nothing is matched until a worker runs the job")
        #expect(try await JobWorker(store.jobQueue, name: "test-worker", now: { now }, logger: JobFixture.quiet).runUntilIdle() == 1)
        let job = try #require(try await store.jobQueue.job(ticket.id, for: worker))
        #expect(job.state == .succeeded && job.progressDone == 4 && job.progressTotal == 4 && job.requestedBy == worker.auditActor)
        return try #require(try await store.jobQueue.outcome(of: ticket.id, as: MatchPatientListJob.self))
    }

    /// The links and the pairs to review an extract has, by practice patient number and council
    /// reference (ids differ between databases; the borough's references do not).
    static func matching(_ extractID: UUID, _ store: Store) async throws -> (links: Set<String>, reviews: Set<String>) {
        let reference = Dictionary(try await PersonRecordModel.everyOrganisation(on: store.db).all().map { ($0.id!, $0.localID) }) { a, _ in a }
        let links = try await EarlyHelpLinkModel.query(on: store.db).filter(\.$extract.$id == extractID).all()
        let reviews = try await EarlyHelpLinkReviewModel.query(on: store.db).filter(\.$extract.$id == extractID).with(\.$extractPerson).all()
        return (Set(links.map { "\($0.practicePatientID) = \(reference[$0.$councilPerson.id] ?? "?") at \(String(format: "%.6f", $0.probability))" }),
                Set(reviews.map { "\($0.extractPerson.practicePatientID) ? \(reference[$0.$councilPerson.id] ?? "?") at \(String(format: "%.6f", $0.probability)): \($0.explanation)" }))
    }

    @Test("matching through the queue makes the same links and the same pairs to review as matching inside the request did", arguments: TestDatabase.available)
    func queueMatchesDirect(_ database: TestDatabase) async throws {
        let direct = try await database.withStore { store async throws in
            let w = try await Self.world(store)
            let receipt = try #require(try await store.sendPatientList(to: Self.council, by: w.practitioner, at: Self.now).grant)
            let summary = try await store.matchPatientList(receipt.extractID, by: w.councilWorker, at: Self.now)
            return (summary, try await Self.matching(receipt.extractID, store))
        }
        try await database.withStore { store async throws in
            let w = try await Self.world(store)
            let receipt = try #require(try await store.sendPatientList(to: Self.council, by: w.practitioner, at: Self.now).grant)
            let summary = try await Self.matchThroughTheQueue(receipt.extractID, store, by: w.councilWorker)
            let queued = try await Self.matching(receipt.extractID, store)
            #expect(summary == direct.0)
            #expect(queued.links == direct.1.links && queued.links.count == summary.linked)
            #expect(queued.reviews == direct.1.reviews && queued.reviews.count == summary.toReview)
        }
    }

    @Test("deciding a pair: the same person links them and drops their other pairs; different people leaves no link; the last decision destroys the details", arguments: TestDatabase.available)
    func review(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let w = try await Self.world(store)
            let receipt = try #require(try await store.sendPatientList(to: Self.council, by: w.practitioner, at: Self.now).grant)
            // Three uncertain pairs as matching would leave them: patient A with two council people, patient B with one.
            let people = try await EarlyHelpExtractPersonModel.query(on: store.db).sort(\.$practicePatientID).limit(2).all()
            let council = try await PersonRecordModel.everyOrganisation(on: store.db).join(parent: \.$owner).filter(OrganisationModel.self, \.$code == Self.council).limit(3).all()
            for (patient, person) in [(people[0], council[0]), (people[0], council[1]), (people[1], council[2])] {
                let r = EarlyHelpLinkReviewModel()
                r.$extract.id = receipt.extractID; r.$extractPerson.id = try patient.requireID(); r.$councilPerson.id = try person.requireID()
                r.probability = 0.3; r.explanation = "Given name: similar (+1.0, for a match)\nStarting odds -10.0; total -1.2: match probability 0.300"
                try await r.create(on: store.db)
            }
            let queue = try await store.linkReviews(for: w.councilWorker, at: Self.now)
            #expect(queue.count == 3 && queue[0].explanation.count == 2 && !queue[0].practice.name.isEmpty && !queue[0].council.name.isEmpty)

            let first = try #require(queue.first { $0.practicePatientID == people[0].practicePatientID && $0.council.name == "\(council[0].givenName) \(council[0].familyName)" })
            try await store.decideLinkReview(first.id, samePerson: true, by: w.councilWorker, at: Self.now)
            let left = try await store.linkReviews(for: w.councilWorker, at: Self.now)
            #expect(left.map(\.practicePatientID) == [people[1].practicePatientID], "patient A's other pair went with the decision")
            #expect(try await EarlyHelpExtractPersonModel.query(on: store.db).filter(\.$extract.$id == receipt.extractID).count() == receipt.sent, "still being matched")

            await #expect(throws: StoreError.unknownExtract) { try await store.decideLinkReview(left[0].id, samePerson: true, by: w.practitioner, at: Self.now) }
            try await store.decideLinkReview(left[0].id, samePerson: false, by: w.councilWorker, at: Self.now)
            let links = try await EarlyHelpLinkModel.query(on: store.db).all()
            #expect(links.map(\.practicePatientID) == [people[0].practicePatientID] && links[0].$councilPerson.id == council[0].id && links[0].decidedBy == w.councilWorker.displayName)
            #expect(try await EarlyHelpExtractPersonModel.query(on: store.db).count() == 0, "the last decision finished the matching")
        }
    }

    @Test("only the receiving council may match a patient list", arguments: TestDatabase.available)
    func onlyTheRecipient(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let w = try await Self.world(store)
            let receipt = try #require(try await store.sendPatientList(to: Self.council, by: w.practitioner, at: Self.now).grant)
            await #expect(throws: StoreError.unknownExtract) { try await store.matchPatientList(receipt.extractID, by: w.practitioner, at: Self.now) }
            await #expect(throws: StoreError.unknownExtract) { try await store.enqueuePatientListMatching(receipt.extractID, by: w.practitioner, at: Self.now) }
            await #expect(throws: StoreError.unknownExtract) { try await store.enqueuePatientListMatching(receipt.extractID, by: w.analyst, at: Self.now) }
            #expect(try await EarlyHelpLinkModel.query(on: store.db).count() == 0)
            #expect(try await JobModel.query(on: store.db).count() == 0, "no job asked for")
        }
    }
}
