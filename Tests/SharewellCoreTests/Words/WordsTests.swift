import SharewellCore
import Testing

@Suite("Words on pages and letters")
struct WordsTests {
    @Test("a count agrees with its noun: one is singular, none and many plural")
    func counts() {
        #expect(counted(1, "code") == "1 code" && counted(0, "code") == "0 codes" && counted(2, "letter") == "2 letters")
        #expect(counted(1, "person", "people") == "1 person" && counted(3, "person", "people") == "3 people")
        #expect(counted(1, "school was", "schools were") == "1 school was")
    }

    @Test("a one-line address becomes a line per part, the postcode on its own line")
    func address() {
        #expect(PostalAddress(oneLine: "Flat 2, 12 Mill Lane, OL8 2QD").lines == ["Flat 2", "12 Mill Lane", "OL8 2QD"])
        #expect(PostalAddress(oneLine: "12 Mill Lane, Oldham OL8 2QD").lines == ["12 Mill Lane", "Oldham", "OL8 2QD"])
        #expect(PostalAddress(oneLine: " 3 Low Road ,, ").lines == ["3 Low Road"])
        #expect(PostalAddress(lines: ["1 High Street", " ", "Oldham", "OL1 1AA"]).lines == ["1 High Street", "Oldham", "OL1 1AA"])
    }
}
