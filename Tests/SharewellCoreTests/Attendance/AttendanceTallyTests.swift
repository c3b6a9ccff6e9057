import SharewellCore
import Testing

@Suite("Attendance arithmetic")
struct AttendanceTallyTests {
    static func tally(_ codes: [AttendanceCode]) -> AttendanceTally {
        var tally = AttendanceTally()
        for code in codes { tally.add(code) }
        return tally
    }

    static func sessions(present: Int, absent: AttendanceCode = .otherUnauthorised, missed: Int) -> AttendanceTally {
        tally(Array(repeating: .presentAM, count: present) + Array(repeating: absent, count: missed))
    }

    @Test("each group counts where STANDARDS.md says")
    func groups() {
        let t = Self.tally([.presentAM, .late, .educationalVisit, .illness, .medicalAppointment, .holidayNotGranted, .notRequired, .transport])
        #expect(t.possible == 6 && t.attended == 3 && t.authorisedAbsence == 2 && t.unauthorisedAbsence == 1 && t.notCounted == 2)
        #expect(t.illnessSessions == 1 && t.illnessDaysText == "0.5")
    }

    @Test("the percentage rounds half up to one decimal place", arguments: [
        (2, 3, "66.7"), (1, 8, "12.5"), (5, 6, "83.3"), (1, 3, "33.3"), (7, 8, "87.5"), (1, 1, "100.0"), (0, 4, "0.0"), (999, 1_000, "99.9"), (1_999, 2_000, "100.0"),
    ])
    func rounding(_ attended: Int, _ possible: Int, _ text: String) {
        #expect(Self.sessions(present: attended, missed: possible - attended).attendancePercentText == text)
    }

    @Test("persistent and severe absence compare the unrounded share missed with 10% and 50%")
    func thresholds() {
        #expect(Self.sessions(present: 9, missed: 1).isPersistentAbsence)
        #expect(!Self.sessions(present: 91, missed: 9).isPersistentAbsence)
        // 899 of 999 attended is 89.99…% (rounds to 90.0) but misses more than 10%.
        #expect(Self.sessions(present: 899, missed: 100).isPersistentAbsence)
        #expect(Self.sessions(present: 5, missed: 5).isSevereAbsence)
        #expect(!Self.sessions(present: 51, missed: 49).isSevereAbsence)
        #expect(Self.sessions(present: 89, missed: 11).isBelow(percent: 90) && !Self.sessions(present: 90, missed: 10).isBelow(percent: 90))
    }

    @Test("no possible session: no percentage and no absence flags")
    func nothingPossible() {
        let t = Self.tally([.notRequired, .closure])
        #expect(t.attendancePercentText == "" && !t.isPersistentAbsence && !t.isSevereAbsence && !t.isBelow(percent: 90))
    }

    @Test("totals from a file or a database never trap: each count is held within the limit (issue 14)")
    func hugeTotals() {
        let huge = AttendanceTally(possible: .max, attended: .max, authorisedAbsence: 1, unauthorisedAbsence: .min)
        #expect(huge.possible == AttendanceTally.sessionLimit && huge.unauthorisedAbsence == 0)
        let sum = huge + huge + huge
        #expect(sum.possible == AttendanceTally.sessionLimit && sum.attendancePercentText == "100.0" && !sum.isBelow(percent: .max))
        let odd = AttendanceTally(possible: 1, attended: .max, authorisedAbsence: 0, unauthorisedAbsence: 0)
        #expect(odd.attendancePercentText == "100.0" && odd.missed == 0 && !odd.isBelow(percent: .min))
    }
}
