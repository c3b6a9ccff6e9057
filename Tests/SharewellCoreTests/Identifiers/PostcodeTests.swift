import Foundation
import PropertyBased
import SharewellCore
import Testing

@Suite("UK postcode")
struct PostcodeTests {
    @Test("valid postcodes are normalised to upper case with one space", arguments: [
        ("ol82qd", "OL8 2QD"), ("OL8 2QD", "OL8 2QD"), (" sw1a 1aa ", "SW1A 1AA"), ("M11AE", "M1 1AE"), ("B33 8TH", "B33 8TH"),
        ("CR2 6XH", "CR2 6XH"), ("DN55 1PT", "DN55 1PT"), ("W1A 0AX", "W1A 0AX"), ("EC1A 1BB", "EC1A 1BB"), ("gir 0aa", "GIR 0AA"),
    ])
    func normalises(_ text: String, _ canonical: String) throws {
        #expect(try Postcode(text).value == canonical)
    }

    @Test("invalid postcodes are rejected", arguments: [
        "", "OL8", "OL8 2Q", "OL8 2QDD", "8OL 2QD", "OI8 2QD", "OZ8 2QD", "OL8  2QD", "OL 82 QD", "OL8 QQD", "OL8-2QD", "ABCDE 1AA", "0L8 2QD",
    ])
    func rejects(_ text: String) {
        #expect(throws: CoreError.postcodeFormat(text)) { try Postcode(text) }
    }

    @Test("district, sector and area come from the canonical form", arguments: [
        ("OL8 2QD", "OL8", "OL8 2", "OL"), ("SW1A 1AA", "SW1A", "SW1A 1", "SW"), ("M1 1AE", "M1", "M1 1", "M"),
    ])
    func parts(_ text: String, _ district: String, _ sector: String, _ area: String) throws {
        let postcode = try Postcode(text)
        #expect(postcode.district == district)
        #expect(postcode.sector == sector)
        #expect(postcode.area == area)
        #expect(postcode.inward == String(text.suffix(3)))
    }

    /// The government pattern from STANDARDS.md, as the reference the hand-written parser must agree with.
    static let governmentPattern = try! NSRegularExpression(pattern: "^([A-Za-z][A-Ha-hJ-Yj-y]?[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}|[Gg][Ii][Rr] ?0[Aa]{2})$")

    static func matchesPattern(_ s: String) -> Bool {
        governmentPattern.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) != nil
    }

    @Test("the parser accepts exactly what the government pattern accepts, after trimming surrounding spaces")
    func agreesWithPattern() async {
        let alphabet = Array("AIJZQ09OLW1 8ax2")
        await propertyCheck(count: 5_000, input: Gen.int(in: 0...(alphabet.count - 1)).array(of: 5...8)) { picks in
            let text = String(picks.map { alphabet[$0] })
            #expect(((try? Postcode(text)) != nil) == Self.matchesPattern(text.trimmingCharacters(in: .whitespaces)), "‘\(text)’")
        }
    }

    @Test("normalising is idempotent and keeps the pattern satisfied")
    func idempotent() async {
        let letters = Array("ABDEFGHJLNPQRSTUWXYZ"), digits = Array("0123456789")
        await propertyCheck(count: 2_000, input: Gen.int(in: 0...19).array(of: 4), Gen.int(in: 0...9).array(of: 2), Gen.bool, Gen.bool) { l, d, two, space in
            let text = "\(letters[l[0]])\(two ? String(letters[l[1]]) : "")\(digits[d[0]])\(space ? " " : "")\(digits[d[1]])\(letters[l[2]])\(letters[l[3]])"
            guard let postcode = try? Postcode(text.lowercased()) else { return }
            #expect((try? Postcode(postcode.value)) == postcode)
            #expect(Self.matchesPattern(postcode.value))
        }
    }

    @Test("a sector is accepted in its written form and rejected otherwise")
    func sectors() throws {
        #expect(try PostcodeSector("ol8 2").value == "OL8 2")
        #expect(throws: CoreError.self) { try PostcodeSector("OL8") }
        #expect(throws: CoreError.self) { try PostcodeSector("OL8 2Q") }
    }
}
