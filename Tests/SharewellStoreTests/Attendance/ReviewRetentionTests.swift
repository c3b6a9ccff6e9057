import FluentKit
import Foundation
import SharewellCore
@testable import SharewellStore
import SharewellTestSupport
import Testing

/// Issue 14, finding 13: the practice's own review is its own record, kept as long as the
/// practice says, then destroyed with everything it held about the pupil.
@Suite("A practice's review retention")
struct ReviewRetentionTests {
    typealias Import = AttendanceImportTests

    static func user(_ store: Store, _ role: Role, _ code: String = "P81001") async throws -> ActingUser {
        try #require(try await store.actingUser(try await store.addUser(NewUser(organisationCode: code, email: "\(role.rawValue)@\(code.lowercased()).example",
                                                                                  displayName: "\(role.rawValue) \(code)", role: role, passwordHash: "h"),
                                                                          by: .system("t"), at: Import.now)))
    }

    @Test("the practice's IG lead sets it in months; anything else, or anyone else, is refused and changes nothing", arguments: TestDatabase.available)
    func setting(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            _ = try await Import.school(store)
            let ig = try await Self.user(store, .informationGovernanceLead)
            #expect(try await store.reviewRetention(for: ig).months == nil, "kept until the practice decides")
            for typed in ["", "abc", "0", "1201", "-3", "+24", "99999999999999999999", "2.5"] {
                await #expect(throws: StoreError.invalidFields([.init(field: "months", message: "Enter the number of months, from 1 to 1200")]), "\(typed)") {
                    try await store.setReviewRetention(months: typed, by: ig, at: Import.now)
                }
            }
            #expect(try await store.reviewRetention(for: ig).months == nil)
            #expect(try await store.setReviewRetention(months: " 24 ", by: ig, at: Import.now) == 24)
            #expect(try await store.reviewRetention(for: ig) == ReviewRetention(months: 24, setBy: "informationGovernanceLead P81001, P81001", setAt: Import.now))
            let lead = try await Self.user(store, .safeguardingLead)
            await #expect(throws: StoreError.notAPractice) { try await store.setReviewRetention(months: "1", by: lead, at: Import.now) }
            let schoolIG = try await Self.user(store, .informationGovernanceLead, "200101")
            await #expect(throws: StoreError.notAPractice) { try await store.setReviewRetention(months: "1", by: schoolIG, at: Import.now) }
            #expect(try await store.reviewRetention(for: ig).months == 24)
        }
    }

    @Test("a retention that would destroy records at once is refused with their count until that count is confirmed", arguments: TestDatabase.available)
    func confirmsDestruction(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let (gp, referral) = try await PoorAttendanceListTests.referralAtPractice(store)
            let ig = try await Self.user(store, .informationGovernanceLead), later = Import.now.addingTimeInterval(42 * 86_400)
            let cutoff = CalendarDate(inEngland: later).adding(months: -1)
            await #expect(throws: StoreError.retentionWouldDestroy(records: 1, before: cutoff)) { try await store.setReviewRetention(months: "1", by: ig, at: later) }
            await #expect(throws: StoreError.retentionWouldDestroy(records: 1, before: cutoff)) { try await store.setReviewRetention(months: "1", destroying: 2, by: ig, at: later) }
            #expect(try await store.reviewRetention(for: ig).months == nil, "nothing saved")
            #expect(try await store.setReviewRetention(months: "2", by: ig, at: later) == 2, "two months destroy nothing yet")
            #expect(try await store.setReviewRetention(months: "1", destroying: 1, by: ig, at: later) == 1)
            #expect(try await store.destroyExpiredAttendance(at: later) == AttendanceRetentionRun(reviews: 1))
            #expect(try await store.referral(referral, for: gp, at: later) == nil)
        }
    }

    @Test("past the practice's months since its review, the practice's whole record of the pupil goes, audited", arguments: TestDatabase.available)
    func destroys(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let (gp, referral) = try await PoorAttendanceListTests.referralAtPractice(store)
            _ = try await store.reviewReferral(referral, AttendanceReview(medicalReason: .possible, category: .mentalHealth, internalNotes: "Seen", familyContacted: true), by: gp, at: Import.now)
            _ = try await store.setReviewRetention(months: "1", by: try await Self.user(store, .informationGovernanceLead), at: Import.now)

            let threeWeeks = Import.now.addingTimeInterval(21 * 86_400), sixWeeks = Import.now.addingTimeInterval(42 * 86_400)
            #expect(try await store.destroyExpiredAttendance(at: threeWeeks) == AttendanceRetentionRun(), "kept for the practice's month")
            #expect(try await store.destroyExpiredAttendance(at: sixWeeks) == AttendanceRetentionRun(reviews: 1), "shorter than the agreement's 12 months: the practice's choice")
            #expect(try await store.referral(referral, for: gp, at: sixWeeks) == nil)
            #expect(try await AttendanceReferralModel.everyOrganisation(on: store.db).count() == 0)
            #expect(try await store.destroyExpiredAttendance(at: sixWeeks) == AttendanceRetentionRun(), "nothing twice")
            guard case .intact = try await store.verifyAudit(against: []) else { Issue.record("audit chain broken"); return }
        }
    }
}
