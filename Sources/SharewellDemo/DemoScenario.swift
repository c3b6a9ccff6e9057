import FluentKit
import Foundation
import SharewellCore
import SharewellStore
import SyntheticBorough

/// Work already under way when the demo opens, so every pathway has something to show from the
/// first sign-in (issue 16): an active agreement for each pathway, a poor-attendance list and
/// health-related absence flags already sent, a patient list matched with pairs left to review,
/// indicators and demand codes for the sweep, and a case discussion in the diary.
///
/// Everything is done by the demo's own accounts through the store's ordinary functions (drafted
/// and approved by each party's IG lead, sent through the gate), so the audit chain and the gate
/// see it exactly as they see real work. Every date comes from `date`, the server's clock.
///
/// The demo's parties are a school, a practice and the council's teams in district 2. School
/// 200101 and practice P81001 (district 1) are left with no agreement of any kind, so the browser
/// tests can show a refusal and draft agreements of their own between them.
public enum DemoScenario {
    /// The school whose attendance officer starts the tour.
    public static let school = "201101"
    /// The practice: the school's pupils' practice, and the council's early help partner.
    public static let practice = "P81002"
    public static let council = "\(BoroughPlan.localAuthority)-EH"
    public static let medicalEducationTeam = "\(BoroughPlan.localAuthority)-MET"

    /// Stages the work into a borough that has just been loaded, with its demo accounts.
    public static func stage(into store: Store, database: any Database, at date: Date) async throws {
        let today = CalendarDate(inEngland: date)
        try await agree(store, at: date)
        try await sendAttendance(store, today: today, at: date)
        try await startEarlyHelp(store, database: database, today: today, at: date)
        try await startBirths(store, today: today, at: date)
    }

    /// One agreement per pathway, drafted by the first party's IG lead and approved by every party's.
    static func agree(_ store: Store, at date: Date) async throws {
        let today = CalendarDate(inEngland: date)
        for terms in agreements(today) {
            let id = try await store.createAgreement(terms, by: try await store.demoActor(.informationGovernanceLead, at: terms.parties[0]), at: date)
            for party in terms.parties {
                try await store.approveAgreement(id, version: 1, by: try await store.demoActor(.informationGovernanceLead, at: party), at: date)
            }
        }
    }

    /// The four pathways' agreements, in force from the August before the school year under way
    /// to the August after it, as a council's annual review would have them.
    static func agreements(_ today: CalendarDate) -> [AgreementTerms] {
        let year = BoroughGenerator.schoolYear(on: today)
        // Every pathway carries health or social care data: Article 9's health and social care condition too.
        func terms(_ title: String, _ purpose: SharingPurpose, _ parties: [String], _ items: [DataItem], bulk: Bool = true,
                   dpia: String, months: Int) -> AgreementTerms {
            AgreementTerms(title: title, purpose: purpose, parties: parties, discloser: nil, bulk: bulk, dataItems: items,
                           legalBases: [.art6PublicTask, .art9HealthOrSocialCare],
                           dpiaReference: dpia, dpiaDate: CalendarDate(year: year, month: 7, day: 1), retentionMonths: months,
                           start: CalendarDate(year: year, month: 8, day: 1)!, review: CalendarDate(year: year + 1, month: 6, day: 1)!,
                           end: CalendarDate(year: year + 1, month: 8, day: 31)!)
        }
        return [
            terms("Attendance liaison: school \(school) and practice \(practice)", .attendanceLiaison, [school, practice],
                  [.name, .dateOfBirth, .address, .attendancePercentage, .attendancePeriod, .reviewOutcome], dpia: "DPIA-DEMO-ATT", months: 12),
            terms("Health-related absence: school \(school) and the medical education team", .medicalEducation, [school, medicalEducationTeam],
                  Store.illnessItems, dpia: "DPIA-DEMO-MED", months: 12),
            terms("Early help data matching: practice \(practice) and the council", .earlyHelpDataMatching, [practice, council],
                  SharingPurpose.earlyHelpDataMatching.dataItems, dpia: "DPIA-DEMO-EH", months: 6),
            terms("Team around the child: school \(school), practice \(practice) and early help", .teamAroundTheChild, [school, practice, council],
                  SharingPurpose.teamAroundTheChild.dataItems, bulk: false, dpia: "DPIA-DEMO-TAC", months: 24),
        ]
    }
}
