/// A calendar day with no time or time zone: a date of birth, a school day, an event date.
///
/// Held as days since 1970-01-01 so that comparing, counting and stepping are integer sums.
public struct CalendarDate: Hashable, Sendable, Comparable, Strideable, CustomStringConvertible {
    /// Days since 1970-01-01 (negative before it).
    public let dayNumber: Int

    public init(dayNumber: Int) { self.dayNumber = dayNumber }

    /// A date from its parts; `nil` when the day does not exist (31 April, 29 February 2025).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), (1...Self.daysIn(month: month, year: year)).contains(day) else { return nil }
        dayNumber = Self.days(year: year, month: month, day: day)
    }

    /// Reads `YYYY-MM-DD` exactly; anything else is `nil`.
    public init?(iso text: some StringProtocol) {
        let u = Array(text.utf8)
        guard u.count == 10, u[4] == UInt8(ascii: "-"), u[7] == UInt8(ascii: "-"),
              let y = Self.number(u[0..<4]), let m = Self.number(u[5..<7]), let d = Self.number(u[8..<10])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public var year: Int { components.year }
    public var month: Int { components.month }
    public var day: Int { components.day }

    /// Year, month and day (Howard Hinnant's civil-from-days).
    public var components: (year: Int, month: Int, day: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// 1 Monday … 7 Sunday (ISO 8601).
    public var isoWeekday: Int { ((dayNumber % 7) + 7 + 3) % 7 + 1 }
    /// Saturday or Sunday.
    public var isWeekend: Bool { isoWeekday >= 6 }

    /// The same day `months` later (or earlier), the day clamped to the month's end (31 August − 6 months = 28 February).
    public func adding(months: Int) -> CalendarDate {
        let c = components
        let total = c.year * 12 + (c.month - 1) + months
        let y = total >= 0 ? total / 12 : (total - 11) / 12
        let m = total - y * 12 + 1
        return CalendarDate(year: y, month: m, day: min(c.day, Self.daysIn(month: m, year: y)))!
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        let c = components
        return "\(Self.pad(c.year, 4))-\(Self.pad(c.month, 2))-\(Self.pad(c.day, 2))"
    }

    /// `1 December 2025`, as a letter is dated.
    public var longDescription: String {
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        let c = components
        return "\(c.day) \(months[c.month - 1]) \(c.year)"
    }

    /// Whole years of age on `date` (a birthday on 29 February counts on 1 March in other years).
    public func age(on date: CalendarDate) -> Int {
        let b = components, d = date.components
        return d.year - b.year - ((d.month, d.day) < (b.month, b.day) ? 1 : 0)
    }

    public static func < (a: Self, b: Self) -> Bool { a.dayNumber < b.dayNumber }
    public func distance(to other: Self) -> Int { other.dayNumber - dayNumber }
    public func advanced(by n: Int) -> Self { Self(dayNumber: dayNumber + n) }

    public static func isLeap(_ year: Int) -> Bool { year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    private static func number(_ bytes: ArraySlice<UInt8>) -> Int? {
        var n = 0
        for b in bytes {
            guard b >= UInt8(ascii: "0"), b <= UInt8(ascii: "9") else { return nil }
            n = n * 10 + Int(b - UInt8(ascii: "0"))
        }
        return n
    }

    private static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }
}

/// Kept as `YYYY-MM-DD` (a job's payload, for one): a stored day that is not one is an error.
extension CalendarDate: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = CalendarDate(iso: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "‘\(text)’ is not a day written YYYY-MM-DD")
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
