import FluentKit

/// The attendance pathways in the store. Their tables came before pathways registered their own
/// migrations and stay in the shared history.
enum AttendanceStore: StorePathway {
    static let auditActions: [AuditAction] = [.viewReport, .reviewRetentionSet, .medicalEducationAction]
    /// After the shared history (where the first attendance tables stay, in the order they ran).
    static let migrations: [any Migration] = [CreateReviewRetention(), CreateMedicalEducationActions(), CreateMarksFiles()]
}

extension AuditAction {
    static let viewReport = Self("view-report", words: "viewed the attendance liaison report")
    static let reviewRetentionSet = Self("review-retention-set", words: "set how long the practice keeps its attendance reviews")
    static let medicalEducationAction = Self("medical-education-action", words: "recorded what the medical education team did")
}
