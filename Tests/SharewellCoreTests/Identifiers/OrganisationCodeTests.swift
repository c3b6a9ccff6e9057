import SharewellCore
import Testing

@Suite("Organisation codes")
struct OrganisationCodeTests {
    @Test("a school URN is six digits", arguments: [("100000", true), ("123456", true), ("12345", false), ("1234567", false), ("12345A", false)])
    func urn(_ text: String, _ valid: Bool) {
        #expect(((try? SchoolURN(text)) != nil) == valid)
    }

    @Test("a GP practice code is a letter and five digits, any case", arguments: [("N81013", true), ("p81001", true), ("N8101", false), ("881013", false), ("NN1013", false), ("N810133", false)])
    func gpPractice(_ text: String, _ valid: Bool) {
        #expect(((try? GPPracticeCode(text)) != nil) == valid)
        if valid { #expect(try! GPPracticeCode(text).value == text.uppercased()) }
    }

    @Test("another NHS ODS code is 3 to 6 letters and digits", arguments: [("RW6", true), ("RW601", true), ("rx401", true), ("R6", false), ("RW6-01", false), ("RW60123", false)])
    func ods(_ text: String, _ valid: Bool) {
        #expect(((try? ODSCode(text)) != nil) == valid)
    }

    @Test("an LA team code is a known LA number, a hyphen and letters", arguments: [("352-EH", true), ("353-send", true), ("999-EH", false), ("352EH", false), ("352-E", false), ("352-E1", false)])
    func laTeam(_ text: String, _ valid: Bool) {
        #expect(((try? LocalAuthorityTeamCode(text)) != nil) == valid)
    }

    @Test("each kind checks the national code it is known by")
    func kindsCheckTheirCode() throws {
        #expect(try OrganisationKind.gpPractice.canonicalCode("n81013") == "N81013")
        #expect(throws: CoreError.gpPracticeCodeFormat("123456")) { try OrganisationKind.gpPractice.canonicalCode("123456") }
        #expect(try OrganisationKind.school.canonicalCode("123456") == "123456")
        #expect(throws: CoreError.urnFormat("N81013")) { try OrganisationKind.school.canonicalCode("N81013") }
        #expect(try OrganisationKind.earlyHelp.canonicalCode("352-eh") == "352-EH")
        #expect(try OrganisationKind.urgentCare.canonicalCode("RW6") == "RW6")
    }

    @Test("kinds parse from their API spelling only")
    func kindParsing() throws {
        #expect(try OrganisationKind(parsing: "gpPractice") == .gpPractice)
        #expect(throws: CoreError.unknownOrganisationKind("GP")) { try OrganisationKind(parsing: "GP") }
    }

    @Test("every error message is a sentence that names the rule")
    func messages() {
        let errors: [CoreError] = [.nhsNumberLength(found: 9), .nhsNumberNotDigits, .nhsNumberCheckDigit, .upnLength(found: 3), .upnCharacters,
                                   .upnLocalAuthority("001"), .upnCheckLetter(expected: "B", found: "A"), .urnFormat("x"), .odsCodeFormat("x"),
                                   .gpPracticeCodeFormat("x"), .localAuthorityTeamCodeFormat("x"), .postcodeFormat("x"), .unknownOrganisationKind("x")]
        for error in errors {
            #expect(error.message.hasSuffix("."))
            #expect(error.message.count > 20)
        }
    }
}
