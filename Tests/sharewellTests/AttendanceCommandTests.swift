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
