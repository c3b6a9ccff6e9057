import Foundation
import SharewellCore

/// A school's pupil file and a year of session marks, written in the import formats, for the
/// import benchmark (`bench/attendance-import`): deterministic for a seed, any number of pupils.
public enum AttendanceSampleFiles {
    public static let pupilHeader = "upn,given_name,family_name,date_of_birth,sex,address,postcode,nhs_number,gp_practice_ods"

    /// Writes `pupils.csv` and `marks.csv` into `folder`; returns how many marks were written.
    public static func write(pupils count: Int, seed: UInt64, practice: String?, year: Int = 2025, to folder: URL) throws -> Int {
        var rng = SeededGenerator(seed: seed)
        let calendar = SchoolYearCalendar(startingIn: year)
        let days = (calendar.firstDay...calendar.lastDay).map { $0 }
        let pupilFile = try Lines(folder.appendingPathComponent("pupils.csv"), header: pupilHeader)
        let marksFile = try Lines(folder.appendingPathComponent("marks.csv"), header: "upn,date,session,code")
        var marksWritten = 0
        for serial in 0..<count {
            // LA 353, school 4001, then a five-digit serial: a twelve-digit body and its check letter.
            let upn = try UPN.completing("3534001" + String(String(serial + 100_000).suffix(5))).value
            let female = rng.chance(0.5)
            let given = rng.pick(female ? Names.female : Names.male), family = rng.pick(Names.family)
            let born = CalendarDate(year: year - 15 + rng.int(0...10), month: rng.int(1...12), day: rng.int(1...28))!
            try pupilFile.add("\(upn),\(given),\(family),\(born),\(female ? "F" : "M"),\(rng.int(1...200)) Mill Lane,AW1 1AA,,\(practice ?? "")")
            let marks = Array(AttendanceSimulation.marks(for: calendar, using: &rng))
            for (index, day) in days.enumerated() where marks[2 * index] != "-" {
                try marksFile.add("\(upn),\(day),AM,\(marks[2 * index])\n\(upn),\(day),PM,\(marks[2 * index + 1])")
                marksWritten += 2
            }
        }
        try pupilFile.close()
        try marksFile.close()
        return marksWritten
    }

    /// A text file written a megabyte at a time.
    private final class Lines {
        let handle: FileHandle
        var buffer = ""

        init(_ url: URL, header: String) throws {
            guard FileManager.default.createFile(atPath: url.path, contents: nil) else { throw CocoaError(.fileWriteNoPermission) }
            handle = try FileHandle(forWritingTo: url)
            buffer = header + "\n"
        }

        func add(_ line: String) throws {
            buffer += line
            buffer += "\n"
            if buffer.utf8.count > 1 << 20 { try flush() }
        }

        func flush() throws {
            try handle.write(contentsOf: Data(buffer.utf8))
            buffer = ""
        }

        func close() throws {
            try flush()
            try handle.close()
        }
    }
}
