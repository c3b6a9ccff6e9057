import FluentKit
import SQLKit
import Foundation
import SharewellCore
import SharewellFormats
@testable import SharewellStore
import SharewellTestSupport
import Testing

@Suite("Health-related absence monitoring")
struct IllnessMonitorTests {
    typealias Import = AttendanceImportTests

    @Test("pupils whose illness absence reaches the threshold are listed for the school and flagged to the LA team through the gate, once",
          arguments: TestDatabase.available)
    func monitor(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let s = try await Import.school(store)
            try await store.addOrganisations([.sample(code: "LA1-MET", kind: .medicalEducation, name: "Medical Education Team")])
            let (ill, halfIll, well) = (s.pupils[0].upn, s.pupils[1].upn, s.pupils[2].upn)
            // Two weeks: ten illness days for the first pupil; five days of mornings (2.5 days) for the second.
            let marks = Import.week(ill, code: "I").map { $0.replacingOccurrences(of: "PM,\\", with: "PM,I") }
                + Import.week(ill, monday: "2025-09-08", code: "I").map { $0.replacingOccurrences(of: "PM,\\", with: "PM,I") }
                + Import.week(halfIll, code: "I") + Import.week(well)
            _ = try await store.importAttendance(try Import.upload(marks), by: s.clerk, at: Import.now)
            let period = CalendarDate(iso: "2025-09-01")!...CalendarDate(iso: "2025-09-12")!
            let list = try await store.illnessAbsence(period: period, days: 10, for: s.clerk, at: Import.now)
            #expect(list.map { [$0.upn, $0.illnessDays] } == [[ill, "10"]])
            #expect(try await store.illnessAbsence(period: period, days: 2, for: s.clerk, at: Import.now).map(\.illnessDays) == ["10", "2.5"])

            let refused = try await store.sendIllnessAbsence(to: "LA1-MET", period: period, days: 10, by: s.clerk, at: Import.now)
            #expect(refused.refusal?.reason.shortfalls == [])
            let leads = try await Self.igLeads(store)
            let terms = AgreementTerms(title: "Health-related absence", purpose: .medicalEducation, parties: ["200101", "LA1-MET"], discloser: "200101", bulk: true,
                                       dataItems: Store.illnessItems, legalBases: [.art6PublicTask], dpiaReference: "DPIA-2", dpiaDate: CalendarDate(iso: "2025-08-01"),
                                       retentionMonths: 12, start: CalendarDate(iso: "2025-08-01")!, review: CalendarDate(iso: "2027-06-01")!, end: CalendarDate(iso: "2027-08-31")!)
            let agreement = try await store.createAgreement(terms, by: leads[0], at: Import.now)
            for lead in leads { try await store.approveAgreement(agreement, by: lead, at: Import.now) }
            let sent = try #require(try await store.sendIllnessAbsence(to: "LA1-MET", period: period, days: 10, by: s.clerk, at: Import.now).grant)
            #expect(sent.people.map(\.id) == [s.pupils[0].id])
            let again = try await store.sendIllnessAbsence(to: "LA1-MET", period: period, days: 10, by: s.clerk, at: Import.now)
            #expect(again.refusal?.reason == .alreadySent(.init(at: Import.now, by: s.clerk.displayName, people: 1)))

            let team = try #require(try await store.actingUser(try await store.addUser(NewUser(organisationCode: "LA1-MET", email: "met@la.example", displayName: "MET",
                                                                                            role: .practitioner, passwordHash: "h"), by: .system("t"), at: Import.now)))
            let inbox = try await store.medicalEducationInbox(for: team, at: Import.now)
            #expect(inbox.map { [$0.name, $0.upn, $0.illnessDays, $0.period, $0.schoolName] } == [["Pupil1 Test", ill, "10", "2025-09-01 to 2025-09-12", "Ashworth Primary"]])
            #expect(try await store.medicalEducationInbox(for: s.clerk, at: Import.now).isEmpty)
            // The team's view of the inbox, which names the pupil among others, is in the school's log of that pupil.
            let log = try #require(try await store.accessLog(forRecord: s.pupils[0].id, for: leads[0], at: Import.now))
            #expect(log.contains { $0.organisation == "LA1-MET" && $0.action == "viewed by LA1-MET" && $0.detail.isEmpty })
            #expect(try #require(try await store.accessLog(forRecord: s.pupils[2].id, for: leads[0], at: Import.now)).allSatisfy { $0.organisation != "LA1-MET" })
            guard case .intact = try await store.verifyAudit(against: []) else { Issue.record("the chain with people shown should verify"); return }
            // A view hidden from a person's log (its index row deleted) is caught by verification.
            try await (store.db as! any SQLDatabase).delete(from: "audit_entry_people").where("person_id", .equal, SQLBind(s.pupils[0].id)).run()
            guard case .broken(_, let reason) = try await store.verifyAudit(against: []) else { Issue.record("a hidden view should break verification"); return }
            #expect(reason.contains("a view was hidden from, or added to, a person's access log"))
            await #expect(throws: StoreError.notASchool) { try await store.illnessAbsence(period: period, days: 10, for: team, at: Import.now) }
        }
    }

    static func igLeads(_ store: Store) async throws -> [ActingUser] {
        var leads: [ActingUser] = []
        for code in ["200101", "LA1-MET"] {
            leads.append(try #require(try await store.actingUser(try await store.addUser(
                NewUser(organisationCode: code, email: "ig@\(code.lowercased()).example", displayName: "IG \(code)", role: .informationGovernanceLead, passwordHash: "h"),
                by: .system("t"), at: Import.now))))
        }
        return leads
    }
}
