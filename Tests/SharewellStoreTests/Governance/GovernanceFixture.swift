import Foundation
import SharewellCore
@testable import SharewellStore

/// The record-scope world (four organisations, every role, five records each) plus agreement helpers.
struct GovernanceFixture {
    static let now = RecordScopeTests.now  // 2027-01-15
    let store: Store
    let world: RecordScopeTests.World

    static func make(_ store: Store) async throws -> GovernanceFixture {
        GovernanceFixture(store: store, world: try await RecordScopeTests.build(store, recordsPerOrganisation: 5))
    }

    func user(_ code: String, _ role: Role) -> ActingUser {
        world.users.first { $0.organisationCode == code && $0.role == role }!
    }

    func records(of code: String) -> [UUID] { world.records.filter { $0.owner == code }.map(\.id) }

    static func terms(bulk: Bool = true, items: [DataItem] = [.name, .dateOfBirth, .address, .attendancePercentage],
                      start: String = "2026-09-01", review: String = "2027-06-01", end: String = "2027-08-31",
                      parties: [String] = ["200101", "P81001"]) -> AgreementTerms {
        AgreementTerms(title: "Attendance liaison", purpose: .attendanceLiaison, parties: parties, discloser: "200101", bulk: bulk,
                       dataItems: items, legalBases: [.art6PublicTask, .art9HealthOrSocialCare], dpiaReference: "DPIA-7",
                       dpiaDate: CalendarDate(iso: "2026-08-01"), retentionMonths: 12, start: CalendarDate(iso: start)!,
                       review: CalendarDate(iso: review)!, end: CalendarDate(iso: end)!)
    }

    /// An agreement drafted by the school's IG lead and approved by both parties' IG leads.
    func activeAgreement(_ terms: AgreementTerms = terms()) async throws -> UUID {
        let id = try await store.createAgreement(terms, by: user("200101", .informationGovernanceLead), at: Self.now)
        for code in terms.parties { try await store.approveAgreement(id, by: user(code, .informationGovernanceLead), at: Self.now) }
        return id
    }

    /// A bulk sending; each is a distinct sending (its own period) unless the test names the period.
    func bulkRequest(_ subjects: [UUID], items: [DataItem] = [.name, .dateOfBirth], period: String = UUID().uuidString) -> SharingRequest {
        SharingRequest(recipient: "P81001", purpose: .attendanceLiaison, items: items, bulk: true, subjects: subjects, period: period)
    }

    func share(_ request: SharingRequest, by code: String = "200101") async throws -> Result<SharingGrant, SharingRefusal> {
        try await store.share(request, from: OwnPersonRecords(), by: user(code, .practitioner), at: Self.now)
    }

    func record(_ kind: ConsentEntry.Kind, _ scope: ConsentScope, for person: UUID) async throws {
        try await store.recordConsent(.init(kind: kind, scope: scope, givenBy: "mother", method: "written", givenOn: CalendarDate(iso: "2027-01-10")!),
                                      for: person, by: user("200101", .safeguardingLead), at: Self.now)
    }
}

extension RefusalReason {
    /// Why each agreement between the parties fell short, when no agreement covered the sending.
    var shortfalls: [AgreementShortfall.Problem]? {
        if case .noAgreement(_, _, _, let nearest) = self { nearest.map(\.problem) } else { nil }
    }
}

extension Result {
    var refusal: Failure? { if case .failure(let f) = self { f } else { nil } }
    var grant: Success? { if case .success(let s) = self { s } else { nil } }
}
