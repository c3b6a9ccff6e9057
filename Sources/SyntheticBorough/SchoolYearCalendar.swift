import SharewellCore

/// The days a school is open in one academic year, with the usual English holidays
/// (half terms, Christmas, Easter, the May bank holiday). Synthetic, not any council's calendar.
public struct SchoolYearCalendar: Sendable, Equatable {
    public let firstDay: CalendarDate
    public let lastDay: CalendarDate
    public let schoolDays: [CalendarDate]

    /// The year that starts in September of `year` (2025 → 2025/26).
    public init(startingIn year: Int) {
        let first = Self.weekdayOnOrAfter(CalendarDate(year: year, month: 9, day: 3)!)
        let last = Self.weekdayOnOrBefore(CalendarDate(year: year + 1, month: 7, day: 21)!)
        let holidays = Self.holidays(startingIn: year)
        firstDay = first
        lastDay = last
        schoolDays = (first...last).filter { day in !day.isWeekend && !holidays.contains { $0.contains(day) } }
    }

    private static func holidays(startingIn year: Int) -> [ClosedRange<CalendarDate>] {
        let octoberHalfTerm = mondayOnOrBefore(CalendarDate(year: year, month: 10, day: 31)!)
        let christmas = mondayOnOrBefore(CalendarDate(year: year, month: 12, day: 22)!)
        let februaryHalfTerm = mondayOnOrAfter(CalendarDate(year: year + 1, month: 2, day: 15)!)
        let easter = mondayOnOrAfter(CalendarDate(year: year + 1, month: 3, day: 30)!)
        let mayBankHoliday = mondayOnOrAfter(CalendarDate(year: year + 1, month: 5, day: 1)!)
        let mayHalfTerm = mondayOnOrBefore(CalendarDate(year: year + 1, month: 5, day: 31)!)
        return [
            octoberHalfTerm...octoberHalfTerm.advanced(by: 4),
            christmas...christmas.advanced(by: 11),
            februaryHalfTerm...februaryHalfTerm.advanced(by: 4),
            easter...easter.advanced(by: 11),
            mayBankHoliday...mayBankHoliday,
            mayHalfTerm...mayHalfTerm.advanced(by: 4),
        ]
    }

    private static func weekdayOnOrAfter(_ d: CalendarDate) -> CalendarDate { d.isWeekend ? weekdayOnOrAfter(d.advanced(by: 1)) : d }
    private static func weekdayOnOrBefore(_ d: CalendarDate) -> CalendarDate { d.isWeekend ? weekdayOnOrBefore(d.advanced(by: -1)) : d }
    private static func mondayOnOrBefore(_ d: CalendarDate) -> CalendarDate { d.advanced(by: -(d.isoWeekday - 1)) }
    private static func mondayOnOrAfter(_ d: CalendarDate) -> CalendarDate { d.isoWeekday == 1 ? d : d.advanced(by: 8 - d.isoWeekday) }
}
