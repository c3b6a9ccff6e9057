import Foundation
import Testing

@Suite("sharewell births route")
struct BirthsCommandTests {
    static func fixture(_ name: String) throws -> URL {
        try #require(Bundle.module.url(forResource: "Fixtures/births/\(name)", withExtension: nil))
    }

    /// shared/examples/births, byte for byte.
    @Test("the worked example: totals for every centre then unassigned, and the list to contact", arguments: [([String](), "totals.csv"), (["--list"], "list.csv")])
    func example(_ flags: [String], _ expected: String) throws {
        let run = try CommandRun.run(["births", "route", "--births", try Self.fixture("births.csv").path, "--centres", try Self.fixture("centres.csv").path] + flags,
                                     in: try CommandRun.scratchFolder())
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == (try String(contentsOf: try Self.fixture(expected), encoding: .utf8)))
    }

    private func route(births: String, centres: String, list: Bool = false) throws -> CommandRun {
        let folder = try CommandRun.scratchFolder()
        try births.write(to: folder.appendingPathComponent("births.csv"), atomically: true, encoding: .utf8)
        try centres.write(to: folder.appendingPathComponent("centres.csv"), atomically: true, encoding: .utf8)
        return try CommandRun.run(["births", "route", "--births", "births.csv", "--centres", "centres.csv"] + (list ? ["--list"] : []), in: folder)
    }

    static let header = "birth_id,baby_date_of_birth,parent_given_name,parent_family_name,address,postcode,consent,do_not_contact\n"

    @Test("CRLF, a byte-order mark, blank lines, quoted fields over two lines, tabs and any case are read; codes and ids sort bytewise; no births still prints every centre")
    func reading() throws {
        let births = "\u{FEFF}" + Self.header.replacingOccurrences(of: "\n", with: "\r\n")
            + "b2,2026-11-01,A,B,\"1 High\nStreet\",\tol8 2qd ,Yes,\r\n\r\n   \r\nB10,2026-11-01,A,B,x,OL82QD,YES,NO\r\n\"B,1\",2026-11-01,A,B,x,OL8 2QE,yes,no\r\n"
        let centres = "code,name,catchment\n Z1 ,Z,ol8\t  2;;\nA1,A,OL9 9\n"
        let run = try route(births: births, centres: centres, list: true)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "centre,birth_id\nZ1,\"B,1\"\nZ1,B10\nZ1,b2\n")
        let totals = try route(births: births, centres: centres)
        #expect(totals.stdout == "centre,births,consented,to_contact\nA1,0,0,0\nZ1,3,3,3\nunassigned,0,0,0\n")
        let none = try route(births: Self.header, centres: centres, list: true)
        #expect(none.status == 0 && none.stdout == "centre,birth_id\n")
    }

    @Test("every problem of both files, as FILE:LINE: FIELD: message at the line the record starts, nothing on standard output, exit 1")
    func problems() throws {
        let births = Self.header + "B1,2026-13-01,A,B,\"1 High\nStreet\",ZZ,maybe,no\n\nB1,2026-11-01,A,B,x,OL8 2QD,yes\n,2026-11-01,A,B,x,OL8 2QD,,x\n"
        let centres = "code,name,catchment\nCC1,A,OL8 2;ol8   2\nUnassigned,B,OL1 1\nCC1,C,OL8 2;OL9\n"
        let run = try route(births: births, centres: centres)
        #expect(run.status == 1 && run.stdout.isEmpty)
        #expect(run.stderr.split(separator: "\n").map { $0.split(separator: ":", maxSplits: 3).prefix(3).joined(separator: ":") } == [
            "births.csv:2: baby_date_of_birth", "births.csv:2: postcode", "births.csv:2: consent",
            "births.csv:5: do_not_contact",
            "births.csv:6: birth_id", "births.csv:6: do_not_contact",
            "centres.csv:2: catchment", "centres.csv:3: code", "centres.csv:4: code", "centres.csv:4: catchment", "centres.csv:4: catchment",
        ])
        let header = try route(births: "id,date\n", centres: "code,name\n")
        #expect(header.status == 1 && header.stderr.contains("births.csv:1: header:") && header.stderr.contains("centres.csv:1: header:"))
        let missing = try CommandRun.run(["births", "route", "--births", "nowhere.csv", "--centres", "centres.csv"], in: try CommandRun.scratchFolder())
        #expect(missing.status == 1 && missing.stdout.isEmpty && missing.stderr.hasPrefix("nowhere.csv:0: file:"))
    }
}
