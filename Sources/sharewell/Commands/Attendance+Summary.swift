import ArgumentParser
import Foundation
import SharewellCore
import SharewellFormats

extension Sharewell {
    struct Attendance: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "School attendance figures.", subcommands: [Summary.self, Import.self, Sample.self])
    }
}

extension Sharewell.Attendance {
    /// Per-pupil attendance from a file of session marks, computed as DfE statistics do.
    struct Summary: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Summarise session marks per pupil as CSV.",
            discussion: """
                Reads CSV upn,date,session,code and prints
                upn,possible_sessions,attended_sessions,attendance_pct,persistent_absence,severe_absence,illness_days
                one row per pupil, sorted by UPN. A pupil with no possible session has an empty attendance_pct.
                """)

        @Option(help: "The session marks file (CSV: upn,date,session,code).") var marks: String
        @Option(help: "The first day to count, YYYY-MM-DD (inclusive).") var from: String?
        @Option(help: "The last day to count, YYYY-MM-DD (inclusive).") var to: String?

        func validate() throws {
            let (from, to) = try period()
            if let from, let to, from > to { throw ValidationError("--from \(from) is after --to \(to).") }
        }

        func run() throws {
            let (from, to) = try period()
            let data: Data
            do { data = try Data(contentsOf: URL(fileURLWithPath: marks)) } catch {
                throw ValidationError("Cannot read the marks file \(marks): \(error.localizedDescription)")
            }
            var tallies: [String: AttendanceTally] = [:]
            do {
                try data.withUnsafeBytes { raw in
                    try SessionMarksCSV.read(raw.bindMemory(to: UInt8.self)) { mark, _ in
                        if let from, mark.date < from { return }
                        if let to, mark.date > to { return }
                        tallies[mark.upn, default: AttendanceTally()].add(mark.code)
                    }
                }
            } catch let error as FormatError {
                throw ValidationError("\(marks) was not read:\n\(error.description)")
            }
            var out = "upn,possible_sessions,attended_sessions,attendance_pct,persistent_absence,severe_absence,illness_days\n"
            for (upn, tally) in tallies.sorted(by: { $0.key < $1.key }) {
                out += "\(upn),\(tally.possible),\(tally.attended),\(tally.attendancePercentText),\(tally.isPersistentAbsence),\(tally.isSevereAbsence),\(tally.illnessDaysText)\n"
            }
            FileHandle.standardOutput.write(Data(out.utf8))
        }

        private func period() throws -> (CalendarDate?, CalendarDate?) {
            func day(_ text: String?, _ flag: String) throws -> CalendarDate? {
                guard let text else { return nil }
                guard let day = CalendarDate(iso: text) else { throw ValidationError("\(flag) ‘\(text)’ is not a date written YYYY-MM-DD.") }
                return day
            }
            return (try day(from, "--from"), try day(to, "--to"))
        }
    }
}
