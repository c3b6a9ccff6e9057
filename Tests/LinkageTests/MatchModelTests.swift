@testable import Linkage
import Testing

@Suite("Linkage: the Fellegi–Sunter model")
struct MatchModelTests {
    /// Comparison patterns drawn exactly from a known model: EM, given u, must find m and the prior again.
    @Test("EM recovers known m-probabilities and the share of matches")
    func emConverges() {
        let levels = Comparison.allCases.map(\.levels.count)
        let trueM: [[Double]] = levels.map { n in (0..<n).map { $0 == 0 ? 0.8 : 0.2 / Double(n - 1) } }
        let u: [[Double]] = levels.map { n in (0..<n).map { $0 == n - 1 ? 0.7 : 0.3 / Double(n - 1) } }
        let prior = 0.2
        var patterns: [UInt32: Int] = [:]
        // Every pattern, weighted by its probability under the mixture (a large, exact sample).
        func visit(_ c: Int, _ packed: UInt32, _ pm: Double, _ pu: Double) {
            if c == levels.count {
                patterns[packed] = Int(((prior * pm + (1 - prior) * pu) * 10_000_000).rounded())
                return
            }
            for l in 0..<levels[c] { visit(c + 1, packed | UInt32(l) << UInt32(3 * c), pm * trueM[c][l], pu * u[c][l]) }
        }
        visit(0, 0, 1, 1)
        var model = MatchModel.untrained(u: u)
        let share = model.train(patterns: patterns, fixed: [], iterations: 200)
        #expect(abs(share - prior) < 0.01, "share of matches \(share)")
        for c in Comparison.allCases { #expect(abs(model.m[c.rawValue][0] - 0.8) < 0.02, "\(c): \(model.m[c.rawValue])") }
    }

    @Test("a pair's explanation gives each comparison's level and weight in words, adding up to its probability")
    func explanation() async {
        let people = (0..<200).map { i in
            LinkRecord(id: "\(i)", givenName: ["Amy", "Ben", "Cara", "Dan", "Eve"][i % 5] + "\(i % 7 == 0 ? "" : "")", familyName: "Family\(i / 2)",
                       dateOfBirth: "20\(10 + i % 9)-0\(1 + i % 9)-1\(i % 9)", sex: i % 2 == 0 ? "F" : "M", postcode: "OL1 \(i % 9)AA", address: "\(i) Mill Lane")
        }
        let linker = await Linker(left: PreparedRecords(people), right: PreparedRecords(people))
        let explanation = linker.explain(3, 3)
        #expect(explanation.parts.map(\.comparison) == Comparison.allCases)
        #expect(explanation.parts.first { $0.comparison == .nhsNumber }?.level == nil)
        #expect(explanation.lines[0].hasPrefix("Given name: the same (+") && explanation.lines.last!.contains("match probability"))
        #expect(abs(MatchModel.probability(weight: linker.weight(3, 3)) - explanation.probability) < 1e-9)
        let links = await linker.links()
        #expect(links.count == 200 && links.allSatisfy { $0.left == $0.right })
    }
}

@Suite("Linkage: households")
struct HouseholdTests {
    /// 400 households of a mother, a father, his junior and a daughter, all in each file. The junior
    /// must link to the junior, never to his father.
    @Test("a junior named after his father at the same address links to himself, not to his father")
    func juniors() async {
        var left: [LinkRecord] = [], right: [LinkRecord] = []
        let given = ["Hage", "Kiro", "Omar", "Piotr", "Chidi", "Arlo", "Teddy", "Reuben"]
        /// Six letters that look nothing like another household's.
        func word(_ n: Int) -> String {
            var x = UInt64(n) &* 0x9E37_79B9_7F4A_7C15, letters = ""
            for _ in 0..<6 { x = x &* 6_364_136_223_846_793_005 &+ 1; letters.append(Character(Unicode.Scalar(UInt8(97 + (x >> 59) % 26)))) }
            return letters.capitalized
        }
        for h in 0..<400 {
            let family = word(h), postcode = "OL\(h % 9 + 1) \(h % 7 + 1)AB", address = "\(h + 1) Mill Lane"
            let name = given[h % given.count]
            let members = [("father", name, "M", "19\(60 + h % 20)-0\(1 + h % 9)-1\(h % 9)"), ("junior", name, "M", "20\(h % 15 + 10)-0\(1 + (h + 3) % 9)-2\(h % 8)"),
                           ("mother", word(h + 10_000), "F", "19\(62 + h % 20)-1\(h % 3)-0\(1 + h % 9)"), ("daughter", word(h + 20_000), "F", "20\(h % 15 + 12)-0\(1 + (h + 5) % 9)-1\(h % 9)")]
            for (role, given, sex, born) in members {
                left.append(LinkRecord(id: "L\(h)\(role)", givenName: given, familyName: family, dateOfBirth: born, sex: sex, postcode: postcode, address: address))
                right.append(LinkRecord(id: "R\(h)\(role)", givenName: given, familyName: family, dateOfBirth: born, sex: sex, postcode: postcode, address: address))
            }
        }
        let linker = await Linker(left: PreparedRecords(left), right: PreparedRecords(right))
        let links = await linker.links()
        let wrong = links.filter { left[$0.left].id.dropFirst() != right[$0.right].id.dropFirst() }
        #expect(wrong.isEmpty, "\(wrong.count) links across generations")
        #expect(links.count == 1_600)
        // Father against junior (everything agrees but the date of birth) weighs less than father against father.
        #expect(linker.weight(0, 1) < linker.weight(0, 0) - 5, "\(linker.explain(0, 1).lines)")
    }
}
