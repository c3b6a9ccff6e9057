import SharewellCore
import Testing

@Suite("The sharing decision (seed 003 flowchart)")
struct SharingDecisionTests {
    typealias Row = (facts: SharingFacts, outcome: SharingDecision.Outcome, obligations: [SharingDecision.Obligation], lastRule: String)

    static func facts(identifiable: Bool = true, bulk: Bool = false, agreement: AgreementState = .active, dpia: Bool = true,
                      consent: ConsentState = .notSought, confidential: Bool = true, harm: Bool = false, publicInterest: Bool = false,
                      endanger: Bool = false) -> SharingFacts {
        SharingFacts(identifiable: identifiable, bulk: bulk, agreement: agreement, dpia: dpia, consent: consent, confidential: confidential,
                     significantHarm: harm, publicInterest: publicInterest, consentWouldEndanger: endanger)
    }

    /// One row per branch of the flowchart, with the words of the rule that ended it.
    static let branches: [Row] = [
        (facts(identifiable: false, agreement: .none, dpia: false), .share, [], "anonymised or aggregated"),
        (facts(bulk: true, agreement: .none, consent: .given), .doNotShare, [], "There is no agreement"),
        (facts(bulk: true, agreement: .expired), .doNotShare, [], "expired"),
        (facts(bulk: true, agreement: .suspended), .doNotShare, [], "suspended"),
        (facts(bulk: true, dpia: false), .doNotShare, [], "no DPIA"),
        (facts(bulk: true, consent: .refused), .share, [], "opted out are left out"),
        (facts(confidential: false, harm: false), .share, [], "not confidential"),
        (facts(consent: .given), .share, [.recordConsent], "Consent was given"),
        (facts(consent: .refused), .doNotShare, [], "respect the decision"),
        (facts(consent: .withdrawn), .doNotShare, [], "respect the decision"),
        (facts(consent: .refused, harm: true), .shareWithJustification, [.recordJustification, .notify], "significant harm"),
        (facts(consent: .refused, publicInterest: true), .shareWithJustification, [.recordJustification, .notify], "public interest"),
        (facts(consent: .withdrawn, harm: true, endanger: true), .shareWithJustification, [.recordJustification], "significant harm"),
        (facts(consent: .notSought), .seekConsent, [.recordConsent], "ask for consent first"),
        (facts(consent: .notSought, endanger: true), .shareWithJustification, [.recordJustification], "Seeking consent would itself put the child at risk"),
        (facts(consent: .notSought, harm: true), .shareWithJustification, [.recordJustification, .notify], "without waiting for consent"),
        (facts(consent: .notSought, publicInterest: true), .seekConsent, [.recordConsent], "ask for consent first"),
    ]

    @Test("each branch gives its decision, obligations and the rule that decided", arguments: branches)
    func branch(_ row: Row) {
        let decision = SharingDecision.decide(row.facts)
        #expect(decision.outcome == row.outcome)
        #expect(decision.obligations == row.obligations)
        #expect(decision.path.last?.contains(row.lastRule) == true, "\(decision.path)")
    }

    @Test("the worked examples in shared/examples")
    func examples() {
        #expect(SharingDecision.decide(Self.facts(identifiable: false, agreement: .none, dpia: false)).outcome == .share)
        #expect(SharingDecision.decide(Self.facts(consent: .given)).outcome == .share)
        #expect(SharingDecision.decide(Self.facts(bulk: true, agreement: .none, dpia: false, consent: .given)).outcome == .doNotShare)
    }

    @Test("every combination of facts gets a decision whose path starts from identifiability and never shares identifiable bulk data without an active agreement and DPIA")
    func everyCombination() {
        var seen = Set<SharingDecision.Outcome>()
        for identifiable in [false, true] { for bulk in [false, true] { for agreement in AgreementState.allCases { for dpia in [false, true] {
            for consent in ConsentState.allCases { for confidential in [false, true] { for harm in [false, true] { for interest in [false, true] {
                for endanger in [false, true] {
                    let f = Self.facts(identifiable: identifiable, bulk: bulk, agreement: agreement, dpia: dpia, consent: consent,
                                  confidential: confidential, harm: harm, publicInterest: interest, endanger: endanger)
                    let decision = SharingDecision.decide(f)
                    seen.insert(decision.outcome)
                    #expect(!decision.path.isEmpty)
                    if identifiable, bulk, decision.outcome.allowsSharing { #expect(agreement == .active && dpia) }
                    if identifiable, !bulk, confidential, consent == .refused || consent == .withdrawn, decision.outcome.allowsSharing {
                        #expect(harm || interest)
                        #expect(decision.obligations.contains(.recordJustification))
                    }
                    if decision.outcome == .shareWithJustification { #expect(decision.obligations.contains(.recordJustification)) }
                }
            } } } }
        } } } }
        #expect(seen == Set(SharingDecision.Outcome.allCases))
    }
}
