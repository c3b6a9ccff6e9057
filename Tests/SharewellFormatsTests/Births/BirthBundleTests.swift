import Foundation
import SharewellCore
@testable import SharewellFormats
import Testing

@Suite("Births sent as a FHIR R4 Bundle")
struct BirthBundleTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../Fixtures/births-fhir").standardized

    static func fixture(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: fixtures.appendingPathComponent(name)))
    }

    /// The issues a bundle is refused with (none when it reads).
    static func issues(_ bytes: [UInt8]) -> [OperationOutcome.Issue] {
        do { _ = try BirthBundle.read(bytes, dates: BirthBundleTests.dates); return [] } catch { return error.issues }
    }

    static func date(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

    /// The fixtures' births are of February and March 2026: read as on a day soon after.
    static let dates = BirthDates(today: date("2026-03-15"))

    @Test("the three births read into exactly the notices the CSV would give")
    func threeBirths() throws {
        let births = try BirthBundle.read(try Self.fixture("valid/three-births.json"), dates: BirthBundleTests.dates)
        let expected = [
            BirthNotice(line: 1, birthID: "B2026-0001", babyDateOfBirth: Self.date("2026-02-20"), parentGivenName: "Jane Ann", parentFamilyName: "Brown",
                        address: "1 Mill Lane, Ashworth", postcode: try Postcode("AW1 1AA"), consent: true, doNotContact: false,
                        nhsNumber: try NHSNumber("9990000018"), consentMethod: "Antenatal booking", consentDate: Self.date("2025-09-12")),
            BirthNotice(line: 5, birthID: "B2026-0002", babyDateOfBirth: Self.date("2026-02-23"), parentGivenName: "Sara", parentFamilyName: "Khan",
                        address: "12 Canal Street, Flat 3, Ashworth", postcode: try Postcode("AW1 2AB"), consent: true, doNotContact: true,
                        nhsNumber: nil, consentMethod: "Antenatal booking", consentDate: Self.date("2025-10-01")),
            BirthNotice(line: 10, birthID: "baby-3", babyDateOfBirth: Self.date("2026-03-01"), parentGivenName: "Ngozi", parentFamilyName: "Okafor",
                        address: "4 Hill Road, Ashworth", postcode: try Postcode("AW2 3DE"), consent: false, doNotContact: false,
                        nhsNumber: nil, consentMethod: "First visit form", consentDate: Self.date("2026-03-01")),
        ]
        #expect(births == expected)
    }

    /// Each invalid fixture and the FHIRPath expressions of its issues, all found in one reading.
    static let invalid: [(String, [String])] = [
        ("fields", ["Bundle.entry[4].resource.subject.reference", "Bundle.entry[0].resource.birthDate", "Bundle.entry[0].resource.identifier[0].value",
                    "Bundle.entry[3].resource.status", "Bundle.entry[1].resource.address[0].postalCode",
                    "Bundle.entry[5].resource.birthDate", "Bundle.entry[5].resource.identifier", "Bundle.entry[5].resource"]),
        ("entries", ["Bundle.entry[2].resource.resourceType", "Bundle.entry[3].resource", "Bundle.entry[5].fullUrl",
                     "Bundle.entry[1].resource.relationship", "Bundle.entry[4].resource"]),
        ("not-a-collection", ["Bundle.type", "Bundle.entry"]),
        ("not-a-bundle", ["Bundle"]),
    ]

    @Test("an invalid bundle is refused with every problem at once, each at its FHIRPath", arguments: invalid.map(\.0))
    func refused(_ name: String) throws {
        let issues = Self.issues(try Self.fixture("invalid/\(name).json"))
        let expected = try #require(Self.invalid.first { $0.0 == name }?.1)
        #expect(issues.map(\.expression) == expected)
        #expect(issues.allSatisfy { $0.severity == "error" && !$0.diagnostics.isEmpty })
    }

    /// The OperationOutcome each invalid fixture is answered with, byte for byte as committed beside
    /// it (`invalid/NAME.outcome.json`, which the python test validates with `fhir.resources`).
    /// `SHAREWELL_RECORD_FHIR_OUTCOMES=1` writes them afresh, to be read over before committing.
    @Test("each refusal's OperationOutcome is the committed one", arguments: invalid.map(\.0))
    func operationOutcome(_ name: String) throws {
        let bytes = try Self.fixture("invalid/\(name).json")
        let outcome = OperationOutcome.json(Self.issues(bytes))
        let file = Self.fixtures.appendingPathComponent("invalid/\(name).outcome.json")
        if ProcessInfo.processInfo.environment["SHAREWELL_RECORD_FHIR_OUTCOMES"] == "1" { try Data(outcome).write(to: file) }
        #expect(String(decoding: outcome, as: UTF8.self) == String(decoding: try Data(contentsOf: file), as: UTF8.self))
    }

    @Test("the issue codes say what kind of problem each is")
    func codes() throws {
        let issues = Self.issues(try Self.fixture("invalid/fields.json"))
        #expect(issues.map(\.code.rawValue) == ["value", "value", "value", "value", "value", "required", "required", "required"])
        #expect(issues[2].diagnostics == CoreError.nhsNumberCheckDigit.message)
        #expect(Self.issues(try Self.fixture("invalid/not-a-bundle.json")).map(\.code) == [.invalid])
    }
}
