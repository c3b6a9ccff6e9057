import PropertyBased
import SharewellCore
import Testing

@Suite("Unique Pupil Number (check letter)")
struct UPNTests {
    @Test("the standard's example is valid, in any case")
    func example() throws {
        #expect(try UPN("B801200005001").value == "B801200005001")
        #expect(try UPN(" b801200005001 ").value == "B801200005001")
    }

    @Test("the wrong check letter is rejected naming the expected one")
    func wrongCheckLetter() {
        #expect(throws: CoreError.upnCheckLetter(expected: "B", found: "A")) { try UPN("A801200005001") }
    }

    @Test("a wrong length is rejected", arguments: ["B80120000500", "B8012000050011", ""])
    func length(_ text: String) {
        #expect(throws: CoreError.upnLength(found: text.count)) { try UPN(text) }
    }

    @Test("letters outside the check alphabet or in the middle are rejected", arguments: ["I801200005001", "B80120000A001", "B80120000500I", "B80120000500S"])
    func characters(_ text: String) {
        #expect(throws: CoreError.upnCharacters) { try UPN(text) }
    }

    @Test("an LA number the DfE does not allocate is rejected", arguments: ["001", "214", "321", "500", "939"])
    func unknownLocalAuthority(_ la: String) {
        #expect(throws: CoreError.upnLocalAuthority(la)) { try UPN.completing("\(la)200005001") }
    }

    @Test("the LA ranges the DfE allocates are accepted", arguments: ["201", "213", "301", "320", "330", "394", "420", "800", "938"])
    func knownLocalAuthority(_ la: String) throws {
        #expect(try UPN.completing("\(la)200005001").value.dropFirst().hasPrefix(la))
    }

    @Test("a temporary UPN ends in a letter, which counts by its place in the check alphabet")
    func temporary() throws {
        // Last letter A counts 0, as a digit 0 would: the check letter matches the all-digit form.
        let temporary = try UPN.completing("80120000500A")
        #expect(temporary.isTemporary)
        #expect(temporary.value.first == (try UPN.completing("801200005000")).value.first)
        #expect(try UPN("B801200005001").isTemporary == false)
    }

    @Test("any change to a valid UPN's check letter is rejected")
    func checkLetterChanges() async {
        await propertyCheck(count: 1_000, input: Gen.int(in: 0...9).array(of: 9), Gen.int(in: 0...22)) { digits, letter in
            let upn = try UPN.completing("801" + digits.map(String.init).joined())
            let replacement = UPN.checkAlphabet[letter]
            guard replacement != upn.value.first else { return }
            #expect(throws: CoreError.self) { try UPN(String(replacement) + upn.value.dropFirst()) }
        }
    }
}
