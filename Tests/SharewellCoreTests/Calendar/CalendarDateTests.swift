import PropertyBased
import SharewellCore
import Testing

@Suite("Calendar dates")
struct CalendarDateTests {
    @Test("ISO dates round-trip through their day number")
    func roundTrip() async {
        await propertyCheck(count: 2_000, input: Gen.int(in: -40_000...80_000)) { n in
            let date = CalendarDate(dayNumber: n)
            #expect(CalendarDate(iso: date.description) == date)
            #expect(CalendarDate(year: date.year, month: date.month, day: date.day) == date)
        }
    }

    @Test("days that do not exist are refused", arguments: ["2025-02-29", "2025-04-31", "2025-13-01", "2025-00-10", "2025-1-01", "25-01-01", "2025/01/01", "2025-01-0x"])
    func invalid(_ text: String) {
        #expect(CalendarDate(iso: text) == nil)
    }

    @Test("leap years follow the Gregorian rule", arguments: [(2024, true), (2025, false), (2000, true), (1900, false)])
    func leapYears(_ year: Int, _ leap: Bool) {
        #expect(CalendarDate.isLeap(year) == leap)
        #expect((CalendarDate(year: year, month: 2, day: 29) != nil) == leap)
    }

    @Test("adding months clamps the day to the month's end", arguments: [
        ("2026-08-31", -6, "2026-02-28"), ("2024-08-31", -6, "2024-02-29"), ("2026-01-31", 1, "2026-02-28"),
        ("2026-03-15", -15, "2024-12-15"), ("2025-12-31", 2, "2026-02-28"),
    ])
    func addingMonths(_ from: String, _ months: Int, _ to: String) {
        #expect(CalendarDate(iso: from)!.adding(months: months).description == to)
    }

    @Test("weekdays are ISO numbered", arguments: [("1970-01-01", 4), ("2025-09-01", 1), ("2025-09-06", 6), ("2025-09-07", 7), ("1969-12-31", 3)])
    func weekdays(_ text: String, _ weekday: Int) {
        #expect(CalendarDate(iso: text)!.isoWeekday == weekday)
    }

    @Test("age counts whole years, the birthday itself included")
    func age() {
        let born = CalendarDate(iso: "2015-09-01")!
        #expect(born.age(on: CalendarDate(iso: "2025-08-31")!) == 9)
        #expect(born.age(on: CalendarDate(iso: "2025-09-01")!) == 10)
    }
}
