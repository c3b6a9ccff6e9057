import Foundation
import Testing

@Suite("sharewell attendance summary")
struct AttendanceCommandTests {
    static func fixture(_ name: String) throws -> URL {
        try #require(Bundle.module.url(forResource: "Fixtures/attendance/\(name)", withExtension: nil))
    }

    /// shared/examples/attendance, byte for byte.
    @Test("the worked examples", arguments: [
        ([String](), "summary.csv"),
        (["--from", "2025-09-03", "--to", "2025-09-05"], "summary-2025-09-03-to-2025-09-05.csv"),
    ])
    func examples(_ flags: [String], _ expected: String) throws {
        let run = try CommandRun.run(["attendance", "summary", "--marks", try Self.fixture("marks.csv").path] + flags, in: try CommandRun.scratchFolder())
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == (try String(contentsOf: try Self.fixture(expected), encoding: .utf8)))
    }

    @Test("a bad file prints nothing and names the line and field")
    func badFile() throws {
        let folder = try CommandRun.scratchFolder()
        let file = folder.appendingPathComponent("marks.csv")
        try "upn,date,session,code\nM801315810000,2025-09-01,AM,/\nM801315810000,2025-09-02,AM,ZZ\n".write(to: file, atomically: true, encoding: .utf8)
        let run = try CommandRun.run(["attendance", "summary", "--marks", file.path], in: folder)
        #expect(run.status != 0)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("line 3, code: ‘ZZ’ is not a DfE attendance code."))
    }

    @Test("a bad period is refused", arguments: [["--from", "2025-09-31"], ["--from", "2025-09-05", "--to", "2025-09-01"]])
    func badPeriod(_ flags: [String]) throws {
        let run = try CommandRun.run(["attendance", "summary", "--marks", try Self.fixture("marks.csv").path] + flags, in: try CommandRun.scratchFolder())
        #expect(run.status != 0 && run.stdout.isEmpty && run.stderr.contains("--"))
    }
}

@Suite("sharewell attendance import and sample")
struct AttendanceImportCommandTests {
    @Test("a school's sample files import into the database; a bad file stores nothing and names its line")
    func importFiles() throws {
        let folder = try CommandRun.scratchFolder()
        let files = folder.appendingPathComponent("files")
        let sample = try CommandRun.run(["attendance", "sample", "--pupils", "40", "--practice", "P81001", "--out", files.path], in: folder)
        #expect(sample.status == 0, "\(sample.stderr)")
        let marks = try String(contentsOf: files.appendingPathComponent("marks.csv"), encoding: .utf8)
        let lines = marks.split(separator: "\n")
        #expect(lines.first == "upn,date,session,code" && sample.stdout.contains("Wrote 40 pupils and \(lines.count - 1) marks"))
        #expect(try CommandRun.run(["demo", "--people", "1000"], in: folder).status == 0)

        let badFile = files.appendingPathComponent("bad.csv")
        try (marks + "\(lines[1].split(separator: ",")[0]),2025-09-04,AM,ZZ\n").write(to: badFile, atomically: true, encoding: .utf8)
        let withoutRoll = try CommandRun.run(["attendance", "import", "--school", "200101", "--marks", files.appendingPathComponent("marks.csv").path], in: folder)
        #expect(withoutRoll.status != 0 && withoutRoll.stderr.contains("is not on this school's roll: send the pupil file first."))

        let pupils = try CommandRun.run(["attendance", "import", "--school", "200101", "--pupils", files.appendingPathComponent("pupils.csv").path], in: folder)
        #expect(pupils.status == 0 && pupils.stdout.contains("Pupils: 40 added, 0 updated, 40 with a GP practice."), "\(pupils.stderr)")
        let bad = try CommandRun.run(["attendance", "import", "--school", "200101", "--marks", badFile.path], in: folder)
        #expect(bad.status != 0 && bad.stderr.contains("line \(lines.count + 1), code: ‘ZZ’ is not a DfE attendance code.") && bad.stderr.contains("nothing was stored"))
        let good = try CommandRun.run(["attendance", "import", "--school", "200101", "--marks", files.appendingPathComponent("marks.csv").path], in: folder)
        #expect(good.status == 0 && good.stdout.contains("Stored \(lines.count - 1) marks for 40 pupils from 2025-09-03 to 2026-07-21."), "\(good.stderr)")
        let practice = try CommandRun.run(["attendance", "import", "--school", "P81001", "--marks", files.appendingPathComponent("marks.csv").path], in: folder)
        #expect(practice.status != 0 && practice.stderr.contains("Only a school"))
    }
}
