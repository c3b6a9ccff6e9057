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
        // Each pupil's sessions as (session number, code), gathered in one pass; consecutive lines
        // of the same pupil find their place without a lookup.
        var slots: [String: Int] = [:], upns: [String] = [], sessions: [[(Int32, AttendanceCode)]] = []
        var firstLine: [String: Int] = [:]
        var outside: [FormatError.Problem] = []
        var (lastUPN, slot, count, earliest, latest) = ("", -1, 0, Int.max, Int.min)
        try SessionMarksCSV.read(bytes) { mark, line in
            if mark.upn != lastUPN {
                lastUPN = mark.upn
                if let known = slots[mark.upn] { slot = known } else {
                    slot = upns.count
                    slots[mark.upn] = slot; upns.append(mark.upn); sessions.append([]); firstLine[mark.upn] = line
                }
            }
            if let period, !period.contains(mark.date), outside.count < ProblemList.limit {
                outside.append(.init(line: line, field: "date", message: "\(mark.date) is outside the period \(period.lowerBound) to \(period.upperBound)."))
            }
            sessions[slot].append((Int32(mark.date.dayNumber * 2 + (mark.session == .pm ? 1 : 0)), mark.code))
            earliest = min(earliest, mark.date.dayNumber); latest = max(latest, mark.date.dayNumber)
            count += 1
        }
        if !outside.isEmpty { throw FormatError(problems: outside, truncated: false) }
        guard count > 0 else { throw FormatError(problems: [.init(line: 2, field: "row", message: "The file has no marks.")], truncated: false) }
        let range = period ?? CalendarDate(dayNumber: earliest)...CalendarDate(dayNumber: latest)
        // Each pupil's marks are laid out over the whole period, so its length bounds the memory
        // an upload takes (issue 14: 0001-01-01 to 9999-12-31 grew the server to 21 GB).
        guard range.lowerBound.distance(to: range.upperBound) < PupilSummaryCSV.maximumDays else {
            throw FormatError(problems: [.init(line: 2, field: period == nil ? "date" : "to",
                                               message: "\(range.lowerBound) to \(range.upperBound) is longer than a school year: send at most \(PupilSummaryCSV.maximumDays) days of marks at a time.")],
                              truncated: false)
        }
        var pupils: [String: CompactMarks] = [:]
        pupils.reserveCapacity(upns.count)
        for (index, upn) in upns.enumerated() {
            var marks = CompactMarks(first: range.lowerBound, last: range.upperBound)
            for (session, code) in sessions[index] { marks.set(code, on: CalendarDate(dayNumber: Int(session) / 2), pm: session % 2 == 1) }
            pupils[upn] = marks
        }
        return AttendanceUpload(period: range, pupils: pupils, firstLine: firstLine, markCount: count)
    }
}
