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
        let record = AgreementRecord(id: UUID(uuidString: "00000000-0000-0000-0000-0000000000a1")!, standing: .awaitingApproval(missing: ["P81001"]),
                                     versions: [.init(number: 1, terms: terms, changeNote: "First draft", createdBy: "IG lead, 200101", createdAt: at,
                                                      approvals: ["200101": (by: "IG lead", at: at)])], events: [])
        let lead = PageContext(path: "/agreements", demo: false, csrfToken: "csrf-example",
            badge: .init(name: "Jo Lee", role: "Information-governance lead", organisation: "P81001", permissions: Role.informationGovernanceLead.permissions))
        assertSnapshot(of: AgreementPage.view(.init(agreement: record), context: lead).render(indentedBy: .spaces(1)), as: .lines)
    }
}
