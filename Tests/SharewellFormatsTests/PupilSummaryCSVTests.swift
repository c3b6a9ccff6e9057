import SharewellCore
import SharewellFormats
import Testing

@Suite("Per-pupil summary files")
struct PupilSummaryCSVTests {
    static func read(_ text: String) throws -> [PupilSummary] {
        let bytes = Array((PupilSummaryCSV.header + "\n" + text).utf8)
        return try bytes.withUnsafeBufferPointer { try PupilSummaryCSV.read($0) }
    }

    @Test("a good file gives each pupil's totals over the period")
    func good() throws {
        let rows = try Self.read("M801315810000,2025-09-03,2025-12-19,140,120,15,5\n")
        #expect(rows.count == 1 && rows[0].upn == "M801315810000" && rows[0].period.upperBound.description == "2025-12-19")
        #expect(rows[0].tally.possible == 140 && rows[0].tally.attendancePercentText == "85.7" && rows[0].tally.isPersistentAbsence)
    }

    @Test("every problem names its line and field", arguments: [
        ("X801315810000,2025-09-03,2025-12-19,140,120,15,5", "upn"),
        ("M801315810000,2025-13-03,2025-12-19,140,120,15,5", "from"),
        ("M801315810000,2025-12-20,2025-12-19,2,1,1,0", "to"),
        ("M801315810000,2025-09-03,2025-12-19,140,-1,15,5", "attended_sessions"),
        ("M801315810000,2025-09-03,2025-12-19,140,120,15,6", "possible_sessions"),
        ("M801315810000,2025-09-03,2025-09-04,6,6,0,0", "possible_sessions"),
        ("M801315810000,2025-09-03,2025-12-19,140,120,15", "row"),
        // Numbers that trapped on overflow (issue 14) and periods past a school year.
        ("M801315810000,2025-09-03,2025-12-19,140,9223372036854775807,1,0", "attended_sessions"),
        ("M801315810000,2025-09-03,2025-12-19,9223372036854775807,9223372036854775807,1,0", "possible_sessions"),
        ("M801315810000,2025-09-03,2025-12-19,99999999999999999999999,1,1,0", "possible_sessions"),
        ("M801315810000,0001-01-01,9999-12-31,2,1,1,0", "to"),
    ])
    func bad(_ line: String, _ field: String) {
        do {
            _ = try Self.read(line + "\n")
            Issue.record("accepted \(line)")
        } catch let error as FormatError {
            #expect(error.problems.first?.line == 2 && error.problems.first?.field == field, "\(error)")
        } catch { Issue.record("\(error)") }
    }

    @Test("the same pupil and period twice is refused, naming the first line")
    func duplicate() {
        #expect(throws: FormatError(problems: [.init(line: 3, field: "upn", message: "M801315810000 already has this period on line 2.")], truncated: false)) {
            try Self.read("M801315810000,2025-09-03,2025-12-19,140,120,15,5\nM801315810000,2025-09-03,2025-12-19,140,120,15,5\n")
        }
    }
}
