import FluentKit
import Foundation
import PropertyBased
import SharewellCore
@testable import SharewellStore
import SharewellTestSupport
import Testing

@Suite("The gate")
struct GateTests {
    typealias Fixture = GovernanceFixture

    @Test("no agreement, one awaiting approval, a lapsed, suspended or ended one, or one lacking an item: refused", arguments: TestDatabase.available)
    func refusals(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let f = try await Fixture.make(store)
            let pupils = f.records(of: "200101")
            #expect(try await f.share(f.bulkRequest(pupils)).refusal?.reason.shortfalls == [])

            let id = try await store.createAgreement(Fixture.terms(), by: f.user("200101", .informationGovernanceLead), at: Fixture.now)
            try await store.approveAgreement(id, by: f.user("200101", .informationGovernanceLead), at: Fixture.now)
            #expect(try await f.share(f.bulkRequest(pupils)).refusal?.reason.shortfalls == [.notActive(.awaitingApproval(missing: ["P81001"]))])
            try await store.approveAgreement(id, by: f.user("P81001", .informationGovernanceLead), at: Fixture.now)
            #expect(try await f.share(f.bulkRequest(pupils)).grant?.people.count == pupils.count)

            #expect(try await f.share(f.bulkRequest(pupils, items: [.name, .attendancePeriod])).refusal?.reason.shortfalls == [.doesNotAllow([.attendancePeriod])])
            #expect(try await f.share(f.bulkRequest(pupils), by: "P81001").refusal != nil, "the practice is not the discloser")

            try await store.changeAgreement(id, .suspended, reason: "breach under investigation", by: f.user("P81001", .informationGovernanceLead), at: Fixture.now)
            #expect(try await f.share(f.bulkRequest(pupils)).refusal?.reason.shortfalls == [.notActive(.suspended)])
            try await store.changeAgreement(id, .resumed, reason: "investigation closed", by: f.user("P81001", .informationGovernanceLead), at: Fixture.now)
            #expect(try await f.share(f.bulkRequest(pupils)).grant != nil)
            try await store.changeAgreement(id, .ended, reason: "pilot over", by: f.user("200101", .informationGovernanceLead), at: Fixture.now)
            #expect(try await f.share(f.bulkRequest(pupils)).refusal?.reason.shortfalls == [.notActive(.ended(CalendarDate(inEngland: Fixture.now)))])
            await #expect(throws: StoreError.agreementEnded) { try await store.approveAgreement(id, by: f.user("P81001", .informationGovernanceLead), at: Fixture.now) }
        }
    }

    @Test("an agreement lapses on its end date", arguments: TestDatabase.available)
    func lapsed(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let f = try await Fixture.make(store)
            _ = try await f.activeAgreement(Fixture.terms(start: "2025-09-01", review: "2026-03-01", end: "2027-01-15"))
            #expect(try await f.share(f.bulkRequest(f.records(of: "200101"))).refusal?.reason.shortfalls == [.notActive(.lapsed(CalendarDate(iso: "2027-01-15")!))])
        }
    }

    @Test("an opted-out person never appears in a bulk flow", arguments: TestDatabase.available)
    func optOuts(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let f = try await Fixture.make(store)
            let agreement = try await f.activeAgreement()
            let pupils = f.records(of: "200101")
            var optedOut = Set<UUID>()
            await propertyCheck(count: 12, input: Gen.int(in: 0...(pupils.count - 1)), Gen.bool) { index, byAgreement in
                let person = pupils[index]
                if !optedOut.contains(person) {
                    try await f.record(.optedOut, byAgreement ? .agreement(agreement.uuidString.lowercased()) : .purpose(.attendanceLiaison), for: person)
                    optedOut.insert(person)
                }
                let grant = try #require(try await f.share(f.bulkRequest(pupils)).grant)
                #expect(Set(grant.people.map(\.id)).isDisjoint(with: optedOut))
                #expect(Set(grant.excluded.map(\.id)) == optedOut)
                #expect(grant.people.count + optedOut.count == pupils.count)
            }
        }
    }

    @Test("only the allowed items are returned, and each sent person is audited with the agreement", arguments: TestDatabase.available)
    func minimumData(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let f = try await Fixture.make(store)
            let agreement = try await f.activeAgreement()
            let pupil = f.records(of: "200101")[0]
            let grant = try #require(try await f.share(f.bulkRequest([pupil])).grant)
            #expect(grant.people == [SharedPerson(id: pupil, person: pupil, items: [.name: "Given0 Family200101", .dateOfBirth: "2015-01-01"], givenName: "Given0", familyName: "Family200101")])
            let entries = try await store.auditEntries(subject: Store.subject(pupil))
            #expect(entries.contains { $0.action == "share" && $0.purpose.contains(agreement.uuidString.lowercased()) && $0.detail.contains("to P81001") })
            guard case .intact = try await store.verifyAudit(against: []) else { Issue.record("audit chain broken"); return }
        }
    }

    @Test("refused consent blocks a case-by-case sharing unless harm or public interest is asserted with a justification, which is audited",
          arguments: TestDatabase.available)
    func refusedConsent(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let f = try await Fixture.make(store)
            _ = try await f.activeAgreement(Fixture.terms(bulk: false))
            let pupil = f.records(of: "200101")[1]
            try await f.record(.refused, .purpose(.attendanceLiaison), for: pupil)
            var request = SharingRequest(recipient: "P81001", purpose: .attendanceLiaison, items: [.name], bulk: false, subjects: [pupil])
            let refused = try #require(try await f.share(request).refusal)
            #expect(refused.decision?.outcome == .doNotShare)
            request.circumstances = .init(significantHarm: true)
            #expect(try await f.share(request).refusal?.reason == .justificationMissing)
            request.circumstances = .init(significantHarm: true, justification: "Bruising seen at school; parent refused.")
            let grant = try #require(try await f.share(request).grant)
            #expect(grant.decision.outcome == .shareWithJustification)
            let entries = try await store.auditEntries(subject: Store.subject(pupil))
            #expect(entries.contains { $0.action == "share" && $0.detail.contains("justification: Bruising seen at school") })
            #expect(entries.contains { $0.action == "decision" && $0.detail.contains("share-with-justification") })
            #expect(try await store.sharingDecisions(for: f.user("200101", .practitioner)).first?.justification == "Bruising seen at school; parent refused.")
        }
    }

    @Test("withdrawal blocks the next sharing at once", arguments: TestDatabase.available)
    func withdrawal(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let f = try await Fixture.make(store)
            _ = try await f.activeAgreement(Fixture.terms(bulk: false))
            let pupil = f.records(of: "200101")[2]
            let request = SharingRequest(recipient: "P81001", purpose: .attendanceLiaison, items: [.name], bulk: false, subjects: [pupil])
            #expect(try await f.share(request).refusal?.decision?.outcome == .seekConsent)
            try await f.record(.given, .purpose(.attendanceLiaison), for: pupil)
            #expect(try await f.share(request).grant?.decision.outcome == .share)
            try await f.record(.withdrawn, .purpose(.attendanceLiaison), for: pupil)
            #expect(try await f.share(request).refusal?.decision?.outcome == .doNotShare)
        }
    }

    @Test("people of another organisation, and users who may not share, are refused", arguments: TestDatabase.available)
    func scope(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let f = try await Fixture.make(store)
            _ = try await f.activeAgreement()
            #expect(try await f.share(f.bulkRequest(f.records(of: "P81002"))).refusal?.reason == .notAmongYourRecords)
            for role in [Role.administrator, .analyst, .informationGovernanceLead] {
                let result = try await store.share(f.bulkRequest(f.records(of: "200101")), from: OwnPersonRecords(), by: f.user("200101", role), at: Fixture.now)
                #expect(result.refusal != nil, "\(role)")
            }
        }
    }
}
