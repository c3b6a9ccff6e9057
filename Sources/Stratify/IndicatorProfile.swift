import Foundation
import SharewellCore

/// Everyone's distinct codes within the window, per person and per household (seed 002: distinct
/// codes, at least one health and one non-health), read in one pass over the indicators file.
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

    /// Reads `person_id,household_id,code,category,date` rows from memory; only dates in `window`
    /// count, but every row is checked. Throws the first problem, naming its line and field.
    public init(csv bytes: UnsafeBufferPointer<UInt8>, window: ClosedRange<CalendarDate>) throws(Problem) {
        var part = IndicatorPart(window: window, share: 0, of: 1)
        _ = part.read(bytes)
        try self.init(parts: [part])
    }

    /// Reads a file the same way, streamed in blocks (never held whole in memory), with `parts`
    /// workers at once. Every worker reads every row (so each checks them all and numbers the codes
    /// alike), but keeps only its share of the people and of the households, chosen by id: the
    /// shares need no putting together, and no table holds every id.
    /// `levels` says which sets to keep: a list at one level needs only that one.
    public init(file path: String, window: ClosedRange<CalendarDate>, levels: Set<Stratification.Level> = Set(Stratification.Level.allCases),
                parts: Int = ProcessInfo.processInfo.activeProcessorCount) throws {
        let file = try IndicatorFile(path), count = max(1, parts)
        var results = [Result<IndicatorPart, any Error>](repeating: .failure(CancellationError()), count: count)
        results.withUnsafeMutableBufferPointer { out in
            let slots = Slots(out)
            DispatchQueue.concurrentPerform(iterations: count) { w in
                slots.buffer[w] = Result {
                    var part = IndicatorPart(window: window, share: w, of: count, levels: levels)
                    try file.stream { part.read($0) }
                    return part
                }
            }
        }
        try self.init(parts: try results.map { try $0.get() })
    }

    /// The workers' shares side by side; every worker saw the same codes and the same first problem.
    private init(parts: [IndicatorPart]) throws(Problem) {
        if let problem = parts[0].problem { throw problem }
        codes = (0..<parts[0].codes.count).map(parts[0].codes.name)
        codeIsHealth = parts[0].codeIsHealth
        people = CodeSets(parts.map(\.people))
        households = CodeSets(parts.map(\.households))
    }

    /// The window the rule uses: after the as-of date less `months` calendar months, up to and including the as-of date.
    public static func window(asOf: CalendarDate, months: Int) -> ClosedRange<CalendarDate> {
        asOf.adding(months: -months).advanced(by: 1)...asOf
    }

    /// Each worker writes only its own slot.
    private struct Slots: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<Result<IndicatorPart, any Error>>
        init(_ buffer: UnsafeMutableBufferPointer<Result<IndicatorPart, any Error>>) { self.buffer = buffer }
    }
}

/// Distinct codes per id (a person or a household), in one or more tables that share no id.
public struct CodeSets: Sendable {
    /// Codes 0–63 as a table's flags; codes beyond live in `more`.
    private var tables: [NameTable]
    private var more: [[Int: Set<Int>]]
    /// Where each table's entries start in the numbering across tables.
    private var offsets: [Int]

    init() { tables = [NameTable(capacity: 1_024)]; more = [[:]]; offsets = [0] }

    /// The tables of several workers' shares, numbered one after another.
    init(_ shares: [CodeSets]) {
        let tables = shares.flatMap(\.tables)
        self.tables = tables; more = shares.flatMap(\.more)
        offsets = tables.indices.map { t in tables[..<t].reduce(0) { $0 + $1.count } }
    }

    public var count: Int { tables.reduce(0) { $0 + $1.count } }

    public func name(_ i: Int) -> String { let (t, j) = locate(i); return tables[t].name(j) }

    /// For reading while the sets are one worker's single table.
    mutating func add(_ code: Int, to key: UnsafeBufferPointer<UInt8>, tag: UInt64) {
        if code < 64 { tables[0].number(of: key, tag: tag, adding: 1 << UInt64(code)) } else {
            more[0][tables[0].number(of: key, tag: tag), default: []].insert(code)
        }
    }

    /// The number of distinct codes of entry `i`, and how many are health codes.
    func counts(_ i: Int, healthBits: UInt64, healthMore: Set<Int>) -> (flags: Int, health: Int) {
        let (t, j) = locate(i)
        let bits = tables[t].bits(of: j)
        var flags = bits.nonzeroBitCount, health = (bits & healthBits).nonzeroBitCount
        if let extra = more[t][j] { flags += extra.count; health += extra.filter(healthMore.contains).count }
        return (flags, health)
    }

    private func locate(_ i: Int) -> (table: Int, entry: Int) {
        var t = offsets.count - 1
        while offsets[t] > i { t -= 1 }
        return (t, i - offsets[t])
    }
}
