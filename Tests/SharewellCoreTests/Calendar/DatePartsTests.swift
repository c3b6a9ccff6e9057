import SharewellCore
import Testing

@Suite("Dates typed in three boxes")
struct DatePartsTests {
    @Test("what people type is read", arguments: [
        ("1", "9", "2026", "2026-09-01"), ("01", "09", "2026", "2026-09-01"), (" 1 ", " Sept ", " 2026 ", "2026-09-01"),
        ("27", "3", "2026", "2026-03-27"), ("27", "March", "2026", "2026-03-27"), ("27", "mar", "2026", "2026-03-27"),
        ("5", "Dec.", "2025", "2025-12-05"), ("29", "feb", "2024", "2024-02-29"), ("31", "OCTOBER", "2027", "2027-10-31"),
    ])
    func read(_ day: String, _ month: String, _ year: String, _ iso: String) throws {
        #expect(try DateParts(day: day, month: month, year: year).read().get() == CalendarDate(iso: iso))
    }

    @Test("nothing typed is empty, and an optional date is then nil")
    func empty() throws {
        #expect(DateParts(day: " ", month: "", year: "").read() == .failure(.empty))
        #expect(try DateParts().readOptional().get() == nil)
        #expect(DateParts().read().failure?.message(naming: "the start date") == "Enter the start date")
    }

    @Test("a missing box is named", arguments: [
        (DateParts(day: "1", month: "", year: "2026"), [DateParts.Part.month], "The date of the review must include a month"),
        (DateParts(day: "1", month: "", year: ""), [.month, .year], "The date of the review must include a month and year"),
        (DateParts(day: "", month: "", year: "2026"), [.day, .month], "The date of the review must include a day and month"),
    ])
    func missing(_ parts: DateParts, _ missing: [DateParts.Part], _ message: String) {
        let problem = parts.read().failure
        #expect(problem == .missing(missing))
        #expect(problem?.parts == missing)
        #expect(problem?.message(naming: "the date of the review") == message)
    }

    @Test("a box that is not a day, month or year is named", arguments: [
        (DateParts(day: "32", month: "1", year: "2026"), DateParts.Part.day), (DateParts(day: "0", month: "1", year: "2026"), .day),
        (DateParts(day: "1st", month: "1", year: "2026"), .day), (DateParts(day: "1", month: "13", year: "2026"), .month),
        (DateParts(day: "1", month: "Ju", year: "2026"), .month), (DateParts(day: "1", month: "Septembre", year: "2026"), .month),
        (DateParts(day: "1", month: "9", year: "26"), .year), (DateParts(day: "1", month: "9", year: "２０２６"), .year),
    ])
    func unreadable(_ parts: DateParts, _ part: DateParts.Part) {
        #expect(parts.read() == .failure(.unreadable(part)))
        #expect(parts.read().failure?.parts == [part])
    }

    @Test("a day the month does not have is not a real date", arguments: [("31", "2", "2026", 28), ("29", "Feb", "2025", 28), ("31", "April", "2026", 30)])
    func notReal(_ day: String, _ month: String, _ year: String, _ days: Int) {
        let problem = DateParts(day: day, month: month, year: year).read().failure
        #expect(problem?.parts == DateParts.Part.allCases)
        #expect(problem?.message(naming: "the start date").hasPrefix("The start date must be a real date: ") == true)
        #expect(problem?.message(naming: "the start date").hasSuffix("has \(days) days") == true)
    }

    @Test("a single text of the whole date, as old links send it, is split into the boxes", arguments: [
        ("2026-09-01", "2026-09-01"), (" 2026-12-02 ", "2026-12-02"), ("01/09/2025", "2025-09-01"),
    ])
    func single(_ text: String, _ iso: String) throws {
        #expect(try DateParts(single: text).read().get() == CalendarDate(iso: iso))
    }

    @Test("a known date is shown without leading zeros")
    func shown() {
        #expect(DateParts(CalendarDate(iso: "2026-03-07")!) == DateParts(day: "7", month: "3", year: "2026"))
    }
}

extension Result {
    var failure: Failure? { if case .failure(let f) = self { f } else { nil } }
}
