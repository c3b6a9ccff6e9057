import Foundation
import SharewellCore
@testable import SharewellFormats
import Testing

@Suite("Births as FHIR: limits and the smaller rules")
struct BirthBundleBoundsTests {
    /// A one-birth bundle referring by `Type/id`, with the baby's fields and extra resources given.
    static func bundle(baby: [String: Any] = [:], consent: [String: Any]? = nil, flag: [String: Any]? = nil) -> [UInt8] {
        var patient: [String: Any] = ["resourceType": "Patient", "id": "b1", "birthDate": "2026-02-20",
                                      "address": [["postalCode": "AW1 1AA", "line": ["1 Mill Lane"]]]]
        patient.merge(baby) { $1 }
        let related: [String: Any] = ["resourceType": "RelatedPerson", "id": "m1", "patient": ["reference": "Patient/b1"],
                                      "relationship": [["coding": [["system": "http://terminology.hl7.org/CodeSystem/v3-RoleCode", "code": "MTH"]]]],
                                      "name": [["given": ["Jane"], "family": "Brown"]]]
        var entries: [[String: Any]] = [["resource": patient], ["resource": related]]
        if var consent { consent["resourceType"] = "Consent"; consent["patient"] = ["reference": "Patient/b1"]; entries.append(["resource": consent]) }
        if var flag { flag["resourceType"] = "Flag"; flag["subject"] = ["reference": "Patient/b1"]; entries.append(["resource": flag]) }
        let json: [String: Any] = ["resourceType": "Bundle", "type": "collection", "entry": entries]
        return Array(try! JSONSerialization.data(withJSONObject: json))
    }

    static func issues(_ bytes: [UInt8]) -> [String] {
        do { _ = try BirthBundle.read(bytes, dates: BirthBundleTests.dates); return [] } catch { return error.issues.map { "\($0.code.rawValue) \($0.expression)" } }
    }

    @Test("a bundle over the size limit is refused before it is parsed")
    func tooBig() {
        let padding = [UInt8](repeating: UInt8(ascii: " "), count: BirthBundle.maximumBytes)
        #expect(Self.issues(Self.bundle() + padding) == ["too-long Bundle"])
        #expect(Self.issues(Self.bundle() + padding.prefix(1000)) == [])
    }

    @Test("nesting past the depth limit is refused without recursion; brackets in strings do not count")
    func tooDeep() {
        let deep = Array(String(repeating: "[", count: 200_000).utf8)
        #expect(Self.issues(deep) == ["too-long Bundle"])
        let quoted = Self.bundle(baby: ["gender": String(repeating: "[{\\\"", count: 100)])
        #expect(Self.issues(quoted) == [])
    }

    @Test("not JSON, or JSON that is not an object, is refused as a whole")
    func notJSON() {
        #expect(Self.issues(Array("births".utf8)) == ["invalid Bundle"])
        #expect(Self.issues(Array("[1, 2]".utf8)) == ["invalid Bundle"])
        #expect(Self.issues([]) == ["invalid Bundle"])
        #expect(Self.issues(Array("{\"resourceType\": 1}".utf8)) == ["invalid Bundle"])
    }

    @Test("too many problems are listed up to the limit, then counted")
    func manyProblems() throws {
        let entries = (0..<150).map { _ in "{\"resource\": {\"resourceType\": \"Observation\"}}" }.joined(separator: ",")
        let bytes = Array("{\"resourceType\": \"Bundle\", \"type\": \"collection\", \"entry\": [\(entries)]}".utf8)
        var caught: BirthBundle.Invalid?
        do { _ = try BirthBundle.read(bytes, dates: BirthBundleTests.dates) } catch { caught = error }
        let issues = try #require(caught?.issues)
        #expect(issues.count == BirthBundle.maximumIssues + 1)
        #expect(issues.last?.code == .tooCostly && issues.last?.severity == "information")
        #expect(issues.last?.diagnostics.hasPrefix("51 more problems") == true)
    }

    @Test("consent: active is yes; inactive, rejected, proposed or a deny provision is no; its date and how it was given are kept")
    func consent() throws {
        func read(_ consent: [String: Any]?) throws -> BirthNotice { try #require(try BirthBundle.read(Self.bundle(consent: consent), dates: BirthBundleTests.dates).first) }
        #expect(try read(nil).consent == false)
        let given = try read(["status": "active", "dateTime": "2025-09-12T10:30:00Z", "sourceAttachment": ["title": "First visit form"]])
        #expect(given.consent && given.consentMethod == "First visit form" && given.consentDate == CalendarDate(iso: "2025-09-12"))
        for status in ["inactive", "rejected", "proposed", "draft", "entered-in-error"] { #expect(try read(["status": status]).consent == false) }
        #expect(try read(["status": "active", "provision": ["type": "deny"]]).consent == false)
        #expect(try read(["status": "active", "provision": ["type": "permit"]]).consent == true)
        #expect(Self.issues(Self.bundle(consent: ["status": "active", "provision": ["type": "maybe"]])) == ["value Bundle.entry[2].resource.provision.type"])
        #expect(Self.issues(Self.bundle(consent: ["status": "active", "dateTime": "12/09/2025"])) == ["value Bundle.entry[2].resource.dateTime"])
        #expect(Self.issues(Self.bundle(consent: [:])) == ["required Bundle.entry[2].resource.status"])
    }

    @Test("a birthDate after today or older than BirthDates.oldestBirthYears, or a Consent dateTime after today or a year before that, is refused at its FHIRPath")
    func implausibleDates() throws {
        // Today is 2026-03-15 (BirthBundleTests.dates): births from 2024-03-15, consents from 2023-03-15.
        #expect(Self.issues(Self.bundle(baby: ["birthDate": "2026-03-15"])) == [])
        #expect(Self.issues(Self.bundle(baby: ["birthDate": "2024-03-15"])) == [])
        #expect(Self.issues(Self.bundle(baby: ["birthDate": "2026-03-16"])) == ["value Bundle.entry[0].resource.birthDate"])
        #expect(Self.issues(Self.bundle(baby: ["birthDate": "2024-03-14"])) == ["value Bundle.entry[0].resource.birthDate"])
        #expect(Self.issues(Self.bundle(baby: ["birthDate": "1994-05-06"])) == ["value Bundle.entry[0].resource.birthDate"], "a mother's date of birth in the baby's")
        #expect(Self.issues(Self.bundle(consent: ["status": "active", "dateTime": "2023-03-15T09:00:00Z"])) == [])
        #expect(Self.issues(Self.bundle(consent: ["status": "active", "dateTime": "2023-03-14"])) == ["value Bundle.entry[2].resource.dateTime"])
        #expect(Self.issues(Self.bundle(consent: ["status": "active", "dateTime": "2026-03-16T00:10:00Z"])) == ["value Bundle.entry[2].resource.dateTime"])
        var caught: BirthBundle.Invalid?
        do { _ = try BirthBundle.read(Self.bundle(baby: ["birthDate": "2026-04-01"]), dates: BirthBundleTests.dates) } catch { caught = error }
        #expect(caught?.issues.first?.diagnostics == "The baby's date of birth must be today or in the past, not ‘2026-04-01’")
        do { _ = try BirthBundle.read(Self.bundle(baby: ["birthDate": "2020-04-01"]), dates: BirthBundleTests.dates) } catch { caught = error }
        #expect(caught?.issues.first?.diagnostics == "The baby's date of birth must be 15 March 2024 or later, not ‘2020-04-01’")
    }

    @Test("do not contact: an active Flag on the baby, or a baby who died; an inactive flag is not")
    func doNotContact() throws {
        func read(_ bytes: [UInt8]) throws -> Bool { try #require(try BirthBundle.read(bytes, dates: BirthBundleTests.dates).first).doNotContact }
        #expect(try read(Self.bundle()) == false)
        #expect(try read(Self.bundle(flag: ["status": "active"])) == true)
        #expect(try read(Self.bundle(flag: ["status": "inactive"])) == false)
        #expect(try read(Self.bundle(baby: ["deceasedBoolean": true])) == true)
        #expect(try read(Self.bundle(baby: ["deceasedDateTime": "2026-02-21T04:00:00Z"])) == true)
        #expect(try read(Self.bundle(baby: ["deceasedBoolean": false])) == false)
        #expect(Self.issues(Self.bundle(flag: ["status": "on"])) == ["value Bundle.entry[2].resource.status"])
    }

    @Test("a name and address from the RelatedPerson when no Patient of the parent is sent; the baby's address when the parent has none")
    func fallbacks() throws {
        let birth = try #require(try BirthBundle.read(Self.bundle(), dates: BirthBundleTests.dates).first)
        #expect(birth.parentGivenName == "Jane" && birth.parentFamilyName == "Brown")
        #expect(birth.address == "1 Mill Lane" && birth.postcode.value == "AW1 1AA" && birth.birthID == "b1" && birth.line == 1)
        #expect(Self.issues(Self.bundle(baby: ["address": []])) == ["required Bundle.entry[1].resource.address"])
        #expect(Self.issues(Self.bundle(baby: ["address": [["line": ["1 Mill Lane"]]]])) == ["required Bundle.entry[0].resource.address[0].postalCode"])
    }

    @Test("the birth id is the sender's identifier, else the NHS number, else the id")
    func birthID() throws {
        let nhs = ["system": BirthBundle.nhsNumberSystem, "value": "999 000 0018"]
        let own = ["system": "https://fhir.ashworth-maternity.example/Id/birth-record", "value": "B7"]
        #expect(try BirthBundle.read(Self.bundle(baby: ["identifier": [nhs, own]]), dates: BirthBundleTests.dates).first?.birthID == "B7")
        let byNumber = try #require(try BirthBundle.read(Self.bundle(baby: ["identifier": [nhs]]), dates: BirthBundleTests.dates).first)
        #expect(byNumber.birthID == "9990000018" && byNumber.nhsNumber?.digits == "9990000018")
        #expect(Self.issues(Self.bundle(baby: ["identifier": [["system": BirthBundle.nhsNumberSystem, "value": "99900"]]])) == ["value Bundle.entry[0].resource.identifier[0].value"])
    }

    @Test("the OperationOutcome escapes what it quotes")
    func escaping() {
        let text = String(decoding: OperationOutcome.json([.init(.value, "Bundle.type", "‘a\"b\\c\nd\u{1}’")]), as: UTF8.self)
        #expect(text.contains(#""diagnostics": "‘a\"b\\c\nd\u0001’""#))
        #expect(text.hasPrefix("{\n  \"resourceType\": \"OperationOutcome\",\n  \"issue\": [\n    {\n      \"severity\": \"error\",\n      \"code\": \"value\","))
    }
}

extension BirthBundleBoundsTests {
    @Test("a month of a large unit's births (3,000 babies, 9,000 entries) reads whole")
    func large() throws {
        var entries: [String] = []
        for n in 0..<3000 {
            entries.append(#"{"fullUrl": "urn:uuid:b\#(n)", "resource": {"resourceType": "Patient", "identifier": [{"system": "https://fhir.ashworth-maternity.example/Id/birth-record", "value": "B\#(n)"}], "birthDate": "2026-02-20"}}"#)
            entries.append(#"{"fullUrl": "urn:uuid:r\#(n)", "resource": {"resourceType": "RelatedPerson", "patient": {"reference": "urn:uuid:b\#(n)"}, "relationship": [{"coding": [{"code": "MTH"}]}]}}"#)
            entries.append(#"{"fullUrl": "urn:uuid:m\#(n)", "resource": {"resourceType": "Patient", "link": [{"other": {"reference": "urn:uuid:r\#(n)"}, "type": "seealso"}], "name": [{"given": ["Jo"], "family": "Tester"}], "address": [{"postalCode": "AW1 1AA"}]}}"#)
        }
        let bytes = Array(#"{"resourceType": "Bundle", "type": "collection", "entry": [\#(entries.joined(separator: ","))]}"#.utf8)
        let births = try BirthBundle.read(bytes, dates: BirthBundleTests.dates)
        #expect(births.count == 3000)
        #expect(births.last?.birthID == "B2999" && births.last?.line == 8998 && births.last?.parentFamilyName == "Tester")
    }
}

extension BirthBundleBoundsTests {
    @Test("JSON's booleans are told from its numbers 1 and 0")
    func booleans() throws {
        #expect(FHIRJSON(parsing: Array("[true, false, 1, 0, 1.5, \"1\", null]".utf8)) == .array([.bool(true), .bool(false), .number(1), .number(0), .number(1.5), .string("1"), .null]))
        #expect(try BirthBundle.read(Self.bundle(baby: ["deceasedBoolean": 1]), dates: BirthBundleTests.dates).first?.doNotContact == false)
    }
}
