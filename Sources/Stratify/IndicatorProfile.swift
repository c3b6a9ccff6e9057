import SharewellCore

/// Everyone's distinct codes within the window, per person and per household, built in one pass
/// over the indicators file (seed 002: distinct codes, at least one health and one non-health).
///
/// Codes are numbered as they are first seen and a person's codes are a bit set, so "distinct"
/// is an OR and counting is a population count; memory grows with people, not with rows.
public struct IndicatorProfile: Sendable {
    public struct Problem: Error, Equatable, Sendable, CustomStringConvertible {
        public let line: Int
        public let field: String
        public let message: String
        public var description: String { "line \(line), \(field): \(message)" }
    }

    public static let header = "person_id,household_id,code,category,date"

    /// Code number → its text and whether it is a health code.
    public private(set) var codes: [String] = []
    public private(set) var codeIsHealth: [Bool] = []
    public private(set) var people = CodeSets()
    public private(set) var households = CodeSets()

    /// Reads `person_id,household_id,code,category,date` rows; only dates in `window` count, but
    /// every row is checked. Throws the first problem, naming its line and field.
    public init(csv bytes: UnsafeBufferPointer<UInt8>, window: ClosedRange<CalendarDate>) throws(Problem) {
        var reader = IndicatorReader(bytes: bytes)
        try reader.readHeader()
        var codeNumbers: [String: Int] = [:]
        let first = window.lowerBound.dayNumber, last = window.upperBound.dayNumber
        while let row = try reader.next() {
            let code: Int
            if let known = codeNumbers[row.code] {
                code = known
                guard codeIsHealth[code] == row.health else {
                    throw Problem(line: row.line, field: "category", message: "\(row.code) is \(codeIsHealth[code] ? "health" : "non-health") on an earlier line")
                }
            } else {
                code = codes.count
                codeNumbers[row.code] = code
                codes.append(row.code)
                codeIsHealth.append(row.health)
            }
            guard row.day >= first, row.day <= last else { continue }
            people.add(code, to: row.person)
            if !row.household.isEmpty { households.add(code, to: row.household) }
        }
    }

    /// The window the rule uses: after the as-of date less `months` calendar months, up to and including the as-of date.
    public static func window(asOf: CalendarDate, months: Int) -> ClosedRange<CalendarDate> {
        asOf.adding(months: -months).advanced(by: 1)...asOf
    }
}

/// Distinct codes per name (a person or a household).
public struct CodeSets: Sendable {
    public private(set) var names: [String] = []
    private var index: [String: Int] = [:]
    /// Codes 0–63 as bits; codes beyond live in `more`.
    private var bits: [UInt64] = []
    private var more: [Int: Set<Int>] = [:]
    private var lastName = "", lastIndex = -1

    mutating func add(_ code: Int, to name: String) {
        let i: Int
        if name == lastName, lastIndex >= 0 { i = lastIndex } else {
            if let known = index[name] { i = known } else {
                i = names.count
                index[name] = i
                names.append(name)
                bits.append(0)
            }
            lastName = name
            lastIndex = i
        }
        if code < 64 { bits[i] |= 1 << UInt64(code) } else { more[i, default: []].insert(code) }
    }

    public var count: Int { names.count }

    /// The number of distinct codes of entry `i`, and how many are health codes.
    func counts(_ i: Int, healthBits: UInt64, healthMore: Set<Int>) -> (flags: Int, health: Int) {
        var flags = bits[i].nonzeroBitCount, health = (bits[i] & healthBits).nonzeroBitCount
        if let extra = more[i] { flags += extra.count; health += extra.filter(healthMore.contains).count }
        return (flags, health)
    }
}
