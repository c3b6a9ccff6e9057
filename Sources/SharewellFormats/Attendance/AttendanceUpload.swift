import SharewellCore

/// A school's marks file made ready to store: each pupil's marks over the file's period, with the
/// line each UPN first appears on so the store can point at it.
public struct AttendanceUpload: Sendable {
    public let period: ClosedRange<CalendarDate>
    public let pupils: [String: CompactMarks]
    public let firstLine: [String: Int]
    public let markCount: Int

    /// Reads and checks a whole marks CSV. The period is `period` if given (marks outside it are
    /// a problem), else the first to the last date in the file.
    public static func read(_ bytes: UnsafeBufferPointer<UInt8>, period: ClosedRange<CalendarDate>? = nil) throws -> AttendanceUpload {
        var marks: [SessionMark] = []
        var firstLine: [String: Int] = [:]
        var outside: [FormatError.Problem] = []
        try SessionMarksCSV.read(bytes) { mark, line in
            if firstLine[mark.upn] == nil { firstLine[mark.upn] = line }
            if let period, !period.contains(mark.date), outside.count < ProblemList.limit {
                outside.append(.init(line: line, field: "date", message: "\(mark.date) is outside the period \(period.lowerBound) to \(period.upperBound)."))
            }
            marks.append(mark)
        }
        if !outside.isEmpty { throw FormatError(problems: outside, truncated: false) }
        guard let first = marks.map(\.date).min(), let last = marks.map(\.date).max() else {
            throw FormatError(problems: [.init(line: 2, field: "row", message: "The file has no marks.")], truncated: false)
        }
        let range = period ?? first...last
        var pupils: [String: CompactMarks] = [:]
        for mark in marks {
            pupils[mark.upn, default: CompactMarks(first: range.lowerBound, last: range.upperBound)].set(mark.code, on: mark.date, pm: mark.session == .pm)
        }
        return AttendanceUpload(period: range, pupils: pupils, firstLine: firstLine, markCount: marks.count)
    }
}
