import Foundation
import Testing

@Suite("sharewell link")
struct LinkCommandTests {
    static let header = "id,given_name,family_name,date_of_birth,sex,postcode,address,nhs_number\n"

    /// Sixty people, and the same people again with the faults files have: a nickname, a swapped
    /// day and month, a postcode without its space, an NHS number in groups, a missing field.
    static func files(in folder: URL) throws -> (left: URL, right: URL) {
        let given = ["Robert", "Amy", "Chidi", "Zoë", "Piotr", "Fatima"], family = ["Okafor", "Smith-Jones", "Nowak", "O'Brien", "Begum", "Oyelaran", "Clarke", "Hussain", "Wright", "Evans"]
        var left = header, right = header
        for i in 0..<60 {
            let (g, f) = (given[i % 6], family[i / 6])
            let dob = "20\(10 + i % 8)-0\(1 + i % 9)-1\(i % 10)"
            left += "L\(i),\(g),\(f),\(dob),\(i % 2 == 0 ? "F" : "M"),OL\(i % 5 + 1) \(i % 9)AB,\(i + 1) Mill Lane,\n"
            let rg = g == "Robert" ? "Bob" : g.uppercased()
            let rdob = i % 7 == 0 ? "20\(10 + i % 8)-1\(i % 10)-0\(1 + i % 9)" : dob
            right += "R\(i),\(rg),\(f),\(rdob),\(i % 2 == 0 ? "female" : "male"),ol\(i % 5 + 1)\(i % 9)ab,\(i + 1) Mill Lane,\n"
        }
        right += "R999,Nobody,Else,1950-01-01,M,ZZ1 1ZZ,1 Nowhere,\n"
        let (l, r) = (folder.appendingPathComponent("left.csv"), folder.appendingPathComponent("right.csv"))
        try left.write(to: l, atomically: true, encoding: .utf8)
        try right.write(to: r, atomically: true, encoding: .utf8)
        return (l, r)
    }

    @Test("two files: one row per link, left_id,right_id,match_probability, one to one")
    func twoFiles() throws {
        let folder = try CommandRun.scratchFolder()
        let (left, right) = try Self.files(in: folder)
        let out = folder.appendingPathComponent("pairs.csv")
        let truth = folder.appendingPathComponent("truth.csv")
        try ("left_id,right_id\n" + (0..<60).map { "L\($0),R\($0)\n" }.joined()).write(to: truth, atomically: true, encoding: .utf8)
        let review = folder.appendingPathComponent("review.csv")
        let run = try CommandRun.run(["link", "--left", left.path, "--right", right.path, "--out", out.path, "--truth", truth.path, "--review", review.path], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("blocking recall: 60 of 60 true pairs are candidates"))
        #expect(try String(contentsOf: review, encoding: .utf8).hasPrefix("left_id,right_id,match_probability,explanation\n"))
        let lines = try String(contentsOf: out, encoding: .utf8).split(separator: "\n")
        #expect(lines.first == "left_id,right_id,match_probability")
        let pairs = lines.dropFirst().map { $0.split(separator: ",") }
        let correct = pairs.filter { $0[0].dropFirst() == $0[1].dropFirst() }
        #expect(correct.count >= 57 && pairs.count - correct.count <= 1, "\(pairs.count) links, \(correct.count) right")
        #expect(pairs.allSatisfy { Double($0[2])! >= 0.5 } && Set(pairs.map { $0[1] }).count == pairs.count)
        #expect(run.stderr.contains("candidate pairs"))
    }

    @Test("de-duplication: every record with its cluster, named by its first record's id")
    func dedupe() throws {
        let folder = try CommandRun.scratchFolder()
        let (left, right) = try Self.files(in: folder)
        let both = folder.appendingPathComponent("both.csv")
        try (String(contentsOf: left, encoding: .utf8) + String(contentsOf: right, encoding: .utf8).split(separator: "\n").dropFirst().joined(separator: "\n") + "\n")
            .write(to: both, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("clusters.csv")
        let run = try CommandRun.run(["link", "--dedupe", both.path, "--out", out.path], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let rows = try String(contentsOf: out, encoding: .utf8).split(separator: "\n").dropFirst().map { $0.split(separator: ",").map(String.init) }
        #expect(rows.count == 121)
        let cluster = Dictionary(uniqueKeysWithValues: rows.map { ($0[0], $0[1]) })
        let together = (0..<60).filter { cluster["L\($0)"] == cluster["R\($0)"] }.count
        #expect(together >= 57 && cluster["L0"] == "L0" && cluster["R999"] == "R999")
    }

    @Test("bad input is refused with what is wrong", arguments: [
        ["link", "--left", "a.csv", "--out", "x.csv"], ["link", "--dedupe", "a.csv", "--left", "a.csv", "--right", "b.csv", "--out", "x.csv"],
        ["link", "--dedupe", "missing.csv", "--out", "x.csv"], ["link", "--dedupe", "a.csv", "--out", "x.csv", "--threshold", "2"],
    ])
    func bad(_ arguments: [String]) throws {
        let folder = try CommandRun.scratchFolder()
        try (Self.header + "1,A,B,,,,,\n1,C,D,,,,,\n").write(to: folder.appendingPathComponent("a.csv"), atomically: true, encoding: .utf8)
        let run = try CommandRun.run(arguments, in: folder)
        #expect(run.status != 0 && !run.stderr.isEmpty)
    }
}
