import Plot
import SharewellCore

/// The "first day" and "last day" fields of the attendance lists: both real dates, in order.
enum PeriodFields {
    /// The longest period a list or report covers: three school years. Every period a page takes
    /// is bounded, because each is laid out day by day (issue 14).
    static let maximumDays = 3 * 366

    /// The days a period's dates may fall on: school years from ten years back to one ahead
    /// (a list may be asked for before a term ends), so year 0000 or 9999 is refused at the box.
    static func window(today: CalendarDate) -> DateWindow { .around(today: today, back: 10, ahead: 1) }

    /// The period, or `nil` with an error for each field that is wrong.
    static func parse(from: DateParts?, to: DateParts?, today: CalendarDate) -> (period: ClosedRange<CalendarDate>?, errors: [FieldError]) {
        var errors: [FieldError] = []
        let window = Self.window(today: today)
        let first = (from ?? DateParts()).read("from", naming: "the first day", within: window, into: &errors)
        let last = (to ?? DateParts()).read("to", naming: "the last day", within: window, into: &errors)
        if let first, let last, first > last { errors.append(.init(field: "to", message: "The last day must be on or after the first")) }
        if let first, let last, first <= last, first.distance(to: last) >= maximumDays {
            errors.append(.init(field: "to", message: "Choose a period of at most three years"))
        }
        guard errors.isEmpty, let first, let last else { return (nil, errors) }
        return (first...last, [])
    }

    /// The two dates as the lists' forms show them.
    static func nodes(from: DateParts, to: DateParts, errors: [FieldError]) -> Node<HTML.FormContext> {
        .group(DateInput(id: "from", legend: "First day", parts: from, errors: errors).node,
               DateInput(id: "to", legend: "Last day", parts: to, errors: errors).node)
    }
}
