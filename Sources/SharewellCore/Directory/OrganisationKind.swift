/// A kind of organisation around a child (DOMAIN.md §1), with the national code it is known by.
/// The directory registers the kinds every pathway meets; a pathway registers any other it needs
/// in its own catalogue (`PathwayCatalogue`), so no pathway edits this file.
public struct OrganisationKind: CatalogueEntry, Comparable {
    /// The API and form spelling (`gpPractice`), and what the database stores.
    public let rawValue: String
    /// What a person calls it.
    public let displayName: String
    /// The plural used in headings and filters.
    public let pluralName: String
    /// The national code this kind is listed under.
    public let code: NationalCode
    /// Children's centres are reached by catchment: the postcode sectors they serve.
    public let hasCatchment: Bool

    public init(_ rawValue: String, displayName: String, pluralName: String, code: NationalCode, hasCatchment: Bool = false) {
        self.rawValue = rawValue; self.displayName = displayName; self.pluralName = pluralName; self.code = code; self.hasCatchment = hasCatchment
    }

    public static var allCases: [OrganisationKind] { Catalogue.organisationKinds }

    /// Reads the API and form spelling, naming the value when it is not a kind.
    public init(parsing text: String) throws(CoreError) {
        guard let kind = Self(rawValue: text) else { throw .unknownOrganisationKind(text) }
        self = kind
    }

    /// The name of the national code this kind is listed under.
    public var codeName: String { code.name }

    /// Checks a national code against this kind's format and returns it in canonical form.
    public func canonicalCode(_ text: String) throws(CoreError) -> String { try code.canonical(text) }

    public static func < (a: Self, b: Self) -> Bool { a.displayName < b.displayName }
}

/// The national codes organisations are listed under, each with its format.
public enum NationalCode: Sendable {
    /// A school's or setting's 6-digit URN.
    case urn
    /// A GP practice's ODS code: a letter and 5 digits.
    case gpPracticeODS
    /// Any other ODS code (NHS trusts, services): 3 to 6 letters and digits.
    case ods
    /// A local-authority team: the LA number, a hyphen and the team's letters.
    case localAuthorityTeam

    public var name: String {
        switch self {
        case .urn: "URN"
        case .gpPracticeODS, .ods: "ODS code"
        case .localAuthorityTeam: "LA team code"
        }
    }

    public func canonical(_ text: String) throws(CoreError) -> String {
        switch self {
        case .urn: try SchoolURN(text).value
        case .gpPracticeODS: try GPPracticeCode(text).value
        case .ods: try ODSCode(text).value
        case .localAuthorityTeam: try LocalAuthorityTeamCode(text).value
        }
    }
}

/// The kinds every pathway meets, as the directory lists them.
public enum DirectoryCatalogue: PathwayCatalogue {
    public static let organisationKinds: [OrganisationKind] = [
        .school, .gpPractice, .earlyHelp, .childrensSocialCare, .medicalEducation, .sendService, .healthVisiting, .childrensCentre,
        .maternity, .urgentCare, .alternativeProvision,
    ]
}

extension OrganisationKind {
    public static let school = Self("school", displayName: "School", pluralName: "Schools", code: .urn)
    public static let gpPractice = Self("gpPractice", displayName: "GP practice", pluralName: "GP practices", code: .gpPracticeODS)
    public static let earlyHelp = Self("earlyHelp", displayName: "Early help (local authority)", pluralName: "Early help teams", code: .localAuthorityTeam)
    public static let childrensSocialCare = Self("childrensSocialCare", displayName: "Children's social care (local authority)",
                                                 pluralName: "Children's social care teams", code: .localAuthorityTeam)
    public static let medicalEducation = Self("medicalEducation", displayName: "Medical education team (local authority)",
                                              pluralName: "Medical education teams", code: .localAuthorityTeam)
    public static let sendService = Self("sendService", displayName: "SEND service (local authority)", pluralName: "SEND services", code: .localAuthorityTeam)
    public static let healthVisiting = Self("healthVisiting", displayName: "Health visiting service", pluralName: "Health visiting services", code: .ods)
    public static let childrensCentre = Self("childrensCentre", displayName: "Children's centre", pluralName: "Children's centres", code: .urn, hasCatchment: true)
    public static let maternity = Self("maternity", displayName: "Maternity service", pluralName: "Maternity services", code: .ods)
    public static let urgentCare = Self("urgentCare", displayName: "Urgent and emergency care", pluralName: "Urgent and emergency care", code: .ods)
    public static let alternativeProvision = Self("alternativeProvision", displayName: "Alternative provision", pluralName: "Alternative provision", code: .urn)
}
