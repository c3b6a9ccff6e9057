/// A date as a person types it into three boxes, day, month and year (the GOV.UK date input).
///
/// Reading is forgiving about how people write (leading zeros or none, surrounding spaces, a month
/// by number, name or abbreviation such as "Sept") and strict about what they mean: only a day that
/// exists is a date. What was typed is kept as typed, so a form with a mistake comes back as sent.
public struct DateParts: Sendable, Equatable, Codable {
    public enum Part: String, Sendable, CaseIterable { case day, month, year }

    /// Why the boxes are not a date, naming the boxes to mark.
    public enum Problem: Error, Sendable, Equatable {
        /// Nothing typed in any box.
        case empty
        /// Some boxes left empty (in day, month, year order).
        case missing([Part])
        /// A box whose text is not a day, a month or a year.
        case unreadable(Part)
        /// A day that does not exist, such as 31 February: the month and year it was checked against.
        case notReal(month: Int, year: Int)
        /// A real day before the earliest the date may plausibly be.
        case tooEarly(DateWindow)
        /// A real day after the latest the date may plausibly be.
        case tooLate(DateWindow)

        /// The boxes the problem is in; every box when the date as a whole is wrong.
        public var parts: [Part] {
            switch self {
            case .empty, .notReal, .tooEarly, .tooLate: Part.allCases
            case .missing(let parts): parts
            case .unreadable(let part): [part]
            }
        }

        /// GOV.UK's wording, naming the date ("the start date") and the box that is wrong.
        public func message(naming name: String) -> String {
            let subject = name.prefix(1).uppercased() + name.dropFirst()
            switch self {
            case .empty: return "Enter \(name)"
            case .missing(let parts): return "\(subject) must include a \(Self.list(parts.map(\.rawValue)))"
            // "\(subject) must have a day", not "The day of \(name)": a name such as "the day of the
            // call" would read "The day of the day of the call" (review of issue 17, item 11).
            case .unreadable(.day): return "\(subject) must have a day from 1 to 31"
            case .unreadable(.month): return "\(subject) must have a month from 1 to 12, or the month's name"
            case .unreadable(.year): return "\(subject) must have a year of 4 numbers"
            case .tooEarly(let window) where window.earliest == window.today: return "\(subject) must be today or in the future"
            case .tooLate(let window) where window.latest == window.today: return "\(subject) must be today or in the past"
            case .tooEarly(let window): return "\(subject) must be \(window.words(window.earliest)) or later"
            case .tooLate(let window): return "\(subject) must be \(window.words(window.latest)) or earlier"
            case .notReal(let month, let year):
                return "\(subject) must be a real date: \(DateParts.monthNames[month - 1]) \(year) has \(CalendarDate.daysIn(month: month, year: year)) days"
            }
        }

        private static func list(_ words: [String]) -> String {
            words.count < 2 ? words.joined() : words.dropLast().joined(separator: ", ") + " and " + words.last!
        }
    }

    public var day: String
    public var month: String
    public var year: String

    public init(day: String = "", month: String = "", year: String = "") {
        self.day = day; self.month = month; self.year = year
    }

    /// A known date shown in the boxes, without leading zeros.
    public init(_ date: CalendarDate) {
        self.init(day: String(date.day), month: String(date.month), year: String(date.year))
    }

    /// One text holding the whole date, as old links, bookmarks and API clients send it:
    /// `YYYY-MM-DD`, or `DD/MM/YYYY` as written in England; anything else lands in the day box.
    public init(single text: String) {
        let trimmed = text.trimmed
        let dashed = trimmed.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        let slashed = trimmed.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        if dashed.count == 3 { self.init(day: dashed[2], month: dashed[1], year: dashed[0]) }
        else if slashed.count == 3 { self.init(day: slashed[0], month: slashed[1], year: slashed[2]) }
        else { self.init(day: trimmed) }
    }

    /// Nothing typed in any box (spaces count as nothing).
    public var isEmpty: Bool { day.trimmed.isEmpty && month.trimmed.isEmpty && year.trimmed.isEmpty }

    /// The date, or the first thing wrong with it: empty, then missing boxes, then unreadable
    /// boxes in day, month, year order, then a day the month does not have, then a day outside
    /// `window` (never wider than 1900–2099, whatever is asked).
    public func read(within window: DateWindow = .plausible) -> Result<CalendarDate, Problem> {
        if isEmpty { return .failure(.empty) }
        let texts: [(Part, String)] = [(.day, day.trimmed), (.month, month.trimmed), (.year, year.trimmed)]
        let missing = texts.filter { $0.1.isEmpty }.map(\.0)
        if !missing.isEmpty { return .failure(.missing(missing)) }
        guard let d = Self.number(texts[0].1, digits: 1...2), (1...31).contains(d) else { return .failure(.unreadable(.day)) }
        guard let m = Self.month(texts[1].1) else { return .failure(.unreadable(.month)) }
        guard let y = Self.number(texts[2].1, digits: 4...4) else { return .failure(.unreadable(.year)) }
        guard let date = CalendarDate(year: y, month: m, day: d) else { return .failure(.notReal(month: m, year: y)) }
        if let problem = window.problem(with: date) { return .failure(problem) }
        return .success(date)
    }

    /// The date, or `nil` when the boxes are empty; a problem otherwise.
    public func readOptional(within window: DateWindow = .plausible) -> Result<CalendarDate?, Problem> {
        isEmpty ? .success(nil) : read(within: window).map { Optional($0) }
    }

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

    /// 1–12 from a number (leading zeros allowed) or from a month's name or the start of it, at
    /// least three letters, with or without a full stop: "9", "09", "Sep", "Sept.", "september".
    static func month(_ text: String) -> Int? {
        if let n = number(text, digits: 1...2) { return (1...12).contains(n) ? n : nil }
        let word = (text.hasSuffix(".") ? String(text.dropLast()) : text).lowercased()
        guard word.count >= 3, word.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        return monthNames.firstIndex { $0.lowercased().hasPrefix(word) }.map { $0 + 1 }
    }

    /// A whole number written in ASCII digits, with this many digits (leading zeros count).
    private static func number(_ text: String, digits: ClosedRange<Int>) -> Int? {
        guard digits.contains(text.count), text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(text)
    }

    private enum CodingKeys: String, CodingKey { case day, month, year }

    /// From a form's three boxes (`start[day]`, `start[month]`, `start[year]`), or, when none of
    /// them was sent, from a single text of the date's own name (`start=2026-09-01`), so old
    /// links and bookmarks keep working.
    public init(from decoder: any Decoder) throws {
        let boxes = try? decoder.container(keyedBy: CodingKeys.self)
        func box(_ key: CodingKeys) -> String? { (try? boxes?.decodeIfPresent(String.self, forKey: key)) ?? nil }
        if box(.day) != nil || box(.month) != nil || box(.year) != nil {
            self.init(day: box(.day) ?? "", month: box(.month) ?? "", year: box(.year) ?? "")
        } else if let single = try? decoder.singleValueContainer().decode(String.self) {
            self.init(single: single)
        } else {
            self.init()
        }
    }
}
