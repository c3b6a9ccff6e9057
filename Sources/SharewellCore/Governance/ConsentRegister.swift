/// One line of a person's consent and opt-out history. Lines are never changed: a withdrawal or a
/// rescinded opt-out is a new line, and the newest line for a scope decides.
public struct ConsentEntry: Sendable, Equatable {
    public enum Kind: String, CaseIterable, Codable, Sendable {
        case given, refused, withdrawn
        /// Opted out of a bulk purpose (seed 002: the privacy notice's opt-out form).
        case optedOut = "opted-out"
        case optOutRescinded = "opt-out-rescinded"

        public var displayName: String {
            switch self {
            case .given: "Consent given"
            case .refused: "Consent refused"
            case .withdrawn: "Consent withdrawn"
            case .optedOut: "Opted out"
            case .optOutRescinded: "Opt-out rescinded"
            }
        }

        var isOptOut: Bool { self == .optedOut || self == .optOutRescinded }
    }

    /// Recording order; later lines win.
    public let sequence: Int
    public let kind: Kind
    public let scope: ConsentScope
    public let expires: CalendarDate?

    public init(sequence: Int, kind: Kind, scope: ConsentScope, expires: CalendarDate? = nil) {
        self.sequence = sequence
        self.kind = kind
        self.scope = scope
        self.expires = expires
    }
}

/// What a consent or opt-out is about: every sharing for a purpose, or one agreement.
public enum ConsentScope: Sendable, Hashable {
    case purpose(SharingPurpose)
    case agreement(String)

    public var key: String {
        switch self {
        case .purpose(let purpose): "purpose:\(purpose.rawValue)"
        case .agreement(let id): "agreement:\(id)"
        }
    }

    public init?(key: String) {
        if key.hasPrefix("purpose:"), let purpose = SharingPurpose(rawValue: String(key.dropFirst(8))) { self = .purpose(purpose) }
        else if key.hasPrefix("agreement:"), key.count > 10 { self = .agreement(String(key.dropFirst(10))) }
        else { return nil }
    }
}

/// Reads a person's history for one sharing.
public struct ConsentRegister: Sendable {
    public let entries: [ConsentEntry]

    public init(_ entries: [ConsentEntry]) { self.entries = entries.sorted { $0.sequence < $1.sequence } }

    /// Consent for a sharing under `agreement` for `purpose` on `day`: the newest given, refused or
    /// withdrawn line about either; given consent past its expiry counts as not sought.
    public func consent(purpose: SharingPurpose, agreement: String?, on day: CalendarDate) -> ConsentState {
        let scopes = relevant(purpose, agreement)
        guard let newest = entries.last(where: { !$0.kind.isOptOut && scopes.contains($0.scope) }) else { return .notSought }
        switch newest.kind {
        case .given: return newest.expires.map { $0 < day } == true ? .notSought : .given
        case .refused: return .refused
        default: return .withdrawn
        }
    }

    /// Whether the person has opted out of this purpose (or this agreement) and not rescinded it.
    public func optedOut(purpose: SharingPurpose, agreement: String?) -> Bool {
        let scopes = relevant(purpose, agreement)
        return entries.last(where: { $0.kind.isOptOut && scopes.contains($0.scope) })?.kind == .optedOut
    }

    private func relevant(_ purpose: SharingPurpose, _ agreement: String?) -> Set<ConsentScope> {
        var scopes: Set<ConsentScope> = [.purpose(purpose)]
        if let agreement { scopes.insert(.agreement(agreement)) }
        return scopes
    }
}
