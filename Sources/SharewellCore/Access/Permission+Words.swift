/// What a permission lets a person do, in the words a refusal uses ("… cannot see children's and
/// families' records"), and which roles hold it, so a refusal can say what is needed and whom to
/// ask (review of issue 17, item 11).
extension Permission {
    public var words: String {
        switch self {
        case .readDirectory: "read the directory"
        case .manageDirectory: "keep the directory up to date"
        case .viewIdentifiableRecords: "see children's and families' records"
        case .viewPseudonymisedData: "work with pseudonymised data"
        case .readAccessLog: "see who has seen a record"
        case .verifyAuditLog: "check the audit log"
        case .manageUsers: "manage your organisation's accounts"
        case .manageAPITokens: "manage your organisation's API tokens"
        case .readAgreements: "read information sharing agreements"
        case .manageAgreements: "draft, approve, suspend or end information sharing agreements"
        case .recordConsent: "record consent and opt-outs"
        case .decideSharing: "decide whether to share information"
        case .readSharingDecisions: "read your organisation's sharing decisions"
        case .importAttendance: "send or read attendance"
        case .readMetrics: "read the service's metrics"
        case .approveAccess: "approve accounts and API tokens that read records"
        }
    }

    /// The roles that hold this permission, in the order roles are listed.
    public var roles: [Role] { Role.allCases.filter { $0.may(self) } }
}
