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

/// What a machine client's API token may do.
public enum APIScope: String, CaseIterable, Codable, Sendable {
    /// The directory is public (anyone may read it, signed in or not), so this scope grants nothing
    /// more; it is kept so that tokens and scripts made with it keep working.
    case directoryRead = "directory:read"
    case recordsRead = "records:read"
    case attendanceWrite = "attendance:write"
    /// Prometheus scraping `/metrics`.
    case metricsRead = "metrics:read"

    public init(parsing text: String) throws(AccessError) {
        guard let scope = Self(rawValue: text) else { throw .unknownScope(text) }
        self = scope
    }

    /// The permission a token with this scope holds.
    public var permission: Permission {
        switch self {
        case .directoryRead: .readDirectory
        case .recordsRead: .viewIdentifiableRecords
        case .attendanceWrite: .importAttendance
        case .metricsRead: .readMetrics
        }
    }

    /// Scopes an organisation's administrator may give a token on the web page. `metrics:read`
    /// shows the whole service's figures, so only its operator makes one (`sharewell token create`).
    public static let issuedOnPage: [APIScope] = allCases.filter { $0 != .metricsRead }

    /// What the scope lets a token do, for the page that makes tokens.
    public var explanation: String {
        switch self {
        case .directoryRead: "Read the directory (public already: grants nothing more)"
        case .recordsRead: "Read your organisation's records (GET /api/v1/records/{id})"
        case .attendanceWrite: "Send attendance files (schools)"
        case .metricsRead: "Scrape /metrics (Prometheus)"
        }
    }
}
