import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import SharewellCore

/// The attendance part of a DfE Common Transfer File (STANDARDS.md): each pupil's UPN, names,
/// date of birth and sex, and per academic year the sessions possible, authorised and
/// unauthorised, with the session-by-session marks and their start date where present.
///
/// Element names as in the DfE CTF specification: `CTfile/CTFpupilData/Pupil` with `UPN`,
/// `Surname`, `Forename`, `DOB`, `Sex` (older files: `Gender`), and
/// `Attendance/YearData` with `Year`, `SessionsPossible`, `SessionsAuthorised`,
/// `SessionsUnauthorised`, `AttendanceMarks` and `AttendanceStartDate`. Marks are one
/// character per session, morning then afternoon of every calendar day from the start date,
/// `-` for none. Other elements are ignored; what is malformed is named by its element path.
public struct CommonTransferFile: Sendable {
    public struct Pupil: Sendable {
        public let line: Int
        public let upn: String
        public let givenName: String
        public let familyName: String
        public let dateOfBirth: CalendarDate
        public let sex: Sex
        public let years: [Year]
    }

    public struct Year: Sendable {
        /// The academic year starting in September of `year`.
        public let year: Int
        public let tally: AttendanceTally
        public let marks: CompactMarks?

        /// 1 September to 31 August: the period a year's totals cover.
        public var period: ClosedRange<CalendarDate> { CalendarDate(year: year, month: 9, day: 1)!...CalendarDate(year: year + 1, month: 8, day: 31)! }
    }

    public let pupils: [Pupil]

    public static func read(_ bytes: [UInt8]) throws -> CommonTransferFile {
        // FoundationXML traps on an element name that is not UTF-8 (found by fuzz/run): one upload
        // would stop the server for everyone. A CTF is UTF-8, so anything else is refused first.
        if let line = firstLineNotUTF8(bytes) {
            throw FormatError(problems: [.init(line: line, field: "/", message: "The file is not UTF-8 text: line \(line) holds bytes that are not characters. Save it as UTF-8 and send it again.")], truncated: false)
        }
        // FoundationXML also crashes on a processing instruction with no data (`<?x?>`, found by
        // fuzz/run). A CTF has none beyond its XML declaration, so any other is refused first.
        if let line = lineOfProcessingInstruction(bytes) {
            throw FormatError(problems: [.init(line: line, field: "/", message: "Line \(line) holds a processing instruction (<?…?>); a Common Transfer File has none beyond its first line's XML declaration.")], truncated: false)
        }
        let reader = Reader()
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = reader
        if !parser.parse(), reader.problems.problems.isEmpty {
            let message = parser.parserError.map { "The XML is malformed: \(($0 as NSError).localizedDescription)" } ?? "The XML is malformed."
            throw FormatError(problems: [.init(line: parser.lineNumber, field: reader.path, message: message)], truncated: false)
        }
        if let error = reader.problems.error { throw error }
        guard reader.root == "CTfile" else {
            throw FormatError(problems: [.init(line: 1, field: "/", message: "This is not a Common Transfer File: its first element is ‘\(reader.root ?? "")’, not ‘CTfile’.")], truncated: false)
        }
        guard !reader.pupils.isEmpty else {
            throw FormatError(problems: [.init(line: parser.lineNumber, field: "/CTfile/CTFpupilData", message: "The file has no pupils.")], truncated: false)
        }
        return CommonTransferFile(pupils: reader.pupils)
    }
}

/// The line of the first `<?` other than an XML declaration at the very start, or `nil` when there is none.
private func lineOfProcessingInstruction(_ bytes: [UInt8]) -> Int? {
    let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0  // a byte order mark
    let declaration = Array("<?xml ".utf8)
    var line = 1, index = start
    while index + 1 < bytes.count {
        if bytes[index] == UInt8(ascii: "\n") { line += 1 }
        if bytes[index] == UInt8(ascii: "<"), bytes[index + 1] == UInt8(ascii: "?"),
           !(index == start && bytes[index...].starts(with: declaration)) { return line }
        index += 1
    }
    return nil
}

/// The line of the first byte sequence that is not UTF-8, or `nil` when all of it is.
private func firstLineNotUTF8(_ bytes: [UInt8]) -> Int? {
    var iterator = bytes.makeIterator(), decoder = UTF8(), line = 1
    while true {
        switch decoder.decode(&iterator) {
        case .scalarValue(let scalar): if scalar == "\n" { line += 1 }
        case .emptyInput: return nil
        case .error: return line
        }
    }
}

/// Walks the elements, keeping the path of the current one and the text of the fields it needs.
private final class Reader: NSObject, XMLParserDelegate {
    var problems = ProblemList()
    var pupils: [CommonTransferFile.Pupil] = []
    var root: String?
    private var stack: [(name: String, index: Int, counts: [String: Int])] = []
    private var text = ""
    private var pupil: [String: (value: String, path: String, line: Int)] = [:]
    private var pupilStart = (line: 0, path: "")
    private var year: [String: (value: String, path: String, line: Int)] = [:]
    private var years: [CommonTransferFile.Year] = []
    private var yearPath = ""

    var path: String { stack.isEmpty ? "/" : "/" + stack.map { $0.index > 1 || ["Pupil", "YearData"].contains($0.name) ? "\($0.name)[\($0.index)]" : $0.name }.joined(separator: "/") }
    /// The open elements' names, kept alongside the stack rather than rebuilt at every event.
    private var names: [String] = []
    /// Set when reading gave up: libxml may still call back, and nothing more is read.
    private var stopped = false

    /// A CTF is a few elements deep; a file nested deeper is not one, and deep nesting once cost
    /// minutes of a core (each element's path is the whole stack).
    static let maximumDepth = 12

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        if stopped { return }
        if root == nil { root = name }
        guard stack.count < Self.maximumDepth else {
            problems.add(line: parser.lineNumber, field: path, "Elements are nested more than \(Self.maximumDepth) deep: this is not a Common Transfer File.")
            stopped = true
            parser.abortParsing()
            return
        }
        let index = (stack.last?.counts[name] ?? 0) + 1
        if !stack.isEmpty { stack[stack.count - 1].counts[name] = index }
        stack.append((name, index, [:]))
        names.append(name)
        text = ""
        if names.suffix(2) == ["CTFpupilData", "Pupil"] { pupil = [:]; years = []; pupilStart = (parser.lineNumber, path) }
        if names.suffix(3) == ["Pupil", "Attendance", "YearData"] { year = [:]; yearPath = path }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { if !stopped { text += string } }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if stopped { return }
        let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let parent = names.dropLast().last
        // A field given twice is refused rather than one of the two silently kept.
        if parent == "Pupil", names.dropLast().dropLast().last == "CTFpupilData" { keep(name, value, in: &pupil, parser.lineNumber) }
        if parent == "YearData" { keep(name, value, in: &year, parser.lineNumber) }
        if names.suffix(3) == ["Pupil", "Attendance", "YearData"] { if let y = readYear(parser.lineNumber) { years.append(y) } }
        if names.suffix(2) == ["CTFpupilData", "Pupil"] { if let p = readPupil() { pupils.append(p) } }
        stack.removeLast()
        names.removeLast()
        text = ""
        if problems.isFull { parser.abortParsing() }
    }

    private func keep(_ name: String, _ value: String, in fields: inout [String: (value: String, path: String, line: Int)], _ line: Int) {
        if fields[name] != nil { problems.add(line: line, field: path, "\(name) is given more than once here; give it once.") }
        fields[name] = (value, path, line)
    }

    private func readPupil() -> CommonTransferFile.Pupil? {
        func field(_ name: String, _ what: String) -> (value: String, path: String, line: Int)? {
            guard let f = pupil[name], !f.value.isEmpty else { problems.add(line: pupilStart.line, field: pupilStart.path + "/" + name, "The pupil's \(what) is missing."); return nil }
            return f
        }
        var upn: String?
        if let f = field("UPN", "UPN") {
            do throws(CoreError) { upn = try UPN(f.value).value } catch { problems.add(line: f.line, field: f.path, error.message) }
        }
        let surname = field("Surname", "surname"), forename = field("Forename", "forename")
        var born: CalendarDate?
        if let f = field("DOB", "date of birth") {
            born = CalendarDate(iso: f.value)
            if born == nil { problems.add(line: f.line, field: f.path, "‘\(f.value)’ is not a date written YYYY-MM-DD.") }
        }
        var sex: Sex?
        if let f = pupil["Sex"] ?? pupil["Gender"] ?? field("Sex", "sex") {
            sex = Sex(rawValue: f.value.uppercased())
            if sex == nil { problems.add(line: f.line, field: f.path, "‘\(f.value)’ is not a sex: use F or M.") }
        }
        guard let upn, let surname, let forename, let born, let sex else { return nil }
        return .init(line: pupilStart.line, upn: upn, givenName: forename.value, familyName: surname.value, dateOfBirth: born, sex: sex, years: years)
    }

    private func readYear(_ line: Int) -> CommonTransferFile.Year? {
        func count(_ name: String) -> Int? {
            guard let f = year[name] else { problems.add(line: line, field: yearPath + "/" + name, "\(name) is missing."); return nil }
            guard let n = Int(f.value), n >= 0 else { problems.add(line: f.line, field: f.path, "‘\(f.value)’ is not a whole number of sessions."); return nil }
            guard n <= AttendanceTally.schoolYearSessionLimit else {
                problems.add(line: f.line, field: f.path, "\(n) sessions is more than a school year has (at most \(AttendanceTally.schoolYearSessionLimit)).")
                return nil
            }
            return n
        }
        let yearNumber = year["Year"].flatMap { Int($0.value) }.flatMap { (1990...2100).contains($0) ? $0 : nil }
        if yearNumber == nil { problems.add(line: year["Year"]?.line ?? line, field: year["Year"]?.path ?? yearPath + "/Year", "‘\(year["Year"]?.value ?? "")’ is not an academic year like 2025.") }
        let possible = count("SessionsPossible"), authorised = count("SessionsAuthorised"), unauthorised = count("SessionsUnauthorised")
        guard let yearNumber, let possible, let authorised, let unauthorised else { return nil }
        guard authorised + unauthorised <= possible else {
            problems.add(line: line, field: yearPath + "/SessionsPossible", "\(possible) sessions possible, but \(authorised + unauthorised) absences.")
            return nil
        }
        let tally = AttendanceTally(possible: possible, attended: possible - authorised - unauthorised, authorisedAbsence: authorised, unauthorisedAbsence: unauthorised)
        guard let marksField = year["AttendanceMarks"], !marksField.value.isEmpty else { return .init(year: yearNumber, tally: tally, marks: nil) }
        guard let startField = year["AttendanceStartDate"], let start = CalendarDate(iso: String(startField.value.prefix(10))) else {
            problems.add(line: year["AttendanceStartDate"]?.line ?? line, field: year["AttendanceStartDate"]?.path ?? yearPath + "/AttendanceStartDate",
                         "Marks need their start date, written YYYY-MM-DD.")
            return nil
        }
        // The marks lie in their academic year (1 August to 31 July): a start in 9999 once stored a
        // last day in year 10000 that nothing could read back, and the school's lists failed for good.
        let academicYear = CalendarDate(year: yearNumber, month: 8, day: 1)!...CalendarDate(year: yearNumber + 1, month: 7, day: 31)!
        guard academicYear.contains(start) else {
            problems.add(line: startField.line, field: startField.path, "\(start) is not in academic year \(yearNumber) (\(academicYear.lowerBound) to \(academicYear.upperBound)).")
            return nil
        }
        let symbols = Array(marksField.value)
        guard symbols.count <= 2 * PupilSummaryCSV.maximumDays else {
            problems.add(line: marksField.line, field: marksField.path, "\(symbols.count) marks is more than two a day for a school year (at most \(2 * PupilSummaryCSV.maximumDays)).")
            return nil
        }
        var marks = CompactMarks(first: start, last: start.advanced(by: max(0, (symbols.count + 1) / 2 - 1)))
        for (i, symbol) in symbols.enumerated() where symbol != CompactMarks.none {
            guard let code = AttendanceCode(rawValue: String(symbol)) else {
                problems.add(line: marksField.line, field: marksField.path, "Session \(i + 1) (\(start.advanced(by: i / 2)) \(i % 2 == 0 ? "AM" : "PM")): ‘\(symbol)’ is not a DfE attendance code.")
                return nil
            }
            marks.set(code, on: start.advanced(by: i / 2), pm: i % 2 == 1)
        }
        return .init(year: yearNumber, tally: tally, marks: marks)
    }
}
