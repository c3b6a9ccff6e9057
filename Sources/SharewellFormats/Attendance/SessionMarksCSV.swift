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
    public static func read(_ bytes: UnsafeBufferPointer<UInt8>, _ visit: (_ mark: SessionMark, _ line: Int) -> Void) throws {
        var problems = ProblemList()
        var lines = CSVLines(bytes)
        guard let first = lines.next(), first.fields.map({ String(decoding: $0, as: UTF8.self) }).joined(separator: ",") == header else {
            throw FormatError(problems: [.init(line: 1, field: "header", message: "The first line must be exactly ‘\(header)’.")], truncated: false)
        }
        var checkedUPNs: [String: Bool] = [:]
        var seen: [String: SessionSet] = [:]
        while let line = lines.next(), !problems.isFull {
            if line.fields.count == 1 && line.fields[0].isEmpty { continue }  // a blank line
            guard line.fields.count == 4 else {
                problems.add(line: line.number, field: "row", "Expected 4 fields (upn,date,session,code), found \(line.fields.count)."); continue
            }
            let upn = String(decoding: line.fields[0], as: UTF8.self).uppercased()
            let valid: Bool
            if let known = checkedUPNs[upn] { valid = known } else {
                let problem = Self.problem(withUPN: upn)
                if let problem { problems.add(line: line.number, field: "upn", problem) }
                valid = problem == nil
                checkedUPNs[upn] = valid
            }
            let dateText = String(decoding: line.fields[1], as: UTF8.self)
            let date = CalendarDate(iso: dateText)
            if date == nil { problems.add(line: line.number, field: "date", "‘\(dateText)’ is not a date written YYYY-MM-DD.") }
            let sessionText = String(decoding: line.fields[2], as: UTF8.self)
            let session = SessionMark.Session(rawValue: sessionText.uppercased())
            if session == nil { problems.add(line: line.number, field: "session", "‘\(sessionText)’ is not a session: use AM or PM.") }
            let codeText = String(decoding: line.fields[3], as: UTF8.self)
            let code = AttendanceCode(rawValue: codeText)
            if code == nil { problems.add(line: line.number, field: "code", "‘\(codeText)’ is not a DfE attendance code.") }
            guard valid, let date, let session, let code else { continue }
            if !seen[upn, default: SessionSet()].insert(date.dayNumber * 2 + (session == .am ? 0 : 1)) {
                problems.add(line: line.number, field: "date", "A second mark for \(upn) on \(date) \(session.rawValue).")
                continue
            }
            visit(SessionMark(upn: upn, date: date, session: session, code: code), line.number)
        }
        if let error = problems.error { throw error }
    }
}

extension SessionMarksCSV {
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
