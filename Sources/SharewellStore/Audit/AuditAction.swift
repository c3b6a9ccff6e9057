/// What an audit entry records was done. The actions every organisation performs are declared
/// here; a pathway declares its own in its folder and registers them (`StorePathway.auditActions`),
/// so a stored action this version does not know is an error, never shown as something else.
public struct AuditAction: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String
    /// What was done, in words a parent could read ("viewed the record").
    public let words: String

    public init(_ rawValue: String, words: String) { self.rawValue = rawValue; self.words = words }

    /// The registered action with this text, or `nil`.
    public init?(rawValue: String) {
        guard let action = Self.all.first(where: { $0.rawValue == rawValue }) else { return nil }
        self = action
    }

    public static func == (a: Self, b: Self) -> Bool { a.rawValue == b.rawValue }
    public func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }
    public var description: String { rawValue }

    /// Every action: the shared ones, then each pathway's.
    static let all: [AuditAction] = {
        let actions = shared + StorePathways.all.flatMap { $0.auditActions }
        precondition(Set(actions.map(\.rawValue)).count == actions.count, "an audit action is registered twice")
        return actions
    }()

    static let shared: [AuditAction] = [
        .signIn, .signInFailed, .signOut, .twoFactorEnabled, .view, .viewList, .viewSharedCopy, .viewConsent, .viewAccessLog,
        .create, .update, .imported, .createOrganisation, .updateOrganisation, .createUser, .approveUser, .activateUser,
        .requestAccountRecovery, .approveAccountRecovery, .completeAccountRecovery,
        .disableUser, .enableUser, .createAPIToken, .approveAPIToken, .revokeAPIToken, .createAgreement, .updateAgreement, .approveAgreement,
        .suspendedAgreement, .resumedAgreement, .endedAgreement,
        .recordConsent, .decision, .share, .shareRefused, .retentionDestroyed, .acknowledgeRestore,
        .auditTextsPurged, .lookUpRecord,
    ]
}

extension AuditAction {
    public static let signIn = Self("sign-in", words: "signed in")
    public static let signInFailed = Self("sign-in-failed", words: "failed to sign in")
    public static let signOut = Self("sign-out", words: "signed out")
    public static let twoFactorEnabled = Self("two-factor-enabled", words: "turned on two-factor sign-in")
    public static let view = Self("view", words: "viewed the record")
    public static let viewList = Self("view-list", words: "viewed a list")
    public static let viewSharedCopy = Self("view-shared-copy", words: "viewed the copy shared with them")
    public static let viewConsent = Self("view-consent", words: "viewed the consent register")
    public static let viewAccessLog = Self("view-access-log", words: "viewed who has seen the record")
    public static let create = Self("create", words: "created")
    public static let update = Self("update", words: "changed")
    public static let imported = Self("import", words: "imported")
    public static let createOrganisation = Self("create-organisation", words: "added an organisation to the directory")
    public static let updateOrganisation = Self("update-organisation", words: "changed an organisation's entry")
    public static let createUser = Self("create-user", words: "made an account")
    public static let approveUser = Self("approve-user", words: "approved an account")
    public static let activateUser = Self("activate-user", words: "set their password and started using their account")
    public static let requestAccountRecovery = Self("request-account-recovery", words: "asked for a lost password or authenticator to be replaced")
    public static let approveAccountRecovery = Self("approve-account-recovery", words: "approved replacing a lost password or authenticator")
    public static let completeAccountRecovery = Self("complete-account-recovery", words: "set a new password after their account was recovered")
    public static let disableUser = Self("disable-user", words: "disabled an account")
    public static let enableUser = Self("enable-user", words: "enabled an account")
    public static let suspendedAgreement = Self("suspended-agreement", words: "suspended an agreement")
    public static let resumedAgreement = Self("resumed-agreement", words: "resumed an agreement")
    public static let endedAgreement = Self("ended-agreement", words: "ended an agreement")
    public static let createAPIToken = Self("create-api-token", words: "made an API token")
    public static let approveAPIToken = Self("approve-api-token", words: "approved an API token")
    public static let revokeAPIToken = Self("revoke-api-token", words: "revoked an API token")
    public static let createAgreement = Self("create-agreement", words: "drafted an agreement")
    public static let updateAgreement = Self("update-agreement", words: "changed an agreement")
    public static let approveAgreement = Self("approve-agreement", words: "approved an agreement")
    public static let recordConsent = Self("record-consent", words: "recorded consent")
    public static let decision = Self("decision", words: "recorded a sharing decision")
    public static let share = Self("share", words: "shared")
    public static let shareRefused = Self("share-refused", words: "was refused a sharing")
    public static let retentionDestroyed = Self("retention-destroyed", words: "destroyed at the end of its retention")
    public static let acknowledgeRestore = Self("acknowledge-restore", words: "acknowledged a restored backup")
    public static let auditTextsPurged = Self("audit-texts-purged", words: "destroyed what was typed into older audit entries")
}
