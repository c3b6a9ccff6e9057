/// Early help data matching in the store. Its tables came before pathways registered their own
/// migrations and stay in the shared history.
enum EarlyHelpStore: StorePathway {
    static let auditActions: [AuditAction] = [
        .extractDestroyed, .stratified, .matched, .linkReviewed, .indicatorsImported, .codeMeaningSaved, .institutionMarked,
        .caseOutcomeRecorded, .caseDiscussionScheduled,
    ]
}

extension AuditAction {
    static let extractDestroyed = Self("extract-destroyed", words: "destroyed a patient list once matched")
    static let stratified = Self("early-help-stratified", words: "ran the stratification")
    static let matched = Self("early-help-matched", words: "matched a patient list")
    static let linkReviewed = Self("early-help-link-reviewed", words: "decided a possible match")
    static let indicatorsImported = Self("early-help-indicators-imported", words: "imported council indicators")
    static let codeMeaningSaved = Self("demand-code-meaning-saved", words: "wrote down what a demand code means")
    static let institutionMarked = Self("institution-marked", words: "marked an address as an institution")
    static let caseOutcomeRecorded = Self("case-outcome-recorded", words: "recorded a case discussion's outcome")
    static let caseDiscussionScheduled = Self("case-discussion-scheduled", words: "scheduled a case discussion")
}
