/// The lawful bases and statutory gateways an agreement may cite: UK GDPR Articles 6 and 9 and the
/// gateways Oldham relied on (seed 002, appendix three).
public enum LegalBasis: String, CaseIterable, Codable, Sendable {
    case art6Consent = "uk-gdpr-6-1-a"
    case art6Contract = "uk-gdpr-6-1-b"
    case art6LegalObligation = "uk-gdpr-6-1-c"
    case art6VitalInterests = "uk-gdpr-6-1-d"
    case art6PublicTask = "uk-gdpr-6-1-e"
    case art9ExplicitConsent = "uk-gdpr-9-2-a"
    case art9VitalInterests = "uk-gdpr-9-2-c"
    case art9SubstantialPublicInterest = "uk-gdpr-9-2-g"
    case art9HealthOrSocialCare = "uk-gdpr-9-2-h"
    case art9PublicHealth = "uk-gdpr-9-2-i"
    case healthAndSocialCareAct2012s251B = "hsca-2012-s251b"
    case healthAct1999s31 = "ha-1999-s31"
    case nhsAct2006s82 = "nhsa-2006-s82"
    case localismAct2011s1 = "la-2011-s1"
    case localGovernmentAct1972s111 = "lga-1972-s111"
    case sensitiveDataOrder2000 = "dp-order-2000-417-4b"
    case childrenAct2004s10 = "ca-2004-s10"
    case childrenAct2004s11 = "ca-2004-s11"

    public init(parsing text: String) throws(GovernanceError) {
        guard let basis = Self(rawValue: text) else { throw .unknownLegalBasis(text) }
        self = basis
    }

    public var displayName: String {
        switch self {
        case .art6Consent: "UK GDPR Art. 6(1)(a) consent"
        case .art6Contract: "UK GDPR Art. 6(1)(b) contract"
        case .art6LegalObligation: "UK GDPR Art. 6(1)(c) legal obligation"
        case .art6VitalInterests: "UK GDPR Art. 6(1)(d) vital interests"
        case .art6PublicTask: "UK GDPR Art. 6(1)(e) public task"
        case .art9ExplicitConsent: "UK GDPR Art. 9(2)(a) explicit consent"
        case .art9VitalInterests: "UK GDPR Art. 9(2)(c) vital interests"
        case .art9SubstantialPublicInterest: "UK GDPR Art. 9(2)(g) substantial public interest (safeguarding of children)"
        case .art9HealthOrSocialCare: "UK GDPR Art. 9(2)(h) health or social care"
        case .art9PublicHealth: "UK GDPR Art. 9(2)(i) public health"
        case .healthAndSocialCareAct2012s251B: "Health and Social Care Act 2012 s251B, duty to share"
        case .healthAct1999s31: "Health Act 1999 s31, NHS and local authority arrangements"
        case .nhsAct2006s82: "NHS Act 2006 s82, duty to co-operate"
        case .localismAct2011s1: "Localism Act 2011 s1, general power of competence"
        case .localGovernmentAct1972s111: "Local Government Act 1972 s111, incidental powers"
        case .sensitiveDataOrder2000: "Data Protection (Processing of Sensitive Personal Data) Order 2000 No 417 4(b)"
        case .childrenAct2004s10: "Children Act 2004 s10, co-operation to improve well-being"
        case .childrenAct2004s11: "Children Act 2004 s11, duty to safeguard and promote welfare"
        }
    }
}
