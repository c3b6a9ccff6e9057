import SharewellCore

/// One register mark: a pupil, a day, a session and its DfE code.
public struct SessionMark: Sendable, Equatable {
    public enum Session: String, Sendable { case am = "AM", pm = "PM" }
    public let upn: String
    public let date: CalendarDate
    public let session: Session
    public let code: AttendanceCode

    public init(upn: String, date: CalendarDate, session: Session, code: AttendanceCode) {
        self.upn = upn; self.date = date; self.session = session; self.code = code
    }
}

/// Session marks as CSV: `upn,date,session,code` (issue 6). Read straight from bytes, every row
/// checked; a UPN is validated once however many marks it has.
public enum SessionMarksCSV {
    public static let header = "upn,date,session,code"

    /// Calls `visit` with each mark and its line in file order, then throws every problem found (so callers
    /// store nothing until this returns).
    ///
    /// A year for a borough is millions of lines, so fields are read in place from the bytes, and
    /// what a line shares with the one before (the pupil, the day) is not worked out again.
    public static func read(_ bytes: UnsafeBufferPointer<UInt8>, _ visit: (_ mark: SessionMark, _ line: Int) -> Void) throws {
        var lines = LineScanner(bytes)
        guard let first = lines.next(), Array(bytes[first.range]) == Array(header.utf8) else {
            throw FormatError(problems: [.init(line: 1, field: "header", message: "The first line must be exactly ‘\(header)’.")], truncated: false)
        }
        var reader = MarkReader()
        while let line = lines.next(), !reader.problems.isFull {
            if line.range.isEmpty { continue }  // a blank line
            if bytes[line.range].contains(UInt8(ascii: "\"")) {
                // Quoted fields (legal CSV, rare here): read the line the general way, then as if unquoted.
                var one = CSVLines(UnsafeBufferPointer(rebasing: bytes[line.range]))
                let fields = one.next()?.fields ?? []
                let plain = Array(fields.map(Array.init).joined(separator: [UInt8(ascii: ",")]))
                plain.withUnsafeBufferPointer { reader.take($0, 0..<$0.count, line: line.number, visit) }
            } else {
                reader.take(bytes, line.range, line: line.number, visit)
            }
        }
        if let error = reader.problems.error { throw error }
    }
}

/// The lines of a file as byte ranges, without their line endings; a leading byte-order mark skipped.
struct LineScanner {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0
    private var number = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { position = 3 }
    }

    mutating func next() -> (number: Int, range: Range<Int>)? {
        guard position < bytes.count else { return nil }
        number += 1
        let start = position
        var end = start
        while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
        position = end + 1
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return (number, start..<end)
    }
}

/// Checks one line after another, remembering the pupil and day of the line before.
private struct MarkReader {
    var problems = ProblemList()
    private var checkedUPNs: [String: (valid: Bool, slot: Int)] = [:]
    private var seen: [SessionSet] = []
    private var last: (bytes: [UInt8], upn: String, valid: Bool, slot: Int) = ([], "", false, -1)
    private var lastDate: (bytes: [UInt8], date: CalendarDate?) = ([], nil)

    private static let codes: [UInt16: AttendanceCode] = Dictionary(uniqueKeysWithValues: AttendanceCode.allCases.map { code in
        let u = Array(code.rawValue.utf8)
        return (UInt16(u[0]) | (u.count > 1 ? UInt16(u[1]) << 8 : 0), code)
    })

    mutating func take(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, line: Int, _ visit: (SessionMark, Int) -> Void) {
        var fields: [Range<Int>] = [], start = range.lowerBound
        fields.reserveCapacity(4)
        for i in range where bytes[i] == UInt8(ascii: ",") { fields.append(start..<i); start = i + 1 }
        fields.append(start..<range.upperBound)
        guard fields.count == 4 else {
            problems.add(line: line, field: "row", "Expected 4 fields (upn,date,session,code), found \(fields.count)."); return
        }
        func text(_ r: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[r]), as: UTF8.self) }
        let upnBytes = bytes[fields[0]]
        if !upnBytes.elementsEqual(last.bytes) {
            let upn = text(fields[0]).uppercased()
            let known = checkedUPNs[upn] ?? {
                let problem = SessionMarksCSV.problem(withUPN: upn)
                if let problem { problems.add(line: line, field: "upn", problem) }
                seen.append(SessionSet())
                checkedUPNs[upn] = (problem == nil, seen.count - 1)
                return (problem == nil, seen.count - 1)
            }()
            last = (Array(upnBytes), upn, known.valid, known.slot)
        }
        let dateBytes = bytes[fields[1]]
        if !dateBytes.elementsEqual(lastDate.bytes) { lastDate = (Array(dateBytes), CalendarDate(iso: text(fields[1]))) }
        if lastDate.date == nil { problems.add(line: line, field: "date", "‘\(text(fields[1]))’ is not a date written YYYY-MM-DD.") }
        let session = Self.session(bytes[fields[2]])
        if session == nil { problems.add(line: line, field: "session", "‘\(text(fields[2]))’ is not a session: use AM or PM.") }
        let c = bytes[fields[3]]
        let code = c.isEmpty || c.count > 2 ? nil : Self.codes[UInt16(c[c.startIndex]) | (c.count > 1 ? UInt16(c[c.startIndex + 1]) << 8 : 0)]
        if code == nil { problems.add(line: line, field: "code", "‘\(text(fields[3]))’ is not a DfE attendance code.") }
        guard last.valid, let date = lastDate.date, let session, let code else { return }
        if !seen[last.slot].insert(date.dayNumber * 2 + (session == .am ? 0 : 1)) {
            problems.add(line: line, field: "date", "A second mark for \(last.upn) on \(date) \(session.rawValue).")
            return
        }
        visit(SessionMark(upn: last.upn, date: date, session: session, code: code), line)
    }

    /// `AM` or `PM`, in either case.
    private static func session(_ b: Slice<UnsafeBufferPointer<UInt8>>) -> SessionMark.Session? {
        guard b.count == 2, b[b.startIndex + 1] | 0x20 == UInt8(ascii: "m") else { return nil }
        switch b[b.startIndex] | 0x20 {
        case UInt8(ascii: "a"): return .am
        case UInt8(ascii: "p"): return .pm
        default: return nil
        }
    }
}

extension SessionMarksCSV {
    /// Each well-formed UPN of a file with the line it first appears on, from every line of four
    /// fields; nothing when the header is wrong. For checking the pupils against the school's roll
    /// when the file's own problems stop it being read, so both are reported in one answer.
    public static func pupils(_ bytes: UnsafeBufferPointer<UInt8>) -> [(line: Int, value: String)] {
        var lines = LineScanner(bytes)
        guard let first = lines.next(), Array(bytes[first.range]) == Array(header.utf8) else { return [] }
        var seen: Set<String> = [], pupils: [(line: Int, value: String)] = []
        while let line = lines.next() {
            let fields: [String]
            if bytes[line.range].contains(UInt8(ascii: "\"")) {
                var one = CSVLines(UnsafeBufferPointer(rebasing: bytes[line.range]))
                fields = (one.next()?.fields ?? []).map { String(decoding: $0, as: UTF8.self) }
            } else {
                fields = bytes[line.range].split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
            }
            guard fields.count == 4 else { continue }
            let upn = fields[0].uppercased()
            if seen.insert(upn).inserted, problem(withUPN: upn) == nil { pupils.append((line.number, upn)) }
        }
        return pupils
    }

    static func problem(withUPN text: String) -> String? {
        do throws(CoreError) { _ = try UPN(text); return nil } catch { return error.message }
    }
}

/// The sessions already seen for one pupil, as bits from the first session seen (a school year is
/// a few hundred bits); far-off dates fall back to a set.
struct SessionSet {
    private var base: Int?
    private var words: [UInt64] = []
    private var outliers: Set<Int> = []

    /// Adds a session; `false` if it was already there.
    mutating func insert(_ index: Int) -> Bool {
        let base = self.base ?? (index - 64)
        self.base = base
        let offset = index - base
        guard offset >= 0, offset < 64 * 1_024 else { return outliers.insert(index).inserted }
        let word = offset >> 6, bit = UInt64(1) << UInt64(offset & 63)
        if word >= words.count { words.append(contentsOf: repeatElement(0, count: word - words.count + 1)) }
        if words[word] & bit != 0 { return false }
        words[word] |= bit
        return true
    }
}
