import Foundation
import SharewellCore
@testable import SharewellStore
import SharewellTestSupport
import Testing

/// The early years team resolves a birth in no catchment by sending the family on to a centre
/// (issue 18, item 2), through the gate; the sender's later withdrawal reaches that centre too.
@Suite("Resolving births in no catchment")
struct BirthsResolveTests {
    static let now = BirthsPathwayTests.now
    static let dot = BirthsBorough.births[3]

    /// A live-births agreement from the early years team to a centre, in force.
    static func agree(_ store: Store, teamTo centre: String) async throws {
        let leads = [try await BirthsWithdrawalTests.lead(store, "353-EY"), try await BirthsWithdrawalTests.lead(store, centre)]
        let today = CalendarDate(inEngland: now)
        let terms = AgreementTerms(title: "Resolved births", purpose: .liveBirths, parties: ["353-EY", centre], discloser: "353-EY", bulk: true,
                                   dataItems: SharingPurpose.liveBirths.dataItems, legalBases: [.art6PublicTask], dpiaReference: "DPIA-R",
                                   dpiaDate: today.advanced(by: -60), retentionMonths: 12, start: today.advanced(by: -30), review: today.advanced(by: 300),
                                   end: today.advanced(by: 700))
        let agreement = try await store.createAgreement(terms, by: leads[0], at: now)
        for lead in leads { try await store.approveAgreement(agreement, by: lead, at: now) }
    }

    @Test("the team sends a birth in no catchment on to a centre only under an agreement; it leaves the team's list; a later do-not-contact withdraws it at the centre",
          arguments: TestDatabase.available)
    func resolve(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let b = try await BirthsPathwayTests.borough(store)
            _ = try await BirthsWithdrawalTests.import_(store, [Self.dot], by: b.maternity, at: Self.now)
            let dot = try #require(try await store.birthsList(for: b.team, at: Self.now).births.first { $0.parentName == "Dot Nowhere" }).id

            guard case .failure(let refusal) = try await store.resolveBirth(dot, to: "600101", by: b.team, at: Self.now) else {
                Issue.record("no agreement lets the team send to the centre"); return
            }
            guard case .noAgreement = refusal.reason else { Issue.record("refused for \(refusal.reason)"); return }
            #expect(try await BirthsWithdrawalTests.listed(store, b.team, at: Self.now) == ["Dot Nowhere"])
            await #expect(throws: StoreError.notAParty) { try await store.resolveBirth(dot, to: "600101", by: b.centre, at: Self.now) }

            try await Self.agree(store, teamTo: "600101")

            guard case .success = try await store.resolveBirth(dot, to: "600101", by: b.team, at: Self.now + 60) else { Issue.record("resolved"); return }
            #expect(try await BirthsWithdrawalTests.listed(store, b.centre, at: Self.now + 60) == ["Dot Nowhere"])
            let teamList = try await store.birthsList(for: b.team, at: Self.now + 60)
            #expect(teamList.births.isEmpty && teamList.sentOn == 1)
            await #expect(throws: StoreError.unknownPerson) { try await store.resolveBirth(dot, to: "600101", by: b.team, at: Self.now + 90) }
            await #expect(throws: StoreError.notAParty) { try await store.recordWelcome(.letter, on: CalendarDate(inEngland: Self.now), for: dot, by: b.team, at: Self.now) }

            // Corrected by maternity, the birth is back on the team's list; sent on again, the centre has the correction.
            let corrected = Self.dot.replacingOccurrences(of: "4 Far Road", with: "14 Far Road")
            _ = try await BirthsWithdrawalTests.import_(store, [corrected], by: b.maternity, at: Self.now + 100)
            #expect(try await BirthsWithdrawalTests.listed(store, b.team, at: Self.now + 100) == ["Dot Nowhere"])
            guard case .success = try await store.resolveBirth(dot, to: "600101", by: b.team, at: Self.now + 110) else { Issue.record("sent on again"); return }
            #expect(try await store.birthsList(for: b.centre, at: Self.now + 110).births.map(\.address) == ["14 Far Road"])

            let marked = Self.dot.replacingOccurrences(of: ",yes,no,", with: ",yes,yes,")
            _ = try await BirthsWithdrawalTests.import_(store, [marked], by: b.maternity, at: Self.now + 120)
            #expect(try await BirthsWithdrawalTests.listed(store, b.centre, at: Self.now + 120).isEmpty, "the withdrawal reaches the centre the team sent the family to")
            #expect(try await store.birthsList(for: b.centre, at: Self.now + 120).withdrawn.count == 1)
        }
    }

    @Test("a birth the team sent on that moves into another centre's catchment leaves the centre it was sent to", arguments: TestDatabase.available)
    func resolvedThenMoved(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let b = try await BirthsPathwayTests.borough(store)
            _ = try await BirthsWithdrawalTests.import_(store, [Self.dot], by: b.maternity, at: Self.now)
            let dot = try #require(try await store.birthsList(for: b.team, at: Self.now).births.first).id
            try await Self.agree(store, teamTo: "600102")
            guard case .success = try await store.resolveBirth(dot, to: "600102", by: b.team, at: Self.now + 60) else { Issue.record("resolved"); return }
            #expect(try await BirthsWithdrawalTests.listed(store, b.otherCentre, at: Self.now + 60) == ["Dot Nowhere"])

            let moved = Self.dot.replacingOccurrences(of: "AW9 9ZZ", with: "AW1 1ZZ")   // Mill Children's Centre's catchment
            _ = try await BirthsWithdrawalTests.import_(store, [moved], by: b.maternity, at: Self.now + 120)
            #expect(try await BirthsWithdrawalTests.listed(store, b.otherCentre, at: Self.now + 120).isEmpty, "the centre it was sent on to no longer lists it")
            #expect(try await BirthsWithdrawalTests.listed(store, b.centre, at: Self.now + 120) == ["Dot Nowhere"])
        }
    }
}
