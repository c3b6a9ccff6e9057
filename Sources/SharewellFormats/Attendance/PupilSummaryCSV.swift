import SharewellCore

/// One pupil's attendance over a period, known only by its totals.
public struct PupilSummary: Sendable, Equatable {
    public let line: Int
    public let upn: String
    public let period: ClosedRange<CalendarDate>
    public let tally: AttendanceTally

    public init(line: Int, upn: String, period: ClosedRange<CalendarDate>, tally: AttendanceTally) {
        self.line = line; self.upn = upn; self.period = period; self.tally = tally
    }
}

/// Per-pupil summaries, for a school that sends totals rather than session marks (issue 6):
/// `upn,from,to,possible_sessions,attended_sessions,authorised_absence,unauthorised_absence`.
/// Attended and both kinds of absence must add up to the possible sessions.
public enum PupilSummaryCSV {
    public static let header = "upn,from,to,possible_sessions,attended_sessions,authorised_absence,unauthorised_absence"

    /// The longest period one summary may cover: a school year and its holidays.
    public static let maximumDays = 366

    public static func read(_ bytes: UnsafeBufferPointer<UInt8>) throws -> [PupilSummary] {
        let rows = try CSVRecords.read(bytes, header: header, row: Self.row, key: { "\($0.upn) \($0.period.lowerBound) \($0.period.upperBound)" }) { row, earlier in
            ("upn", "\(row.upn) already has this period on line \(earlier).")
        }
        if rows.isEmpty { throw FormatError(problems: [.init(line: 2, field: "row", message: "The file has no summaries.")], truncated: false) }
        return rows
    }

    private static func row(_ f: [String], _ line: Int, _ problems: inout ProblemList) -> PupilSummary? {
        var upn: String?
        do throws(CoreError) { upn = try UPN(f[0]).value } catch { problems.add(line: line, field: "upn", error.message) }
        let from = CalendarDate(iso: f[1]), to = CalendarDate(iso: f[2])
        if from == nil { problems.add(line: line, field: "from", "‘\(f[1])’ is not a date written YYYY-MM-DD.") }
        if to == nil { problems.add(line: line, field: "to", "‘\(f[2])’ is not a date written YYYY-MM-DD.") }
        if let from, let to, from > to { problems.add(line: line, field: "to", "\(to) is before \(from).") }
        if let from, let to, from <= to, from.distance(to: to) >= maximumDays {
            problems.add(line: line, field: "to", "\(from) to \(to) is longer than a school year: send a summary for at most \(maximumDays) days.")
        }
        let names = ["possible_sessions", "attended_sessions", "authorised_absence", "unauthorised_absence"]
        let counts = zip(names, f[3...6]).map { name, text -> Int? in
            guard let n = Int(text), n >= 0 else { problems.add(line: line, field: name, "‘\(text)’ is not a whole number of sessions."); return nil }
            guard n <= AttendanceTally.schoolYearSessionLimit else {
                problems.add(line: line, field: name, "\(n) sessions is more than a school year has (at most \(AttendanceTally.schoolYearSessionLimit)).")
                return nil
            }
            return n
        }
        guard let upn, let from, let to, from <= to, from.distance(to: to) < maximumDays, case let numbers = counts.compactMap({ $0 }), numbers.count == 4 else { return nil }
        guard numbers[1] + numbers[2] + numbers[3] == numbers[0] else {
            problems.add(line: line, field: "possible_sessions", "\(numbers[0]) possible sessions, but attended and absent add up to \(numbers[1] + numbers[2] + numbers[3]).")
            return nil
        }
        let days = from.distance(to: to) + 1
        guard numbers[0] <= 2 * days else {
            problems.add(line: line, field: "possible_sessions", "\(numbers[0]) possible sessions is more than two a day from \(from) to \(to).")
            return nil
        }
        return PupilSummary(line: line, upn: upn, period: from...to,
                            tally: AttendanceTally(possible: numbers[0], attended: numbers[1], authorisedAbsence: numbers[2], unauthorisedAbsence: numbers[3]))
    }
}
