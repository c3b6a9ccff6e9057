/// What a user does in their organisation (issue 4). A user holds one role in one organisation.
public enum Role: String, CaseIterable, Codable, Sendable, Comparable {
    case administrator
    case safeguardingLead
    case practitioner
    /// Works on pseudonymised data only, and never sees a name (the "secure box", seed 002).
    case analyst
    case panelMember
    case auditor
    case informationGovernanceLead

    public init(parsing text: String) throws(AccessError) {
        guard let role = Self(rawValue: text) else { throw .unknownRole(text) }
        self = role
    }

    public var displayName: String {
        switch self {
        case .administrator: "Administrator"
        case .safeguardingLead: "Safeguarding lead"
        case .practitioner: "Practitioner"
        case .analyst: "Analyst (pseudonymised data only)"
        case .panelMember: "Panel member"
        case .auditor: "Auditor"
        case .informationGovernanceLead: "Information-governance lead"
        }
    }

    /// What this role may do. Least privilege: an administrator manages accounts but reads no
    /// child's record; an IG lead answers "who has seen this record" without reading it.
    public var permissions: Set<Permission> {
        switch self {
        case .administrator: [.readDirectory, .manageDirectory, .readAgreements, .manageUsers, .manageAPITokens]
        case .safeguardingLead: [.readDirectory, .readAgreements, .viewIdentifiableRecords, .readAccessLog, .recordConsent, .decideSharing, .readSharingDecisions, .importAttendance, .approveAccess]
        case .practitioner: [.readDirectory, .readAgreements, .viewIdentifiableRecords, .recordConsent, .decideSharing, .readSharingDecisions, .importAttendance]
        case .analyst: [.readDirectory, .readAgreements, .viewPseudonymisedData]
        case .panelMember: [.readDirectory, .readAgreements]
        case .auditor: [.readDirectory, .readAgreements, .readAccessLog, .verifyAuditLog, .readSharingDecisions]
        case .informationGovernanceLead: [.readDirectory, .readAgreements, .manageAgreements, .readAccessLog, .verifyAuditLog, .readSharingDecisions, .approveAccess]
        }
    }

    /// An account made by an administrator with this role reads records, or lets others read them:
    /// it takes effect only once a second person approves it, and its holder sets their own password.
    public var needsSecondPersonApproval: Bool {
        !permissions.isDisjoint(with: [.viewIdentifiableRecords, .manageAgreements, .approveAccess])
    }

    public func may(_ permission: Permission) -> Bool { permissions.contains(permission) }

    public static func < (a: Self, b: Self) -> Bool { a.displayName < b.displayName }
}

/// One thing a role may be allowed to do; routes and store queries check these, never roles.
public enum Permission: String, CaseIterable, Codable, Sendable {
    case readDirectory
    /// Add organisations to the directory, and keep one's own organisation's entry up to date.
    case manageDirectory
    case viewIdentifiableRecords
    case viewPseudonymisedData
    case readAccessLog
    case verifyAuditLog
    case manageUsers
    case manageAPITokens
    case readAgreements
    /// Draft, revise, approve, suspend and end agreements: the IG lead's work.
    case manageAgreements
    case recordConsent
    /// Ask "can I share this?", record the decision, and send through the gate.
    case decideSharing
    /// Read the organisation's recorded sharing decisions and their justifications.
    case readSharingDecisions
    /// Send a school's attendance marks (schools only; the store checks the organisation's kind).
    case importAttendance
    /// Scrape `/metrics` (API tokens with `metrics:read` only: no role holds it).
    case readMetrics
    /// Approve an account or token that reads records, made by someone else in the organisation.
    case approveAccess
}

/// Why an access rule refused something.
public enum AccessError: Error, Equatable, Sendable {
    case unknownRole(String)
    case unknownScope(String)

    public var message: String {
        switch self {
        case .unknownRole(let role): "‘\(role)’ is not a role. Roles: \(Role.allCases.map(\.rawValue).joined(separator: ", "))."
        case .unknownScope(let scope): "‘\(scope)’ is not an API token scope. Scopes: \(APIScope.allCases.map(\.rawValue).joined(separator: ", "))."
        }
    }
}

/// What a machine client's API token may do. Scopes every organisation uses are registered here;
/// a pathway registers the scopes of its own clients in its catalogue.
public struct APIScope: CatalogueEntry {
    public let rawValue: String
    /// The permission a token with this scope holds.
    public let permission: Permission
    /// What the scope lets a token do, for the page that makes tokens.
    public let explanation: String
    /// Whether an organisation's administrator may give it on the web page (`metrics:read` shows the
    /// whole service's figures, so only its operator makes one, with `sharewell token create`).
    public let issuedOnPage: Bool

    public init(_ rawValue: String, permission: Permission, explanation: String, issuedOnPage: Bool = true) {
        self.rawValue = rawValue; self.permission = permission; self.explanation = explanation; self.issuedOnPage = issuedOnPage
    }

    public static var allCases: [APIScope] { Catalogue.apiScopes }

    public init(parsing text: String) throws(AccessError) {
        guard let scope = Self(rawValue: text) else { throw .unknownScope(text) }
        self = scope
    }

    /// Scopes an organisation's administrator may give a token on the web page.
    public static var issuedOnPage: [APIScope] { allCases.filter(\.issuedOnPage) }
}

/// The scopes every organisation's clients use.
public enum AccessCatalogue: PathwayCatalogue {
    public static let apiScopes: [APIScope] = [.directoryRead, .recordsRead, .metricsRead]
}

extension APIScope {
    /// The directory is public (anyone may read it, signed in or not), so this scope grants nothing
    /// more; it is kept so that tokens and scripts made with it keep working.
    public static let directoryRead = Self("directory:read", permission: .readDirectory, explanation: "Read the directory (public already: grants nothing more)")
    public static let recordsRead = Self("records:read", permission: .viewIdentifiableRecords,
                                         explanation: "Read your organisation's records (GET /api/v1/records/{id})")
    /// Prometheus scraping `/metrics`.
    public static let metricsRead = Self("metrics:read", permission: .readMetrics, explanation: "Scrape /metrics (Prometheus)", issuedOnPage: false)
}
