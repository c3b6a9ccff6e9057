/// The days a typed date may plausibly fall on, for one kind of date: a call made in the last two
/// years, a meeting within the next year, a consent given on or before today. Every date a person
/// types is read within one, so a slip of the keyboard (year 0000, 9999) is refused at the box
/// instead of becoming an agreement that lapsed two thousand years ago (review of issue 17, item 4).
public struct DateWindow: Sendable, Equatable {
    public let earliest: CalendarDate
    public let latest: CalendarDate
    /// The day the window was measured from, so a refusal can say "today" rather than a date.
    public let today: CalendarDate?

    public init(_ days: ClosedRange<CalendarDate>, today: CalendarDate? = nil) {
        earliest = days.lowerBound; latest = days.upperBound; self.today = today
    }

    /// The widest window any date is read in: 1900 to 2099. Nothing we hold is older or later.
    public static let plausible = DateWindow(CalendarDate(year: 1900, month: 1, day: 1)!...CalendarDate(year: 2099, month: 12, day: 31)!)

    /// Today or up to `years` before it: the day something happened (a call, a consent, an opt-out).
    public static func past(years: Int, today: CalendarDate) -> DateWindow {
        DateWindow(today.adding(months: -12 * years)...today, today: today)
    }

    /// Today or up to `months` after it: the day something is to happen (a meeting).
    public static func coming(months: Int, today: CalendarDate) -> DateWindow {
        DateWindow(today...today.adding(months: months), today: today)
    }

    /// From `back` years before today to `ahead` years after it: a period, a review or an end date.
    public static func around(today: CalendarDate, back: Int, ahead: Int) -> DateWindow {
        DateWindow(today.adding(months: -12 * back)...today.adding(months: 12 * ahead), today: today)
    }

    public func contains(_ date: CalendarDate) -> Bool { earliest <= date && date <= latest }

    /// Why a date already read (from a file, not from three boxes) falls outside this window, in
    /// the date input's words; `nil` when it is inside.
    public func problem(with date: CalendarDate) -> DateParts.Problem? {
        let window = bounded
        return date < window.earliest ? .tooEarly(window) : date > window.latest ? .tooLate(window) : nil
    }

    /// This window cut to the plausible one, so no caller can widen it past 1900–2099.
    var bounded: DateWindow {
        let widest = Self.plausible
        let low = min(max(earliest, widest.earliest), widest.latest), high = max(min(latest, widest.latest), low)
        return DateWindow(low...high, today: today)
    }

    /// How the earliest day reads in a sentence: "today" when it is.
    func words(_ day: CalendarDate) -> String { day == today ? "today" : day.longDescription }
}
