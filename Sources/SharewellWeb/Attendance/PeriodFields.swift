import SharewellCore

/// The "first day" and "last day" fields of the attendance lists: both real dates, in order.
enum PeriodFields {
    /// The longest period a list or report covers: three school years. Every period a page takes
    /// is bounded, because each is laid out day by day (issue 14).
    static let maximumDays = 3 * 366

    /// The period, or `nil` with an error for each field that is wrong.
    static func parse(from: String?, to: String?) -> (period: ClosedRange<CalendarDate>?, errors: [FieldError]) {
        var errors: [FieldError] = []
        let first = CalendarDate(iso: (from ?? "").trimmingCharacters(in: .whitespaces))
        if first == nil { errors.append(.init(field: "from", message: "Enter the first day as a real date, like 2025-09-01")) }
        let last = CalendarDate(iso: (to ?? "").trimmingCharacters(in: .whitespaces))
        if last == nil { errors.append(.init(field: "to", message: "Enter the last day as a real date, like 2025-12-19")) }
        if let first, let last, first > last { errors.append(.init(field: "to", message: "The last day must be on or after the first")) }
        if let first, let last, first <= last, first.distance(to: last) >= maximumDays {
            errors.append(.init(field: "to", message: "Choose a period of at most three years"))
        }
        guard errors.isEmpty, let first, let last else { return (nil, errors) }
        return (first...last, [])
    }
}
