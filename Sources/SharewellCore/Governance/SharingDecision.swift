/// The answer to "can I share this?": what to do, the rules that led there, and what the law then
/// expects to be recorded or done.
public struct SharingDecision: Sendable, Equatable {
    public enum Outcome: String, CaseIterable, Codable, Sendable {
        case share
        case shareWithJustification = "share-with-justification"
        case seekConsent = "seek-consent"
        case doNotShare = "do-not-share"

        public var words: String {
            switch self {
            case .share: "You may share"
            case .shareWithJustification: "You may share, and must record why"
            case .seekConsent: "Seek consent first"
            case .doNotShare: "Do not share"
            }
        }

        public var allowsSharing: Bool { self == .share || self == .shareWithJustification }
    }

    public enum Obligation: String, CaseIterable, Codable, Sendable {
        case recordConsent = "record-consent"
        case recordJustification = "record-justification"
        /// Tell the family what was shared and why (be open and honest, golden rule 2).
        case notify

        public var words: String {
            switch self {
            case .recordConsent: "Keep the record of consent: who gave it, how and when."
            case .recordJustification: "Record your justification for sharing without consent."
            case .notify: "Tell the family what you shared, with whom and why, unless that would put the child at risk."
            }
        }
    }

    public let outcome: Outcome
    /// Each rule applied, in order, in words a parent could follow.
    public let path: [String]
    public let obligations: [Obligation]

    /// The seed 003 flowchart. Anonymised data may go; identifiable bulk data only under an active
    /// agreement with a DPIA (consent cannot replace it); identifiable case-by-case data with
    /// consent, or without it where there is good reason, which must then be recorded.
    public static func decide(_ facts: SharingFacts) -> SharingDecision {
        guard facts.identifiable else {
            return .init(.share, ["The information is anonymised or aggregated and identifies no one, so it may be shared with appropriate security."], [])
        }
        let identifiable = "The information identifies a person."
        return facts.bulk ? bulk(facts, path: [identifiable]) : caseByCase(facts, path: [identifiable])
    }

    private static func bulk(_ facts: SharingFacts, path: [String]) -> SharingDecision {
        var path = path + ["It is a bulk, pre-planned sharing, which needs an active information sharing agreement whose DPIA confirms it; consent does not replace the agreement."]
        guard facts.agreement == .active else {
            return .init(.doNotShare, path + ["There is \(facts.agreement.words), so do not share until one is in force."], [])
        }
        guard facts.dpia else {
            return .init(.doNotShare, path + ["The agreement is active but no DPIA confirms this level of detail, so do not share until one does."], [])
        }
        path.append("There is an active agreement and its DPIA confirms the sharing, so it may go ahead; people who opted out are left out.")
        return .init(.share, path, [])
    }

    private static func caseByCase(_ facts: SharingFacts, path: [String]) -> SharingDecision {
        let path = path + ["It is a case-by-case sharing about one person or family."]
        guard facts.confidential else {
            return .init(.share, path + ["The information is not confidential, so it may be shared where that is necessary for the purpose."], [])
        }
        let confidential = path + ["The information is confidential, so consent decides unless there is good reason to share without it."]
        switch facts.consent {
        case .given:
            return .init(.share, confidential + ["Consent was given, so you may share; keep the record of that consent."], [.recordConsent])
        case .refused, .withdrawn:
            return override(facts, path: confidential + ["\(facts.consent.words.capitalisedFirst), which must be respected unless there is a risk of significant harm or an overriding public interest."])
        case .notSought:
            return withoutSeeking(facts, path: confidential + ["Consent has not been sought."])
        }
    }

    /// Refused or withdrawn consent is respected unless harm or the public interest outweighs it.
    private static func override(_ facts: SharingFacts, path: [String]) -> SharingDecision {
        if facts.significantHarm || facts.publicInterest {
            let reason = facts.significantHarm ? "a child is at risk of significant harm" : "an overriding public interest justifies it"
            return .init(.shareWithJustification, path + ["You judge that \(reason), so you may share without consent and must record your justification."],
                         notifyUnlessEndangering(facts, [.recordJustification]))
        }
        return .init(.doNotShare, path + ["There is no risk of significant harm and no overriding public interest, so respect the decision and do not share."], [])
    }

    /// Consent not yet sought: seek it, unless seeking it would itself put the child at risk or the
    /// risk of significant harm means sharing cannot wait.
    private static func withoutSeeking(_ facts: SharingFacts, path: [String]) -> SharingDecision {
        if facts.consentWouldEndanger {
            return .init(.shareWithJustification, path + ["Seeking consent would itself put the child at risk, so you may share without seeking it and must record why."],
                         [.recordJustification])
        }
        if facts.significantHarm {
            return .init(.shareWithJustification, path + ["A child is at risk of significant harm, so you may share without waiting for consent and must record your justification."],
                         [.recordJustification, .notify])
        }
        return .init(.seekConsent, path + ["Nothing makes sharing without consent necessary, so ask for consent first and record the answer."], [.recordConsent])
    }

    private static func notifyUnlessEndangering(_ facts: SharingFacts, _ obligations: [Obligation]) -> [Obligation] {
        facts.consentWouldEndanger ? obligations : obligations + [.notify]
    }

    init(_ outcome: Outcome, _ path: [String], _ obligations: [Obligation]) {
        self.outcome = outcome
        self.path = path
        self.obligations = obligations
    }
}

extension String {
    var capitalisedFirst: String { prefix(1).uppercased() + dropFirst() }
}
