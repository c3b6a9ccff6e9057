/// The kinds of organisation around a child (DOMAIN.md §1), each with the national code it is known by.
public enum OrganisationKind: String, CaseIterable, Codable, Sendable, Comparable {
    case school
    case gpPractice
    case earlyHelp
    case childrensSocialCare
    case medicalEducation
    case sendService
    case healthVisiting
    case childrensCentre
    case maternity
    case urgentCare
    case alternativeProvision

    /// Reads the API and form spelling (`gpPractice`), naming the value when it is not a kind.
    public init(parsing text: String) throws(CoreError) {
        guard let kind = Self(rawValue: text) else { throw .unknownOrganisationKind(text) }
        self = kind
    }

    /// What a person calls it.
    public var displayName: String {
        switch self {
        case .school: "School"
        case .gpPractice: "GP practice"
        case .earlyHelp: "Early help (local authority)"
        case .childrensSocialCare: "Children's social care (local authority)"
        case .medicalEducation: "Medical education team (local authority)"
        case .sendService: "SEND service (local authority)"
        case .healthVisiting: "Health visiting service"
        case .childrensCentre: "Children's centre"
        case .maternity: "Maternity service"
        case .urgentCare: "Urgent and emergency care"
        case .alternativeProvision: "Alternative provision"
        }
    }

    /// The plural used in headings and filters.
    public var pluralName: String {
        switch self {
        case .school: "Schools"
        case .gpPractice: "GP practices"
        case .earlyHelp: "Early help teams"
        case .childrensSocialCare: "Children's social care teams"
        case .medicalEducation: "Medical education teams"
        case .sendService: "SEND services"
        case .healthVisiting: "Health visiting services"
        case .childrensCentre: "Children's centres"
        case .maternity: "Maternity services"
        case .urgentCare: "Urgent and emergency care"
        case .alternativeProvision: "Alternative provision"
        }
    }

    /// The name of the national code this kind is listed under.
    public var codeName: String {
        switch self {
        case .school, .childrensCentre, .alternativeProvision: "URN"
        case .gpPractice, .healthVisiting, .maternity, .urgentCare: "ODS code"
        case .earlyHelp, .childrensSocialCare, .medicalEducation, .sendService: "LA team code"
        }
    }

    /// Checks a national code against this kind's format and returns it in canonical form.
    public func canonicalCode(_ text: String) throws(CoreError) -> String {
        switch self {
        case .school, .childrensCentre, .alternativeProvision: try SchoolURN(text).value
        case .gpPractice: try GPPracticeCode(text).value
        case .healthVisiting, .maternity, .urgentCare: try ODSCode(text).value
        case .earlyHelp, .childrensSocialCare, .medicalEducation, .sendService: try LocalAuthorityTeamCode(text).value
        }
    }

    /// Children's centres are reached by catchment: the postcode sectors they serve.
    public var hasCatchment: Bool { self == .childrensCentre }

    public static func < (a: Self, b: Self) -> Bool { a.displayName < b.displayName }
}
