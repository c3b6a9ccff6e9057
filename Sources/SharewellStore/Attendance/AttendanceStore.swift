/// The attendance pathways in the store. Their tables came before pathways registered their own
/// migrations and stay in the shared history.
enum AttendanceStore: StorePathway {
    static let auditActions: [AuditAction] = [.viewReport]
}

extension AuditAction {
    static let viewReport = Self("view-report", words: "viewed the attendance liaison report")
}
