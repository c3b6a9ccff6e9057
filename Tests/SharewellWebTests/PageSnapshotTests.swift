import Foundation
import SharewellCore
@testable import SharewellStore
import SnapshotTesting
@testable import SharewellWeb
import Testing
import Vapor

/// Each page rendered from a fixed model: a change to the markup shows up as a diff to review.
@Suite("Page snapshots")
struct PageSnapshotTests {
    static let demo = PageContext(path: "/directory", demo: true, csrfToken: "csrf-example")

    @Test("home page")
    func home() {
        assertSnapshot(of: HomePage.view(.example, context: .example).render(indentedBy: .spaces(1)), as: .lines)
    }

    @Test("directory with results")
    func directory() {
        assertSnapshot(of: DirectoryList.view(.example, context: Self.demo).render(indentedBy: .spaces(1)), as: .lines)
    }

    @Test("directory with errors")
    func directoryErrors() {
        let model = DirectoryList.Model(text: "mill", kind: "hospital", entries: [],
                                        errors: [FieldError(field: "kind", message: "Choose a kind of organisation from the list")])
        assertSnapshot(of: DirectoryList.view(model, context: Self.demo).render(indentedBy: .spaces(1)), as: .lines)
    }

    @Test("organisation page")
    func organisation() {
        assertSnapshot(of: OrganisationPage.view(.example, context: Self.demo).render(indentedBy: .spaces(1)), as: .lines)
    }

    @Test("a practice's review of a pupil, with its calls")
    func liaisonReview() {
        let review = AttendanceReview(medicalReason: .possible, category: .recurrentInfection, concerns: [.parentalMentalHealth], internalNotes: "Tonsillitis letters not coded", familyContacted: true)
        let referral = AttendanceReferral(id: UUID(uuidString: "00000000-0000-0000-0000-000000000001")!, schoolCode: "200101", schoolName: "Ashworth Primary",
                                          name: "Amy Price", dateOfBirth: "2012-03-04", address: "1 Mill Lane, AW1 1AA", attendancePercent: "83.3",
                                          periodFrom: "2025-09-03", periodTo: "2025-12-19", receivedAt: Date(timeIntervalSince1970: 1_800_000_000), review: review,
                                          reviewedBy: "Dr Lead, P81001", finalMedicalReason: nil, letterSentAt: Date(timeIntervalSince1970: 1_800_000_000),
                                          schoolToldAt: Date(timeIntervalSince1970: 1_800_000_000),
                                          calls: [.init(day: CalendarDate(iso: "2027-01-10")!, outcome: .noAnswer)])
        var model = AttendanceReviewPage.Model(referral: referral)
        model.notice = "Call recorded."
        assertSnapshot(of: AttendanceReviewPage.view(model, context: Self.demo).render(indentedBy: .spaces(1)), as: .lines)
    }

    @Test("the liaison report as the school sees it")
    func liaisonReport() {
        var tally = AttendanceTally()
        for _ in 0..<9 { tally.add(.presentAM) }
        tally.add(.illness)
        let pupils = (0..<12).map { i in
            LiaisonReport.Pupil(sex: i % 3 == 0 ? .female : .male, review: nil, finalMedicalReason: nil, reachedParent: i < 9, before: tally, after: tally)
        }
        var model = LiaisonReportPage.Model(query: .init(school: "200101", practice: "P81001", from: "2025-09-03", to: "2025-12-19", laterFrom: DateParts(single: "2026-01-05"), laterTo: DateParts(single: "2026-03-27")))
        model.report = LiaisonReport(pupils).published(through: DisclosureControl())
        model.suppressed = true
        model.isSchool = true
        model.remeasures = [CalendarDate(iso: "2026-01-05")!...CalendarDate(iso: "2026-03-27")!]
        assertSnapshot(of: LiaisonReportPage.view(model, context: Self.demo).render(indentedBy: .spaces(1)), as: .lines)
    }

    @Test("not-found page")
    func notFound() {
        let model = ErrorPage.Model(status: .notFound, detail: "There is no page at this address.")
        assertSnapshot(of: ErrorPage.view(model, context: .example).render(indentedBy: .spaces(1)), as: .lines)
    }

    static let practitioner = PageContext(path: "/can-i-share", demo: false, csrfToken: "csrf-example",
        badge: .init(name: "Sam Patel", role: "Practitioner", organisation: "P81001", permissions: Role.practitioner.permissions))

    @Test("can I share this, with a decision that needs a justification")
    func canIShare() {
        var form = CanISharePage.Form()
        form.recipient = "200101"; form.purpose = "team-around-the-child"; form.consent = "refused"; form.significantHarm = "yes"
        form.identifiable = "yes"; form.confidential = "yes"; form.publicInterest = "no"; form.consentWouldEndanger = "no"
        let decision = SharingDecision.decide(SharingFacts(identifiable: true, bulk: false, agreement: .active, dpia: true, consent: .refused, significantHarm: true))
        let model = CanISharePage.Model(form: form, organisations: [("200101", "Ashworth Primary (200101)")], personName: "Ava Brown, born 2016-03-04",
                                        decision: decision, agreement: "Team around the child",
                                        errors: [FieldError(field: "justification", message: "Enter your justification for sharing without consent")])
        assertSnapshot(of: CanISharePage.view(model, context: Self.practitioner).render(indentedBy: .spaces(1)), as: .lines)
    }

    @Test("an agreement awaiting the second approval")
    func agreement() {
        let terms = AgreementTerms(title: "Attendance liaison", purpose: .attendanceLiaison, parties: ["200101", "P81001"], discloser: "200101", bulk: true,
                                   dataItems: [.name, .dateOfBirth, .address, .attendancePercentage, .attendancePeriod], legalBases: [.art6PublicTask, .art9HealthOrSocialCare],
                                   dpiaReference: "DPIA-7", dpiaDate: CalendarDate(iso: "2026-08-01"), retentionMonths: 12,
                                   start: CalendarDate(iso: "2026-09-01")!, review: CalendarDate(iso: "2027-06-01")!, end: CalendarDate(iso: "2027-08-31")!)
        let at = Date(timeIntervalSince1970: 1_790_000_000)
        let record = AgreementRecord(id: UUID(uuidString: "00000000-0000-0000-0000-0000000000a1")!, standing: .awaitingApproval(missing: ["P81001"]), parties: AgreementParties(inForce: nil, newest: ["200101", "P81001"]), suspendedBy: [],
                                     versions: [.init(number: 1, terms: terms, changeNote: "First draft", createdBy: "IG lead, 200101", createdAt: at,
                                                      approvals: ["200101": (by: "IG lead", at: at)])], events: [],
                                     inForceNumber: nil, approversOfNewest: ["200101", "P81001"])
        let lead = PageContext(path: "/agreements", demo: false, csrfToken: "csrf-example",
            badge: .init(name: "Jo Lee", role: "Information-governance lead", organisation: "P81001", permissions: Role.informationGovernanceLead.permissions))
        assertSnapshot(of: AgreementPage.view(.init(agreement: record), context: lead).render(indentedBy: .spaces(1)), as: .lines)
    }

    @Test("the marks page offering a file kept after a time-out")
    func keptUpload() {
        var school = PageContext(path: "/attendance/import", demo: false, csrfToken: "csrf-example",
            badge: .init(name: "Kim Shah", role: "Safeguarding lead", organisation: "200101", permissions: Role.safeguardingLead.permissions, organisationKind: .school))
        school.keptUpload = KeptUpload(id: UUID(uuidString: "00000000-0000-0000-0000-0000000000b1")!, uploadPath: "/attendance/import", page: "/attendance/import",
                                       field: "marks", fileName: "marks <autumn>.csv", size: 12_000, keptAt: Date(timeIntervalSince1970: 1_800_000_000))
        assertSnapshot(of: AttendanceImportPage.view(.init(), context: school).render(indentedBy: .spaces(1)), as: .lines)
    }
}
