import SharewellCore
import Testing

@Suite("Agreement terms and standing")
struct AgreementTests {
    static let day = CalendarDate(iso: "2026-11-24")!

    static func terms(bulk: Bool = true, discloser: String? = "200101") -> AgreementTerms {
        AgreementTerms(title: "Attendance liaison", purpose: .attendanceLiaison, parties: ["200101", "P81001"], discloser: discloser, bulk: bulk,
                       dataItems: [.name, .dateOfBirth, .address, .attendancePercentage], legalBases: [.art6PublicTask, .art9HealthOrSocialCare],
                       dpiaReference: "DPIA-7", dpiaDate: CalendarDate(iso: "2026-09-01"), retentionMonths: 12,
                       start: CalendarDate(iso: "2026-09-01")!, review: CalendarDate(iso: "2027-03-01")!, end: CalendarDate(iso: "2027-08-31")!)
    }

    @Test("good terms have no problems")
    func good() { #expect(Self.terms().problems.isEmpty) }

    @Test("each bad field is named")
    func problems() {
        var t = Self.terms()
        t.title = "  "
        t.parties = ["200101", "200101"]
        t.discloser = "P99999"
        t.dataItems = [.name, .caseNotes]
        t.legalBases = []
        t.dpiaReference = ""
        t.retentionMonths = 0
        t.review = CalendarDate(iso: "2028-01-01")!
        let fields = t.problems.map(\.field)
        #expect(fields == ["title", "parties", "discloser", "dataItems", "legalBases", "dpiaReference", "retentionMonths", "review"])
        #expect(t.problems.first { $0.field == "dataItems" }?.message.contains("Case notes") == true)
        t.end = t.start
        #expect(t.problems.map(\.field).contains("end"))
    }

    @Test("coverage needs both parties, the direction, the purpose, the mode and every item")
    func coverage() {
        let t = Self.terms()
        #expect(t.covers(from: "200101", to: "P81001", purpose: .attendanceLiaison, items: [.name, .attendancePercentage], bulk: true))
        #expect(!t.covers(from: "P81001", to: "200101", purpose: .attendanceLiaison, items: [.name], bulk: true))
        #expect(Self.terms(discloser: nil).covers(from: "P81001", to: "200101", purpose: .attendanceLiaison, items: [.name], bulk: true))
        #expect(!t.covers(from: "200101", to: "P81002", purpose: .attendanceLiaison, items: [.name], bulk: true))
        #expect(!t.covers(from: "200101", to: "P81001", purpose: .liveBirths, items: [.name], bulk: true))
        #expect(!t.covers(from: "200101", to: "P81001", purpose: .attendanceLiaison, items: [.name], bulk: false))
        #expect(!t.covers(from: "200101", to: "P81001", purpose: .attendanceLiaison, items: [.name, .attendancePeriod], bulk: true))
    }

    @Test("standing follows approvals, suspension, ending and the calendar")
    func standing() {
        let t = Self.terms()
        typealias F = AgreementStanding.Facts
        #expect(AgreementStanding.on(Self.day, F(inForce: nil, missingApprovals: ["P81001"], suspended: false, endedOn: nil)) == .awaitingApproval(missing: ["P81001"]))
        #expect(AgreementStanding.on(Self.day, F(inForce: t, missingApprovals: [], suspended: false, endedOn: nil)) == .active)
        #expect(AgreementStanding.on(t.start.advanced(by: -1), F(inForce: t, missingApprovals: [], suspended: false, endedOn: nil)) == .notYetStarted(t.start))
        #expect(AgreementStanding.on(t.end.advanced(by: -1), F(inForce: t, missingApprovals: [], suspended: false, endedOn: nil)) == .active)
        #expect(AgreementStanding.on(t.end, F(inForce: t, missingApprovals: [], suspended: false, endedOn: nil)) == .lapsed(t.end))
        #expect(AgreementStanding.on(Self.day, F(inForce: t, missingApprovals: [], suspended: true, endedOn: nil)) == .suspended)
        #expect(AgreementStanding.on(Self.day, F(inForce: t, missingApprovals: [], suspended: false, endedOn: Self.day)) == .ended(Self.day))
        #expect(AgreementStanding.on(Self.day, F(inForce: t, missingApprovals: [], suspended: true, endedOn: nil)).agreementState == .suspended)
        #expect(AgreementStanding.lapsed(t.end).agreementState == .expired)
    }
}
