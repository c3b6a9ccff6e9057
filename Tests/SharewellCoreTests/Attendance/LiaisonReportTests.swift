import SharewellCore
import Testing

@Suite("The attendance liaison pilot report")
struct LiaisonReportTests {
    static func tally(attended: Int, of possible: Int) -> AttendanceTally {
        var t = AttendanceTally()
        for _ in 0..<attended { t.add(.presentAM) }
        for _ in attended..<possible { t.add(.otherUnauthorised) }
        return t
    }

    static func cells(_ line: LiaisonReport.Published.Line) -> [String] { [line.label, line.total, line.male, line.female, line.notRecorded] }

    /// Seed 000's cohort rebuilt: 29 pupils, 15 boys and 14 girls, 20 with a medical reason (11 M,
    /// 9 F), 15 parents with mental health problems, 3 with alcohol dependence, 21 answered, 23
    /// with a medical reason after the final review.
    static var pilot: [LiaisonReport.Pupil] {
        (0..<29).map { i in
            let male = i < 15
            let reason = male ? i < 11 : i < 24
            var concerns: Set<AttendanceReview.FamilyConcern> = i % 2 == 0 ? [.parentalMentalHealth] : []
            if i < 3 { concerns.insert(.parentalAlcohol) }
            let review = AttendanceReview(medicalReason: reason ? .possible : .noneFound, category: reason ? .mentalHealth : nil,
                                          concerns: concerns, internalNotes: "", familyContacted: true)
            let after = i < 10 ? tally(attended: 95, of: 100) : tally(attended: 80, of: 100)
            return .init(sex: male ? .male : .female, review: review, finalMedicalReason: (i == 11 || i == 12 || i == 24) ? .yes : nil,
                         reachedParent: i < 21, before: tally(attended: 80, of: 100), after: i == 28 ? nil : after)
        }
    }

    @Test("the figures reproduce the pilot's tables")
    func pilotTables() {
        let report = LiaisonReport(Self.pilot)
        #expect(report.lines.map { [$0.total, $0.male, $0.female] } == [[29, 15, 14], [20, 11, 9], [15, 8, 7], [3, 3, 0]])
        #expect(report.ratios.map { [$0.count, $0.of] } == [[21, 29], [23, 29], [10, 28], [10, 28]])
        let full = report.published(through: nil)
        #expect(full.ratios[0].percent == "72.4%" && full.ratios[1].percent == "79.3%")
        #expect(Self.cells(full.lines[3]) == ["With a parent with a history of alcohol dependence", "3", "3", "0", "0"])
    }

    @Test("leaving the practice, small counts are starred and cannot be worked out from totals")
    func suppressed() {
        let out = LiaisonReport(Self.pilot).published(through: DisclosureControl())
        #expect(Self.cells(out.lines[0]) == ["Pupils identified", "29", "15", "14", "0"])
        #expect(out.lines[2].total == "15" && out.lines[2].male == "*" && out.lines[2].female == "*")
        #expect(out.lines[3].total == "*" && out.lines[3].male == "*" && out.lines[3].female == "0")
        let responded = out.ratios[0]
        #expect([responded.label, responded.count, responded.of, responded.percent] == ["Parents who responded to the calls", "21", "29", "72.4%"])
    }

    @Test("a three-point rise is measured on the unrounded shares")
    func improvement() {
        let before = Self.tally(attended: 80, of: 100)
        func improved(_ after: AttendanceTally) -> Int {
            LiaisonReport([.init(sex: nil, review: nil, finalMedicalReason: nil, reachedParent: false, before: before, after: after)]).ratios[2].count
        }
        #expect(improved(Self.tally(attended: 83, of: 100)) == 1)
        #expect(improved(Self.tally(attended: 165, of: 200)) == 0)
    }

    @Test("a round of fewer than 10 pupils leaves the practice with no counts at all; the practice sees it in full (issue 14)")
    func smallRoundWithheld() {
        let nine = Array(Self.pilot.prefix(9)), ten = Array(Self.pilot.prefix(10))
        let withheld = LiaisonReport(nine).published(through: DisclosureControl())
        #expect(withheld.withheldBelow == 10 && withheld.lines.isEmpty && withheld.ratios.isEmpty)
        #expect(LiaisonReport(nine).published(through: DisclosureControl(), minimumRound: 3).withheldBelow == 10, "never below 10")
        #expect(LiaisonReport(nine).published(through: DisclosureControl(), minimumRound: 12).withheldBelow == 12)
        #expect(LiaisonReport(ten).published(through: DisclosureControl()).withheldBelow == nil)
        let practice = LiaisonReport(nine).published(through: nil)
        #expect(practice.withheldBelow == nil && practice.lines[0].total == "9")
    }
}
