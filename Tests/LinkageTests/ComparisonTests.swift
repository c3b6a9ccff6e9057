@testable import Linkage
import Testing

@Suite("Linkage: comparators and comparison levels")
struct ComparisonTests {
    func s(_ text: String) -> ArraySlice<UInt8> { Array(text.utf8)[...] }

    @Test("Jaro–Winkler matches the published examples")
    func jaroWinkler() {
        #expect(abs(StringSimilarity.jaroWinkler(s("martha"), s("marhta")) - 0.9611) < 0.0001)
        #expect(abs(StringSimilarity.jaroWinkler(s("dwayne"), s("duane")) - 0.84) < 0.0001)
        #expect(abs(StringSimilarity.jaroWinkler(s("dixon"), s("dicksonx")) - 0.8133) < 0.0001)
        #expect(StringSimilarity.jaroWinkler(s("abc"), s("abc")) == 1 && StringSimilarity.jaroWinkler(s("abc"), s("xyz")) == 0)
        #expect(StringSimilarity.jaroWinkler(s(""), s("a")) == 0)
    }

    @Test("Damerau–Levenshtein counts a swap of neighbours as one edit", arguments: [
        ("abcd", "acbd", 1), ("kitten", "sitting", 3), ("", "abc", 3), ("smith", "smyth", 1), ("ca", "abc", 3), ("same", "same", 0),
    ])
    func damerauLevenshtein(_ a: String, _ b: String, _ distance: Int) {
        #expect(StringSimilarity.damerauLevenshtein(s(a), s(b)) == distance)
        #expect(StringSimilarity.damerauLevenshtein(s(b), s(a)) == distance)
    }

    @Test("a distance with a limit stops early but agrees with the full distance up to the limit")
    func limitedDistance() {
        var random = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            let a = s(String((0..<Int.random(in: 0...9, using: &random)).map { _ in "abcde".randomElement(using: &random)! }))
            let b = s(String((0..<Int.random(in: 0...9, using: &random)).map { _ in "abcde".randomElement(using: &random)! }))
            let full = StringSimilarity.damerauLevenshtein(a, b)
            for limit in 0...3 { #expect(StringSimilarity.damerauLevenshtein(a, b, limit: limit) == min(full, limit + 1), "\(a) \(b) \(limit)") }
        }
    }

    static func level(_ c: Comparison, _ x: LinkRecord, _ y: LinkRecord) -> Int? {
        ComparisonVector(PreparedRecords([x]), 0, PreparedRecords([y]), 0).level(c)
    }

    @Test("each comparison grades a pair, and a missing value is no evidence")
    func levels() {
        let amy = LinkRecord(id: "1", givenName: "Elizabeth", familyName: "Smith-Jones", dateOfBirth: "2014-03-04", sex: "F",
                             postcode: "OL1 1AA", address: "12 Mill Lane", nhsNumber: "9434765919")
        var other = amy
        #expect(Comparison.allCases.map { Self.level($0, amy, other) } == [0, 0, 0, 0, 0, 0])
        other.givenName = "Liz"; other.familyName = "Jones"; other.dateOfBirth = "2014-04-03"; other.postcode = "ol11aa"; other.address = "14 Mill Lane"
        #expect(Self.level(.givenName, amy, other) == 1 && Self.level(.familyName, amy, other) == 1 && Self.level(.dateOfBirth, amy, other) == 1)
        #expect(Self.level(.location, amy, other) == 0, "same postcode, most words shared")
        other.dateOfBirth = "2014-03-05"; other.postcode = "OL1 9ZZ"; other.address = "3 Park Avenue"
        #expect(Self.level(.dateOfBirth, amy, other) == 2 && Self.level(.location, amy, other) == 3)
        other.dateOfBirth = "2014-07-09"; other.nhsNumber = ""; other.sex = ""
        #expect(Self.level(.dateOfBirth, amy, other) == 3 && Self.level(.nhsNumber, amy, other) == nil && Self.level(.sex, amy, other) == nil)
    }
}
