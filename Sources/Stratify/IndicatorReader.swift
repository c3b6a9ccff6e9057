import Foundation
import SharewellCore

/// An indicators file as one worker reads it: every row checked, the codes numbered as first seen,
/// and the distinct codes in the window of its share of the people and of the households (ids are
/// shared out by a hash, so workers never hold the same id).
struct IndicatorPart: Sendable {
    var codes = NameTable()
    var codeIsHealth: [Bool] = []
    var people = CodeSets(), households = CodeSets()
    /// Lines read so far.
    private(set) var lines = 0
    /// The first problem, naming its line; reading stops there.
    private(set) var problem: IndicatorProfile.Problem?
    private let first: Int, last: Int
    private let share: UInt64, shares: UInt64
    private let keepPeople: Bool, keepHouseholds: Bool
    private var expectHeader = true
    private var dates = DateCache()
    private var lastCode = -1, lastCodeBytes: [UInt8] = []

    init(window: ClosedRange<CalendarDate>, share: Int, of shares: Int, levels: Set<Stratification.Level> = Set(Stratification.Level.allCases)) {
        first = window.lowerBound.dayNumber; last = window.upperBound.dayNumber
        self.share = UInt64(share); self.shares = UInt64(shares)
        keepPeople = levels.contains(.person); keepHouseholds = levels.contains(.household)
    }

    /// Whether an id is this worker's: by a hash of its tag unlike the one the table uses, so a
    /// share's ids still spread over the whole table.
    private func mine(_ tag: UInt64) -> Bool { shares == 1 || ((tag &* 0xC2B2_AE3D_27D4_EB4F) >> 56) % shares == share }

    /// Reads complete lines (the last may lack its line end). Returns false once a problem stops it.
    mutating func read(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = 0
        while start < bytes.count, problem == nil {
            var end = bytes.count
            if let found = memchr(bytes.baseAddress! + start, 0x0A, bytes.count - start) {
                end = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - bytes.baseAddress!
            }
            line(UnsafeBufferPointer(rebasing: bytes[start..<end]))
            start = end + 1
        }
        return problem == nil
    }

    private mutating func line(_ raw: UnsafeBufferPointer<UInt8>) {
        lines += 1
        var line = raw
        if line.last == UInt8(ascii: "\r") { line = UnsafeBufferPointer(rebasing: line.dropLast()) }
        if expectHeader {
            expectHeader = false
            if line.starts(with: [0xEF, 0xBB, 0xBF]) { line = UnsafeBufferPointer(rebasing: line.dropFirst(3)) }
            if !line.elementsEqual(IndicatorProfile.header.utf8) { fail("header", "The first line must be exactly ‘\(IndicatorProfile.header)’.") }
            return
        }
        if line.isEmpty { return }
        // The five fields' bounds, without allocating.
        var cuts = (0, 0, 0, 0), commas = 0
        for k in line.indices where line[k] == UInt8(ascii: ",") {
            switch commas { case 0: cuts.0 = k; case 1: cuts.1 = k; case 2: cuts.2 = k; case 3: cuts.3 = k; default: break }
            commas += 1
        }
        guard commas == 4 else { return fail("row", "Expected 5 fields (\(IndicatorProfile.header)), found \(commas + 1).") }
        func field(_ from: Int, _ to: Int) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: line[from..<to]) }
        let person = field(0, cuts.0), household = field(cuts.0 + 1, cuts.1), code = field(cuts.1 + 1, cuts.2)
        let category = field(cuts.2 + 1, cuts.3), date = field(cuts.3 + 1, line.count)
        if person.isEmpty { return fail("person_id", "Every row needs a person id.") }
        if code.isEmpty { return fail("code", "Every row needs a code.") }
        let health: Bool
        if Self.same(category, "health") { health = true } else if Self.same(category, "non-health") { health = false } else {
            return fail("category", "‘\(String(decoding: category, as: UTF8.self))’ is not a category: use health or non-health.")
        }
        guard let day = dates.day(date) else { return fail("date", "‘\(String(decoding: date, as: UTF8.self))’ is not a date written YYYY-MM-DD.") }
        // Rows come a dataset at a time, so the code is most often the last row's: compare, don't look up.
        let number: Int
        if lastCode >= 0, lastCodeBytes.withUnsafeBufferPointer({ code.same($0) }) { number = lastCode } else {
            number = codes.number(of: code)
            lastCode = number; lastCodeBytes.removeAll(keepingCapacity: true); lastCodeBytes.append(contentsOf: code)
        }
        if number == codeIsHealth.count {
            codeIsHealth.append(health)
        } else if codeIsHealth[number] != health {
            return fail("category", "\(String(decoding: code, as: UTF8.self)) is \(codeIsHealth[number] ? "health" : "non-health") on an earlier line")
        }
        guard day >= first, day <= last else { return }
        if keepPeople {
            let personTag = NameTable.tag(person)
            if mine(personTag) { people.add(number, to: person, tag: personTag) }
        }
        if keepHouseholds, !household.isEmpty {
            let householdTag = NameTable.tag(household)
            if mine(householdTag) { households.add(number, to: household, tag: householdTag) }
        }
    }

    private mutating func fail(_ field: String, _ message: String) {
        problem = .init(line: lines, field: field, message: message)
    }

    static func same(_ bytes: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        word.withUTF8Buffer { bytes.same($0) }
    }
}

/// `YYYY-MM-DD` to a day number, remembering recent dates: a file holds a few hundred distinct days
/// across millions of rows, and checking a date against the calendar costs more than a lookup.
struct DateCache: Sendable {
    private var keys = [Int](repeating: -1, count: 4_096)
    private var days = [Int](repeating: 0, count: 4_096)

    mutating func day(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") else { return nil }
        var key = 0
        for i in [0, 1, 2, 3, 5, 6, 8, 9] {
            let digit = Int(b[i]) &- 48
            guard digit >= 0, digit <= 9 else { return nil }
            key = key * 10 + digit
        }
        let slot = key & 4_095
        if keys[slot] == key { return days[slot] }
        guard let day = CalendarDate(year: key / 10_000, month: key / 100 % 100, day: key % 100)?.dayNumber else { return nil }
        keys[slot] = key; days[slot] = day
        return day
    }
}
