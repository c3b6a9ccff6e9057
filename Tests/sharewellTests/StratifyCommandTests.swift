import Foundation
import Testing

@Suite("sharewell stratify")
struct StratifyCommandTests {
    static func fixture(_ name: String) throws -> URL {
        try #require(Bundle.module.url(forResource: "Fixtures/stratify/\(name)", withExtension: nil))
    }

    /// shared/examples/stratify, byte for byte.
    @Test("the worked examples", arguments: [
        (["--min-flags", "3", "--level", "person"], "person-min3.csv"),
        (["--min-flags", "3", "--level", "household"], "household-min3.csv"),
        (["--sweep"], "sweep.csv"),
    ])
    func examples(_ flags: [String], _ expected: String) throws {
        let run = try CommandRun.run(["stratify", "--indicators", try Self.fixture("indicators.csv").path, "--as-of", "2026-08-31"] + flags,
                                     in: try CommandRun.scratchFolder())
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == (try String(contentsOf: try Self.fixture(expected), encoding: .utf8)))
    }

    @Test("bad arguments and bad files are refused with a reason, printing nothing", arguments: [
        ["--as-of", "31/08/2026"], ["--as-of", "2026-08-31", "--level", "street"], ["--as-of", "2026-08-31", "--min-flags", "0"],
    ])
    func refusals(_ flags: [String]) throws {
        let run = try CommandRun.run(["stratify", "--indicators", try Self.fixture("indicators.csv").path] + flags, in: try CommandRun.scratchFolder())
        #expect(run.status != 0 && run.stdout.isEmpty && !run.stderr.isEmpty)
    }

    @Test("a bad row names its line and field")
    func badRow() throws {
        let folder = try CommandRun.scratchFolder()
        let file = folder.appendingPathComponent("indicators.csv")
        try "person_id,household_id,code,category,date\nP1,H1,GP1,health,2026-01-01\nP1,H1,ASB,social,2026-01-02\n".write(to: file, atomically: true, encoding: .utf8)
        let run = try CommandRun.run(["stratify", "--indicators", file.path, "--as-of", "2026-08-31"], in: folder)
        #expect(run.status != 0 && run.stdout.isEmpty)
        #expect(run.stderr.contains("line 3, category"))
    }
}
