import SharewellCore

/// A year of plausible session marks: most pupils attend well, a tail is persistently or
/// severely absent, illness comes in streaks, and a few take term-time holidays.
enum AttendanceSimulation {
    /// Days after `until` have no marks yet (`-`), as in a year under way.
    static func marks(for year: SchoolYearCalendar, until: CalendarDate? = nil, using rng: inout SeededGenerator) -> String {
        let dailyAbsence: Double = switch rng.int(1...100) {
        case 1...70: Double.random(in: 0.005...0.04, using: &rng)
        case 71...90: Double.random(in: 0.04...0.12, using: &rng)
        case 91...98: Double.random(in: 0.12...0.4, using: &rng)
        default: Double.random(in: 0.5...0.8, using: &rng)
        }
        var byDay: [Int: (Character, Character)] = [:]
        var streak: (code: Character, days: Int) = ("/", 0)
        for day in year.schoolDays {
            if streak.days == 0, rng.chance(dailyAbsence) { streak = absenceEvent(&rng) }
            if streak.days > 0 {
                streak.days -= 1
                byDay[day.dayNumber] = streak.code == "M" ? (rng.chance(0.5) ? ("M", "\\") : ("/", "M")) : (streak.code, streak.code)
            } else {
                byDay[day.dayNumber] = (rng.chance(0.03) ? "L" : rng.chance(0.005) ? "V" : "/", rng.chance(0.004) ? "B" : "\\")
            }
        }
        var marks = ""
        marks.reserveCapacity(2 * (year.firstDay.distance(to: year.lastDay) + 1))
        for day in year.firstDay...year.lastDay {
            let (am, pm) = until.map { day > $0 } == true ? ("-", "-") : byDay[day.dayNumber] ?? ("-", "-")
            marks.append(am)
            marks.append(pm)
        }
        return marks
    }

    /// What kind of absence starts today, and for how many school days.
    private static func absenceEvent(_ rng: inout SeededGenerator) -> (Character, Int) {
        switch rng.int(1...100) {
        case 1...50: ("I", rng.int(1...5))
        case 51...60: ("M", 1)
        case 61...80: (rng.pick(["O", "N", "U"]), rng.int(1...2))
        case 81...88: ("G", 5)
        case 89...92: ("E", rng.int(1...3))
        case 93...96: ("C", 1)
        default: ("R", 1)
        }
    }
}
