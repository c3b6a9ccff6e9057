import PropertyBased
import SharewellCore
import Testing

/// Every typed date is read within a plausible window (review of issue 17, item 4).
@Suite("Plausible dates")
struct DateWindowTests {
    static let today = CalendarDate(iso: "2026-12-07")!

    @Test("no year before 1900 or after 2099 is read as a date, whatever window a caller asks for")
    func widest() async {
        await propertyCheck(count: 2_000, input: Gen.int(in: 0...9999), Gen.int(in: 1...28), Gen.int(in: 1...12)) { year, day, month in
            let parts = DateParts(day: String(day), month: String(month), year: String(repeating: "0", count: max(0, 4 - String(year).count)) + String(year))
            let anything = DateWindow(CalendarDate(year: 0, month: 1, day: 1)!...CalendarDate(year: 9999, month: 12, day: 31)!)
            for window in [DateWindow.plausible, anything] {
                switch parts.read(within: window) {
                case .success(let date): #expect((1900...2099).contains(year) && date.year == year)
                case .failure(let problem): #expect(!(1900...2099).contains(year)); #expect(problem.parts == DateParts.Part.allCases)
                }
            }
        }
    }

    @Test("year 0000 and 9999, the review's dates, are refused with words naming the date")
    func reviewDates() {
        let early = DateParts(day: "1", month: "1", year: "0000").read(within: .past(years: 25, today: Self.today))
        #expect(early.failure?.message(naming: "the date the consent was given") == "The date the consent was given must be 7 December 2001 or later")
        let late = DateParts(day: "31", month: "12", year: "9999").read(within: .past(years: 25, today: Self.today))
        #expect(late.failure?.message(naming: "the date the consent was given") == "The date the consent was given must be today or in the past")
        let meeting = DateParts(day: "1", month: "1", year: "9999").read(within: .coming(months: 12, today: Self.today))
        #expect(meeting.failure?.message(naming: "the meeting date") == "The meeting date must be 7 December 2027 or earlier")
        let past = DateParts(day: "1", month: "1", year: "2026").read(within: .coming(months: 12, today: Self.today))
        #expect(past.failure?.message(naming: "the meeting date") == "The meeting date must be today or in the future")
    }

    @Test("a window holds its own ends and nothing outside them")
    func ends() async {
        await propertyCheck(count: 500, input: Gen.int(in: -800...800)) { offset in
            let window = DateWindow.around(today: Self.today, back: 1, ahead: 1), day = Self.today.advanced(by: offset)
            let read = DateParts(day).read(within: window)
            #expect((try? read.get()) == (window.contains(day) ? day : nil))
        }
        #expect(DateWindow.past(years: 2, today: Self.today).earliest == CalendarDate(iso: "2024-12-07"))
    }

    @Test("a box's problem names the date once: no “The day of the day of the call”", arguments: [
        "the day of the call", "the first day of the period", "the date the follow-up is due", "the month the list covers",
    ])
    func wording(_ name: String) {
        for parts in [DateParts(day: "x", month: "1", year: "2026"), DateParts(day: "1", month: "x", year: "2026"), DateParts(day: "1", month: "1", year: "x")] {
            let message = parts.read().failure?.message(naming: name) ?? ""
            #expect(message.lowercased().hasPrefix(name), "\(message)")
            for part in ["day", "month", "year"] { #expect(!message.lowercased().contains("the \(part) of \(name)"), "\(message)") }
        }
    }
}
