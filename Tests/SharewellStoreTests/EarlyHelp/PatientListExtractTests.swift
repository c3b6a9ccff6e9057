import FluentKit
import Foundation
import SharewellCore
@testable import SharewellStore
import SharewellTestSupport
import Testing

@Suite("Early help: the practice's patient list")
struct PatientListExtractTests {
    typealias Fixture = GovernanceFixture

    static func terms(items: [DataItem] = Store.patientListItems) -> AgreementTerms {
        AgreementTerms(title: "Early help data matching", purpose: .earlyHelpDataMatching, parties: ["P81001", "353-EH"], discloser: "P81001", bulk: true,
                       dataItems: items, legalBases: [.art6PublicTask, .art9HealthOrSocialCare], dpiaReference: "DPIA-EH",
                       dpiaDate: CalendarDate(iso: "2026-08-01"), retentionMonths: 6, start: CalendarDate(iso: "2026-09-01")!,
                       review: CalendarDate(iso: "2027-06-01")!, end: CalendarDate(iso: "2027-08-31")!)
    }

    static func activeAgreement(_ f: Fixture, _ terms: AgreementTerms = terms()) async throws -> UUID {
        let id = try await f.store.createAgreement(terms, by: f.user("P81001", .informationGovernanceLead), at: Fixture.now)
        for code in terms.parties { try await f.store.approveAgreement(id, by: f.user(code, .informationGovernanceLead), at: Fixture.now) }
        return id
    }

    @Test("an opted-out patient never reaches the council; the others arrive with only the allowed items, each audited", arguments: TestDatabase.available)
    func optedOutNeverSent(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let f = try await Fixture.make(store)
            let agreement = try await Self.activeAgreement(f)
            let patients = f.records(of: "P81001")
            let lead = f.user("P81001", .safeguardingLead)
            for (person, scope) in [(patients[1], ConsentScope.purpose(.earlyHelpDataMatching)), (patients[3], .agreement(agreement.uuidString.lowercased()))] {
                try await store.recordConsent(.init(kind: .optedOut, scope: scope, givenBy: "patient", method: "opt-out form", givenOn: CalendarDate(iso: "2027-01-10")!),
                                              for: person, by: lead, at: Fixture.now)
            }
            let receipt = try #require(try await store.sendPatientList(to: "353-EH", by: f.user("P81001", .practitioner), at: Fixture.now).grant)
            #expect(receipt.sent == 3 && receipt.optedOut == 2)
            #expect(receipt.destroyAfter == CalendarDate(iso: "2027-07-15"))

            let received = try #require(try await store.receivedPatientList(receipt.extractID, for: f.user("353-EH", .practitioner)))
            #expect(received.map(\.practicePatientID) == ["P81001-0", "P81001-2", "P81001-4"])
            #expect(received[0] == ExtractedPatient(practicePatientID: "P81001-0", name: "Given0 FamilyP81001", dateOfBirth: "2015-01-01", sex: "F",
                                                    address: "1 Road, AW1 1AA", postcode: "AW1 1AA"))
            for (i, person) in patients.enumerated() {
                let shared = try await store.auditEntries(subject: Store.subject(person)).contains { $0.action == "share" && $0.detail.contains("to 353-EH") }
                #expect(shared == ![1, 3].contains(i), "patient \(i)")
            }
            // Nothing of the opted-out patients is anywhere in the council's copy.
            let names = try await EarlyHelpExtractPersonModel.query(on: store.db).all().map(\.practicePatientID)
            #expect(!names.contains("P81001-1") && !names.contains("P81001-3"))
        }
    }

    @Test("without an agreement allowing every item nothing is sent or stored; only the council reads what it received", arguments: TestDatabase.available)
    func gateAndScope(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let f = try await Fixture.make(store)
            let practitioner = f.user("P81001", .practitioner)
            #expect(try await store.sendPatientList(to: "353-EH", by: practitioner, at: Fixture.now).refusal?.reason.shortfalls == [])
            let narrow = try await Self.activeAgreement(f, Self.terms(items: [.name, .dateOfBirth, .practicePatientID]))
            #expect(try await store.sendPatientList(to: "353-EH", by: practitioner, at: Fixture.now).refusal?.reason.shortfalls == [.doesNotAllow([.sex, .address, .postcode])])
            #expect(try await store.sendPatientList(to: "353-EH", by: f.user("200101", .practitioner), at: Fixture.now).refusal?.reason == .notForThisSender("Only a GP practice sends a patient list."))
            #expect(try await EarlyHelpExtractModel.query(on: store.db).count() == 0)
            #expect(try await EarlyHelpExtractPersonModel.query(on: store.db).count() == 0)

            // The IG leads revise the agreement to allow every item (a second one would be refused).
            try await store.reviseAgreement(narrow, Self.terms(), note: "Every item of the extract", by: f.user("P81001", .informationGovernanceLead), at: Fixture.now)
            for code in Self.terms().parties { try await store.approveAgreement(narrow, by: f.user(code, .informationGovernanceLead), at: Fixture.now) }
            let receipt = try #require(try await store.sendPatientList(to: "353-EH", by: practitioner, at: Fixture.now).grant)
            #expect(try await store.receivedPatientList(receipt.extractID, for: f.user("353-EH", .practitioner))?.count == 5)
            for (code, role) in [("P81001", Role.practitioner), ("P81002", .practitioner), ("200101", .safeguardingLead), ("353-EH", .analyst)] {
                #expect(try await store.receivedPatientList(receipt.extractID, for: f.user(code, role)) == nil, "\(code) \(role)")
            }
        }
    }

    @Test("opt-outs recorded from returned forms by practice patient id, all or nothing, are listed and honoured by the extract", arguments: TestDatabase.available)
    func optOutForms(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let f = try await Fixture.make(store)
            _ = try await Self.activeAgreement(f)
            let staff = f.user("P81001", .practitioner), day = CalendarDate(iso: "2027-01-12")!
            await #expect(throws: StoreError.invalidFields([.init(field: "ids", message: "No registered patient has the practice patient id P81002-1, nope")])) {
                try await store.recordEarlyHelpOptOuts(["P81001-1", "nope", "P81002-1"], method: "opt-out form", receivedOn: day, by: staff, at: Fixture.now)
            }
            #expect(try await store.earlyHelpOptOuts(for: staff, at: Fixture.now).isEmpty, "nothing recorded")
            #expect(try await store.recordEarlyHelpOptOuts([" P81001-1", "P81001-3", "P81001-1"], method: "opt-out form", receivedOn: day, by: staff, at: Fixture.now) == 2)
            #expect(try await store.recordEarlyHelpOptOuts(["P81001-3"], method: "telephone", receivedOn: day, by: staff, at: Fixture.now) == 0, "already opted out")
            let listed = try await store.earlyHelpOptOuts(for: staff, at: Fixture.now)
            #expect(listed == [OptedOutPatient(practicePatientID: "P81001-1", name: "Given1 FamilyP81001", address: "1 Road, AW1 1AA", receivedOn: "2027-01-12", method: "opt-out form"),
                               OptedOutPatient(practicePatientID: "P81001-3", name: "Given3 FamilyP81001", address: "1 Road, AW1 1AA", receivedOn: "2027-01-12", method: "opt-out form")])
            #expect(try await store.earlyHelpOptOuts(for: f.user("353-EH", .practitioner), at: Fixture.now).isEmpty, "the council does not see the practice's list")
            await #expect(throws: StoreError.notAPractice) {
                try await store.recordEarlyHelpOptOuts(["P81001-2"], method: "form", receivedOn: day, by: f.user("353-EH", .practitioner), at: Fixture.now)
            }
            let receipt = try #require(try await store.sendPatientList(to: "353-EH", by: staff, at: Fixture.now).grant)
            #expect(receipt.sent == 3 && receipt.optedOut == 2)
        }
    }

    @Test("when the retention period ends the extract and its links are destroyed, and the audit log shows it", arguments: TestDatabase.available)
    func retention(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let f = try await Fixture.make(store)
            _ = try await Self.activeAgreement(f)
            let receipt = try #require(try await store.sendPatientList(to: "353-EH", by: f.user("P81001", .practitioner), at: Fixture.now).grant)
            let lastDay = try #require(CalendarDate(iso: "2027-07-15")), noon = 12 * 3600.0
            func day(_ date: CalendarDate) -> Date { Date(timeIntervalSince1970: Double(date.dayNumber) * 86_400 + noon) }
            #expect(try await store.destroyExpiredExtracts(at: day(lastDay)) == RetentionRun(extracts: 0, patients: 0, links: 0, shortlists: 0), "kept to the last day")
            #expect(try await store.receivedPatientList(receipt.extractID, for: f.user("353-EH", .practitioner))?.count == 5)

            #expect(try await store.destroyExpiredExtracts(at: day(lastDay.advanced(by: 1))) == RetentionRun(extracts: 1, patients: 5, links: 0, shortlists: 0))
            #expect(try await EarlyHelpExtractModel.query(on: store.db).count() == 0)
            #expect(try await EarlyHelpExtractPersonModel.query(on: store.db).count() == 0)
            let audit = try await store.auditEntries(subject: Store.extractSubject(receipt.extractID))
            #expect(audit.contains { $0.action == "retention-destroyed" && $0.detail.contains("from P81001 to 353-EH") && $0.detail.contains("kept until 2027-07-15: 5 patients' details") })
            guard case .intact = try await store.verifyAudit(against: []) else { Issue.record("audit chain broken"); return }
        }
    }
}
