/// The facts of a proposed sharing that the decision rests on (seed 003, appendix B flowchart).
public struct SharingFacts: Sendable, Equatable, Codable {
    public var identifiable: Bool
    /// Pre-planned transfer of many people's data, rather than one case at a time.
    public var bulk: Bool
    public var agreement: AgreementState
    /// Whether a data protection impact assessment confirms this level of detail may be shared.
    public var dpia: Bool
    public var consent: ConsentState
    /// Information that is not confidential (the fact of a live birth) may be shared where necessary.
    public var confidential: Bool
    public var significantHarm: Bool
    public var publicInterest: Bool
    public var consentWouldEndanger: Bool

    public init(identifiable: Bool, bulk: Bool, agreement: AgreementState, dpia: Bool, consent: ConsentState,
                confidential: Bool = true, significantHarm: Bool = false, publicInterest: Bool = false,
                consentWouldEndanger: Bool = false) {
        self.identifiable = identifiable
        self.bulk = bulk
        self.agreement = agreement
        self.dpia = dpia
        self.consent = consent
        self.confidential = confidential
        self.significantHarm = significantHarm
        self.publicInterest = publicInterest
        self.consentWouldEndanger = consentWouldEndanger
    }
}

/// Where an information sharing agreement stands on the day of the sharing.
public enum AgreementState: String, CaseIterable, Codable, Sendable {
    case active
    case none
    case expired
    case suspended

    public var words: String {
        switch self {
        case .active: "an active agreement"
        case .none: "no agreement"
        case .expired: "an agreement that has expired"
        case .suspended: "an agreement that is suspended"
        }
    }
}

/// What the consent register says for the person and the scope of the sharing.
public enum ConsentState: String, CaseIterable, Codable, Sendable {
    case given
    case refused
    case notSought = "not-sought"
    case withdrawn

    public var words: String {
        switch self {
        case .given: "consent was given"
        case .refused: "consent was refused"
        case .notSought: "consent has not been sought"
        case .withdrawn: "consent was withdrawn"
        }
    }
}
