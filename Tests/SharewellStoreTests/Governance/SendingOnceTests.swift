import FluentKit
import Foundation
import SharewellCore
@testable import SharewellStore
import SharewellTestSupport
import Testing

/// Issue 15: every sending is idempotent, keyed by sender, recipient, purpose, period and the set
/// of subjects. Each list is sent three times at once, on both databases, and the rows are counted.
@Suite("Nothing sent twice")
struct SendingOnceTests {
    typealias Fixture = GovernanceFixture
    static let now = StratificationStoreTests.now

    /// Runs `send` three times at once and answers the outcomes.
    static func thrice<T: Sendable>(_ send: @escaping @Sendable () async throws -> T) async throws -> [T] {
        try await withThrowingTaskGroup(of: T.self) { group in
            for _ in 0..<3 { group.addTask { try await send() } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
    }

    @Test("a patient list sent three times at once reaches the council once; a repeat says when and by whom; a confirmed re-send is a new sending",
          arguments: TestDatabase.available)
    func patientList(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let f = try await Fixture.make(store)
            _ = try await PatientListExtractTests.activeAgreement(f)
            let practitioner = f.user("P81001", .practitioner)
            let outcomes = try await Self.thrice { try await store.sendPatientList(to: "353-EH", by: practitioner, at: Fixture.now) }
            #expect(outcomes.compactMap(\.grant).count == 1)
            let prior = PriorSending(at: Fixture.now, by: practitioner.displayName, people: 5)
            #expect(outcomes.compactMap(\.refusal?.reason) == [.alreadySent(prior), .alreadySent(prior)])
            #expect(try await EarlyHelpExtractModel.query(on: store.db).count() == 1)
            #expect(try await EarlyHelpExtractPersonModel.query(on: store.db).count() == 5)
            let shares = try await AuditEntryModel.query(on: store.db).filter(\.$action == "share").count()
            #expect(shares == 5, "a repeat writes no audit entry")

            let again = try await store.sendPatientList(to: "353-EH", by: practitioner, at: Fixture.now.addingTimeInterval(3600))
            #expect(again.refusal?.reason == .alreadySent(prior), "a reload later is still a repeat")
            let resent = try await store.sendPatientList(to: "353-EH", resend: true, by: practitioner, at: Fixture.now.addingTimeInterval(7200))
            #expect(resent.grant?.sent == 5)
            #expect(try await EarlyHelpExtractModel.query(on: store.db).count() == 2)
            #expect(try await AuditEntryModel.query(on: store.db).filter(\.$action == "share").count() == 10)
        }
    }

    @Test("demand codes and shortlists sent three times at once arrive once; a new file of codes, or a shortlist for another meeting, goes",
          arguments: TestDatabase.available)
    func codesAndShortlists(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let (w, links) = try await StratificationStoreTests.linkedWorld(store)  // sent one file of codes
            let council = PatientListMatchingTests.council
            let codes = "practice_patient_id,code,date\n\(links[0].practicePatientID),GP1,2026-12-01\n\(links[0].practicePatientID),GP2,2026-12-02\n\(links[1].practicePatientID),GP1,2026-12-05\n"
            let repeats = try await Self.thrice { try await store.sendDemandCodes(Array(codes.utf8), to: council, by: w.practitioner, at: Self.now) }
            #expect(repeats.allSatisfy { $0.refusal?.reason.isRepeat == true })
            #expect(try await EarlyHelpDemandCodeModel.query(on: store.db).count() == 3)
            let newer = "practice_patient_id,code,date\n\(links[0].practicePatientID),GP3,2027-01-10\n"
            #expect(try await store.sendDemandCodes(Array(newer.utf8), to: council, by: w.practitioner, at: Self.now).grant?.codes == 1)
            #expect(try await EarlyHelpDemandCodeModel.query(on: store.db).count() == 4)

            let choice = StratificationStoreTests.choice
            let lists = try await Self.thrice { try await store.sendShortlist(choice, to: w.practice, by: w.councilWorker, at: Self.now) }
            #expect(lists.compactMap(\.grant) == [3])
            #expect(lists.compactMap(\.refusal?.reason) == Array(repeating: .alreadySent(.init(at: Self.now, by: w.councilWorker.displayName, people: 3)), count: 2))
            #expect(try await EarlyHelpShortlistModel.query(on: store.db).count() == 1)
            #expect(try await EarlyHelpShortlistEntryModel.query(on: store.db).count() == 3)

            let day = CalendarDate(iso: "2027-01-20")!
            let meetings = try await Self.thrice { try await store.scheduleCaseDiscussion(choice, with: w.practice, on: day, place: "Room 1", by: w.councilWorker, at: Self.now) }
            #expect(meetings.compactMap(\.grant).count == 1, "a double click schedules one meeting")
            #expect(try await EarlyHelpMeetingModel.query(on: store.db).count() == 1)
            let later = try await store.scheduleCaseDiscussion(choice, with: w.practice, on: day.advanced(by: 14), place: "Room 1", by: w.councilWorker, at: Self.now)
            #expect(later.grant != nil, "a follow-up meeting a fortnight on is another sending")
        }
    }

    @Test("a case-by-case sharing about the same person is one sending a day", arguments: TestDatabase.available)
    func caseByCase(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let f = try await Fixture.make(store)
            _ = try await f.activeAgreement(Fixture.terms(bulk: false))
            let pupil = f.records(of: "200101")[0]
            try await f.record(.given, .purpose(.attendanceLiaison), for: pupil)
            let request = SharingRequest(recipient: "P81001", purpose: .attendanceLiaison, items: [.name], bulk: false, subjects: [pupil])
            #expect(try await f.share(request).grant != nil)
            #expect(try await f.share(request).refusal?.reason.isRepeat == true)
            let tomorrow = try await store.share(request, from: OwnPersonRecords(), by: f.user("200101", .practitioner), at: Fixture.now.addingTimeInterval(86_400))
            #expect(tomorrow.grant != nil)
        }
    }
}
