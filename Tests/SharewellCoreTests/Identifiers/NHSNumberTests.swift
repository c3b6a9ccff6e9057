import PropertyBased
import SharewellCore
import Testing

@Suite("NHS number (modulus 11)")
struct NHSNumberTests {
    @Test("the standard's example is valid and is stored as ten digits", arguments: ["9434765919", "943 476 5919", "943-476-5919", " 943 476 5919"])
    func acceptsWrittenForms(_ text: String) throws {
        let number = try NHSNumber(text.trimmingCharacters(in: .whitespaces))
        #expect(number.digits == "9434765919")
        #expect(number.description == "943 476 5919")
    }

    @Test("a wrong check digit is rejected as a check-digit failure")
    func wrongCheckDigit() {
        #expect(throws: CoreError.nhsNumberCheckDigit) { try NHSNumber("9434765918") }
    }

    @Test("a wrong length is rejected and says how many digits were found", arguments: [("943476591", 9), ("94347659190", 11), ("", 0)])
    func wrongLength(_ text: String, _ found: Int) {
        #expect(throws: CoreError.nhsNumberLength(found: found)) { try NHSNumber(text) }
    }

    @Test("letters and other scripts' digits are rejected", arguments: ["94347659I9", "943476591٩", "943.476.5919"])
    func notDigits(_ text: String) {
        #expect(throws: CoreError.nhsNumberNotDigits) { try NHSNumber(text) }
    }

    @Test("a body whose check would be 10 has no valid number")
    func checkOfTenIsInvalid() throws {
        // 000000001 → sum 2 → 11 − 2 = 9; 000000010 → sum 3·1=3 → 8; find one giving 10: sum ≡ 1 (mod 11).
        let body = [0, 0, 0, 0, 0, 0, 0, 0, 0].enumerated().map { $0.offset == 4 ? 2 : $0.element } // weight 6 → sum 12 ≡ 1
        #expect(NHSNumber.checkDigit(body) == nil)
        #expect(NHSNumber.completing(body) == nil)
        for last in 0...9 { #expect(throws: CoreError.nhsNumberCheckDigit) { try NHSNumber(body.map(String.init).joined() + String(last)) } }
    }

    @Test("a check of 11 becomes 0")
    func checkOfElevenIsZero() {
        #expect(NHSNumber.checkDigit([0, 0, 0, 0, 0, 0, 0, 0, 0]) == 0)
    }

    @Test("every single-digit typo in a valid NHS number is rejected")
    func singleDigitTypos() async {
        await propertyCheck(count: 2_000, input: Gen.int(in: 0...9).array(of: 9), Gen.int(in: 0...9), Gen.int(in: 1...9)) { body, at, shift in
            guard let valid = NHSNumber.completing(body) else { return }
            var digits = valid.digits.compactMap(\.wholeNumberValue)
            digits[at] = (digits[at] + shift) % 10
            #expect(throws: CoreError.self) { try NHSNumber(digits.map(String.init).joined()) }
        }
    }

    @Test("completing a body gives a number that validates and keeps the body")
    func completingValidates() async {
        await propertyCheck(count: 2_000, input: Gen.int(in: 0...9).array(of: 9)) { body in
            guard let number = NHSNumber.completing(body) else {
                #expect(NHSNumber.checkDigit(body) == nil)
                return
            }
            #expect(number.digits.prefix(9) == body.map(String.init).joined())
            #expect((try? NHSNumber(number.description)) == number)
        }
    }

    @Test("only numbers starting 999 are test numbers")
    func testRange() throws {
        #expect(try NHSNumber("9434765919").isTestNumber == false)
        #expect(NHSNumber.completing([9, 9, 9, 0, 0, 0, 0, 0, 1])?.isTestNumber == true)
    }
}
