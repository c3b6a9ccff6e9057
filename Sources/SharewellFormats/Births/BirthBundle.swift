import Foundation
import SharewellCore

/// Live births sent as FHIR R4 (issue 18): a `collection` Bundle in the shape of NHS England's PDS
/// birth notification, read into the same `BirthNotice`s as the births CSV. All or nothing: any
/// problem and no birth is read, every problem reported at once as an OperationOutcome issue whose
/// expression is FHIRPath (`Bundle.entry[2].resource.birthDate`, entry indices from 0).
///
/// What the bundle holds, and how each part is read:
/// - **The baby**: a `Patient` that is not a parent (see below). `birthDate` (a full date) is
///   required, and neither after today nor older than `BirthDates.oldestBirthYears`. An identifier with system `https://fhir.nhs.uk/Id/nhs-number` is the NHS number
///   (optional; checked with modulus 11). The **birth id** is the value of the baby's first other
///   identifier (the sender's own birth record number), else the NHS number's ten digits, else the
///   Patient's `id`. `line` is the 1-based position of the baby's entry in `Bundle.entry`.
/// - **The parent**: a `RelatedPerson` whose `patient` is the baby and whose `relationship` is a
///   parent (v3 RoleCode `MTH`, `FTH`, `PRN`, `NMTH`, `NFTH`, `NPRN`, `GESTM`, `BMTH`, `BFTH`);
///   the first such in bundle order. The mother's own `Patient` is the one whose `link.other`
///   points at that RelatedPerson (R4: "another resource that concerns the same actual person");
///   names and address come from it, or from the RelatedPerson where no Patient links to it.
///   The name is the `official` HumanName, else the first: given names joined by a space, family.
/// - **Address and postcode**: the parent's `home` address (else the first), else the baby's; the
///   address is its `text`, else `line`, `city` and `district` joined by ", "; the postcode is
///   `postalCode`, read as the births CSV reads it.
/// - **Consent**: a `Consent` whose `patient` is the baby. Consent is given when its status is
///   `active` and `provision.type` is not `deny`; `inactive`, `rejected`, `draft`, `proposed`,
///   `entered-in-error` or a `deny` provision is no consent; no Consent is no consent. Its date is
///   `dateTime`'s date (not after today, nor more than a year before the oldest birth taken); how it was given is `sourceReference.display` (for example "Antenatal
///   booking"), else `sourceAttachment.title`. At most one Consent per baby.
/// - **Do not contact**: an `active` `Flag` whose `subject` is the baby (any flag: erring towards not
///   contacting a family who may have lost a baby), or a baby's Patient with `deceasedBoolean` true
///   or a `deceasedDateTime`.
/// - References are `fullUrl`s of entries in the bundle (`urn:uuid:…`) or `Type/id`.
public enum BirthBundle {
    public static let nhsNumberSystem = "https://fhir.nhs.uk/Id/nhs-number"
    /// What is read at most: a month's births of a large maternity unit fit well within these.
    public static let maximumBytes = 4 * 1024 * 1024
    public static let maximumDepth = 32
    public static let maximumEntries = 10_000
    /// Issues listed at most; one more (`too-costly`, information) says there were more.
    public static let maximumIssues = 100

    /// The bundle is refused: every problem found, as OperationOutcome issues.
    public struct Invalid: Error, Sendable, Equatable {
        public let issues: [OperationOutcome.Issue]
        /// The OperationOutcome to answer with.
        public var operationOutcome: [UInt8] { OperationOutcome.json(issues) }
    }

    /// `dates`: the plausible days for a baby's `birthDate` and a Consent's `dateTime` (today's).
    public static func read(_ bytes: some Collection<UInt8>, dates: BirthDates) throws(Invalid) -> [BirthNotice] {
        let entries = try Self.entries(bytes)
        var reader = Reader(entries: entries, dates: dates)
        let births = reader.births()
        if let invalid = reader.invalid { throw invalid }
        return births
    }

    /// The bundle's entries, once it is known to be a bounded JSON `collection` Bundle.
    static func entries(_ bytes: some Collection<UInt8>) throws(Invalid) -> [FHIRJSON] {
        func refuse(_ code: OperationOutcome.IssueType, _ path: String, _ message: String) -> Invalid {
            Invalid(issues: [.init(code, path, message)])
        }
        guard bytes.count <= maximumBytes else {
            throw refuse(.tooLong, "Bundle", "The bundle is \(bytes.count) bytes; at most \(maximumBytes) are read. Send the births in smaller bundles.")
        }
        guard FHIRJSON.depth(bytes, stoppingAt: maximumDepth) <= maximumDepth else {
            throw refuse(.tooLong, "Bundle", "The bundle nests objects and arrays more than \(maximumDepth) deep; a birth notification needs far fewer.")
        }
        guard let json = FHIRJSON(parsing: bytes), json.isObject else {
            throw refuse(.invalid, "Bundle", "The body is not a FHIR resource in JSON (an object, UTF-8, RFC 8259).")
        }
        guard json["resourceType"]?.string == "Bundle" else {
            let found = json["resourceType"]?.string.map { "a ‘\($0)’" } ?? "a resource without a resourceType"
            throw refuse(.invalid, "Bundle", "This is \(found); births are sent as a Bundle.")
        }
        var issues: [OperationOutcome.Issue] = []
        if json["type"]?.string != "collection" {
            let found = json["type"]?.string.map { "‘\($0)’" } ?? "missing"
            issues.append(.init(json["type"] == nil ? .required : .value, "Bundle.type", "The bundle's type is \(found); births are sent as a ‘collection’."))
        }
        let entries = json["entry"]?.items ?? []
        if entries.isEmpty {
            issues.append(.init(.required, "Bundle.entry", "The bundle has no entries; it needs each baby's Patient and the parent's RelatedPerson."))
        } else if entries.count > maximumEntries {
            issues.append(.init(.tooLong, "Bundle.entry", "The bundle has \(entries.count) entries; at most \(maximumEntries) are read. Send the births in smaller bundles."))
        }
        guard issues.isEmpty else { throw Invalid(issues: issues) }
        return entries
    }
}
