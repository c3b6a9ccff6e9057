@testable import Linkage
import Testing

@Suite("Linkage: blocking")
struct BlockingTests {
    /// People drawn from small pools, so that many share a name, a birthday or a postcode.
    static func people(_ count: Int, seed: UInt64) -> [LinkRecord] {
        var state = seed
        func pick<T>(_ xs: [T]) -> T {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return xs[Int(state >> 33) % xs.count]
        }
        return (0..<count).map { n in
            LinkRecord(id: "P\(n)", givenName: pick(["Amy", "Ben", "Cara", "Dev", ""]), familyName: pick(["Shah", "Smith", "Owen"]),
                       dateOfBirth: pick(["2010-01-02", "2011-03-04", "2010-01-03", ""]), sex: pick(["F", "M"]),
                       postcode: pick(["OL1 1AA", "OL1 1AB", "OL2 2BB", ""]), address: "1 High Street",
                       nhsNumber: pick(["9434765919", "", "", "9434765870"]))
        }
    }

    /// Every pair sharing at least one rule's key, found the slow way.
    static func expected(_ a: PreparedRecords, _ b: PreparedRecords, deduplicating: Bool) -> (pairs: Set<[Int]>, perRule: [Int]) {
        var pairs = Set<[Int]>(), perRule = [Int](repeating: 0, count: BlockingRule.prediction.count)
        for i in 0..<a.count {
            for j in 0..<b.count where !deduplicating || j > i {
                for (r, rule) in BlockingRule.prediction.enumerated() {
                    if let x = rule.key(a, i), x == rule.key(b, j) { perRule[r] += 1; pairs.insert([i, j]) }
                }
            }
        }
        return (pairs, perRule)
    }

    @Test("two files: every pair sharing a key is enumerated exactly once, and each rule's count is right")
    func twoFiles() async {
        let a = PreparedRecords(Self.people(120, seed: 1)), b = PreparedRecords(Self.people(110, seed: 2))
        let index = await BlockIndex(a, b)
        var seen: [[Int]] = []
        index.forEachPair(leftIn: 0..<a.count) { seen.append([Int($0), Int($1)]) }
        let truth = Self.expected(a, b, deduplicating: false)
        #expect(seen.count == Set(seen).count, "no pair twice")
        #expect(Set(seen) == truth.pairs)
        #expect(index.perRule.map(\.pairs) == truth.perRule)
    }

    @Test("one file: each pair of different records once, in one order")
    func deduplicating() async {
        let a = PreparedRecords(Self.people(150, seed: 3))
        let index = await BlockIndex(a, nil)
        var seen: [[Int]] = []
        index.forEachPair(leftIn: 0..<a.count) { seen.append([Int($0), Int($1)]) }
        let truth = Self.expected(a, a, deduplicating: true)
        #expect(seen.count == Set(seen).count && seen.allSatisfy { $0[0] < $0[1] })
        #expect(Set(seen) == truth.pairs)
        #expect(index.perRule.map(\.pairs) == truth.perRule)
    }

    @Test("a training sample stops at its limit")
    func sampleLimit() async {
        let a = PreparedRecords(Self.people(200, seed: 4)), b = PreparedRecords(Self.people(200, seed: 5))
        let all = await CandidatePairs(a, b, rules: [.birth], limit: .max)
        let some = await CandidatePairs(a, b, rules: [.birth], limit: 100)
        #expect(all.count > 300)
        #expect(some.count >= 100 && some.count < 100 + 200 && Array(all.left.prefix(some.count)) == some.left)
    }
}
