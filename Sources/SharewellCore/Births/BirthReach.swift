/// A children's centre's reach (issue 18, seed 003): of the babies born in its area in a month, how
/// many were registered with the centre, by the baby's month of birth.
///
/// Counts leave the centre under statistical disclosure control (STANDARDS.md): a month's births
/// and registrations are one line of `DisclosureControl`, the babies not registered being its
/// unpublished part, so births minus registrations never reveals a small number of families who
/// refused or were bereaved. Reach is shown only when both its counts are shown. No total across
/// months is published: it, minus the shown months, would give a suppressed month away.
public enum BirthReach {
    /// A calendar month (the baby's month of birth).
    public struct Month: Hashable, Sendable, Comparable, CustomStringConvertible {
        public let year: Int
        public let month: Int
        public init(year: Int, month: Int) { self.year = year; self.month = month }
        public init(_ date: CalendarDate) { self.init(year: date.year, month: date.month) }

        /// The month after; December (or a month number past it) is followed by January of the next year.
        public var next: Month { month >= 12 ? Month(year: year + 1, month: 1) : Month(year: year, month: month + 1) }
        public static func < (a: Month, b: Month) -> Bool { (a.year, a.month) < (b.year, b.month) }
        /// `2026-03`.
        public var description: String {
            let m = String(month)
            return "\(year)-\(m.count < 2 ? "0" + m : m)"
        }
    }

    /// One baby born in the area, and whether it is registered with the centre.
    public struct Birth: Sendable, Equatable {
        public let born: CalendarDate
        public let registered: Bool
        public init(born: CalendarDate, registered: Bool) { self.born = born; self.registered = registered }
    }

    /// Registered ÷ born as a percentage with one decimal, held in tenths of a percent
    /// (`tenths: 429` is 42.9%).
    public enum Reach: Sendable, Equatable, CustomStringConvertible {
        case percent(tenths: Int)
        /// A count behind it is suppressed.
        case suppressed
        /// No baby was born that month.
        case noBirths

        /// Rounded half away from zero on the exact fraction, in whole numbers (no floating
        /// point): 1 of 8 is 12.5%, 1 of 16 is 6.3%, 2 of 3 is 66.7%. The registered count is
        /// taken between 0 and the births (the registered are some of the babies born), so the
        /// full-width product and quotient below cannot overflow whatever the counts.
        public static func of(registered: Int, births: Int) -> Reach {
            guard births > 0 else { return .noBirths }
            let part = min(max(0, registered), births)
            let product = part.multipliedFullWidth(by: 1000)
            let (quotient, remainder) = births.dividingFullWidth(product)
            return .percent(tenths: remainder >= births - remainder ? quotient + 1 : quotient)
        }

        public var description: String {
            switch self {
            case .percent(let tenths): "\(tenths / 10).\(tenths % 10)%"
            case .suppressed: "*"
            case .noBirths: "–"
            }
        }
    }

    public struct Row: Sendable, Equatable {
        public let month: Month
        public let births: DisclosureControl.Cell
        public let registered: DisclosureControl.Cell
        public let reach: Reach
    }

    /// One row for every month from `first` through `last` (a month with no births included),
    /// counting only babies born in those months.
    public static func byMonth(_ births: [Birth], from first: Month, through last: Month, control: DisclosureControl = .init()) -> [Row] {
        var counts: [Month: (births: Int, registered: Int)] = [:]
        for birth in births {
            let month = Month(birth.born)
            guard first <= month, month <= last else { continue }
            counts[month, default: (0, 0)].births += 1
            if birth.registered { counts[month, default: (0, 0)].registered += 1 }
        }
        guard first <= last else { return [] }
        var rows: [Row] = [], month = first
        while true {
            let count = counts[month] ?? (0, 0)
            rows.append(row(month, births: count.births, registered: count.registered, control))
            if month >= last { return rows }
            month = month.next  // before `last`, so the year never passes last's
        }
    }

    static func row(_ month: Month, births: Int, registered: Int, _ control: DisclosureControl) -> Row {
        let line = control.protect(.init(total: births, parts: [registered, births - registered], published: [true, false]))
        let hidden = line.total.isSuppressed || line.parts[0].isSuppressed
        return Row(month: month, births: line.total, registered: line.parts[0],
                   reach: births == 0 ? .noBirths : hidden ? .suppressed : .of(registered: registered, births: births))
    }
}
