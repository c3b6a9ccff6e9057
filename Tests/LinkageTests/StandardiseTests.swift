@testable import Linkage
import Testing

@Suite("Linkage: standardising fields")
struct StandardiseTests {
    func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    @Test("names lose case, accents and punctuation; double-barrelled names keep their parts")
    func names() {
        #expect(text(Standardise.name("O'Connor-Smith")) == "oconnorsmith")
        #expect(Standardise.words("Smith-Jones").map(text) == ["smith", "jones"])
        #expect(text(Standardise.name("ZOË")) == "zoe" && text(Standardise.name("Seán")) == "sean" && text(Standardise.name("Straße")) == "strasse")
        #expect(text(Standardise.name("  ")) == "")
    }

    @Test("a diminutive compares as its formal name")
    func nicknames() {
        #expect(text(Standardise.formalGivenName("Bob")) == "robert" && text(Standardise.formalGivenName("bill jnr")) == "william")
        #expect(text(Standardise.formalGivenName("Oyelaran")) == "oyelaran")
        #expect(text(Standardise.formalGivenName("Sam")) == "samuel", "a short form of two names resolves the same way every run")
    }

    @Test("dates of birth in the usual spellings, partial dates kept in part", arguments: [
        ("2014-03-04", PartialDate(year: 2014, month: 3, day: 4)), ("04/03/2014", PartialDate(year: 2014, month: 3, day: 4)),
        ("2014/03/04", PartialDate(year: 2014, month: 3, day: 4)), ("2014-03", PartialDate(year: 2014, month: 3, day: 0)),
        ("2014", PartialDate(year: 2014, month: 0, day: 0)), ("not a date", PartialDate.unknown), ("", PartialDate.unknown),
        ("2014-13-40", PartialDate(year: 2014, month: 0, day: 0)),
    ])
    func dates(_ text: String, _ expected: PartialDate) {
        #expect(Standardise.dateOfBirth(text) == expected)
    }

    @Test("sex, postcodes, addresses and NHS numbers")
    func others() {
        #expect(Standardise.sex("Female") == 1 && Standardise.sex(" m ") == 2 && Standardise.sex("x") == 0)
        #expect(Standardise.postcode("ol11aa")?.value == "OL1 1AA" && Standardise.postcode("nope") == nil)
        let address = Standardise.address("Flat 3, 12 Mill Lane")
        #expect(address.words.map(text) == ["flat", "3", "12", "mill", "lane"] && text(address.number) == "3")
        #expect(Standardise.nhsNumber("943 476 5919") == 9_434_765_919 && Standardise.nhsNumber("943-476-5910") == 0 && Standardise.nhsNumber("") == 0)
    }
}
