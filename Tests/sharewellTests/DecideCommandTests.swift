import Foundation
import Testing

@Suite("sharewell decide")
struct DecideCommandTests {
    static let base = ["decide", "--agreement", "none", "--dpia", "no", "--consent", "not-sought",
                       "--significant-harm", "no", "--public-interest", "no", "--consent-would-endanger", "no"]

    static func decide(_ arguments: [String]) throws -> (CommandRun, [String: Any]) {
        let run = try CommandRun.run(arguments, in: try CommandRun.scratchFolder())
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any] ?? [:]
        return (run, object)
    }

    /// shared/examples/README.md, with every flag given as there.
    @Test("the worked examples", arguments: [
        (["--identifiable", "no", "--bulk", "no"], "share"),
        (["--identifiable", "yes", "--bulk", "no", "--agreement", "active", "--dpia", "yes", "--consent", "given"], "share"),
        (["--identifiable", "yes", "--bulk", "yes", "--consent", "given"], "do-not-share"),
        (["--identifiable", "yes", "--bulk", "no", "--consent", "refused", "--significant-harm", "yes"], "share-with-justification"),
        (["--identifiable", "yes", "--bulk", "no"], "seek-consent"),
    ])
    func examples(_ flags: [String], _ expected: String) throws {
        let (run, object) = try Self.decide(Self.base + flags)  // later flags override the base's
        #expect(run.status == 0, "\(run.stderr)")
        #expect(object["decision"] as? String == expected)
        #expect((object["path"] as? [String])?.isEmpty == false)
        #expect(object["obligations"] is [String])
        #expect(run.stdout.hasPrefix("{\"decision\": "))
    }

    @Test("obligations are listed by name")
    func obligations() throws {
        let (_, object) = try Self.decide(Self.base + ["--identifiable", "yes", "--bulk", "no", "--consent", "withdrawn", "--public-interest", "yes"])
        #expect(object["obligations"] as? [String] == ["record-justification", "notify"])
    }

    @Test("a bad value is named and nothing is printed on standard output")
    func badValue() throws {
        let run = try CommandRun.run(["decide", "--identifiable", "maybe", "--bulk", "no"], in: try CommandRun.scratchFolder())
        #expect(run.status != 0)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("maybe") && run.stderr.contains("identifiable"))
    }
}
