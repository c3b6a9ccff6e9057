/// A pupil's marks over a run of days as one symbol per session (AM then PM for every calendar
/// day, `-` where there is no mark): how the store keeps a year of marks in one row.
public struct CompactMarks: Sendable, Equatable {
    public private(set) var first: CalendarDate
    public private(set) var last: CalendarDate
    public private(set) var symbols: [Character]

    public static let none: Character = "-"

    /// Empty marks over `first...last`.
    public init(first: CalendarDate, last: CalendarDate) {
        self.first = first
        self.last = last
        symbols = Array(repeating: Self.none, count: 2 * (first.distance(to: last) + 1))
    }

    /// Stored marks; `nil` if the text does not fit the days.
    public init?(first: CalendarDate, last: CalendarDate, text: String) {
        let symbols = Array(text)
        guard last >= first, symbols.count == 2 * (first.distance(to: last) + 1) else { return nil }
        self.first = first
        self.last = last
        self.symbols = symbols
    }

    public var text: String { String(symbols) }

    /// The first and last day holding any mark; `nil` when none does.
    public var markedDays: ClosedRange<CalendarDate>? {
        guard let low = symbols.firstIndex(where: { $0 != Self.none }), let high = symbols.lastIndex(where: { $0 != Self.none }) else { return nil }
        return first.advanced(by: low / 2)...first.advanced(by: high / 2)
    }

    /// The code of one session, or `nil` for none or a day outside the run.
    public func code(on day: CalendarDate, pm: Bool) -> AttendanceCode? {
        guard day >= first, day <= last else { return nil }
        return AttendanceCode(compactSymbol: symbols[2 * first.distance(to: day) + (pm ? 1 : 0)])
    }

    /// Sets (or with `nil` clears) one session; the run grows to take in a day outside it.
    public mutating func set(_ code: AttendanceCode?, on day: CalendarDate, pm: Bool) {
        cover(day...day)
        symbols[2 * first.distance(to: day) + (pm ? 1 : 0)] = code?.compactSymbol ?? Self.none
    }

    /// Grows the run to take in `days`.
    public mutating func cover(_ days: ClosedRange<CalendarDate>) {
        if days.lowerBound < first {
            symbols.insert(contentsOf: repeatElement(Self.none, count: 2 * days.lowerBound.distance(to: first)), at: 0)
            first = days.lowerBound
        }
        if days.upperBound > last {
            symbols.append(contentsOf: repeatElement(Self.none, count: 2 * last.distance(to: days.upperBound)))
            last = days.upperBound
        }
    }

    /// Overlays `other`'s run, every session of it, marks and blanks alike.
    public mutating func replace(with other: CompactMarks) {
        cover(other.first...other.last)
        let offset = 2 * first.distance(to: other.first)
        symbols.replaceSubrange(offset..<offset + other.symbols.count, with: other.symbols)
    }

    /// The tally of sessions within `days` (all of them when `nil`).
    public func tally(within days: ClosedRange<CalendarDate>? = nil) -> AttendanceTally {
        var tally = AttendanceTally()
        for (i, symbol) in symbols.enumerated() {
            if let days, !days.contains(first.advanced(by: i / 2)) { continue }
            if let code = AttendanceCode(compactSymbol: symbol) { tally.add(code) }
        }
        return tally
    }
}
