import FluentKit

/// What a pathway adds to the store from its own folder: the migrations that create its tables
/// (they run after the shared history, `StoreMigrations.history`, in the order pathways are listed)
/// and the audit actions it records.
public protocol StorePathway: SendableMetatype {
    static var migrations: [any Migration] { get }
    static var auditActions: [AuditAction] { get }
}

extension StorePathway {
    public static var migrations: [any Migration] { [] }
    public static var auditActions: [AuditAction] { [] }
}

/// Every pathway that keeps tables of its own, one line each. The attendance and early help tables
/// came before pathways registered their own and stay in the shared history, in the order they ran.
enum StorePathways {
    static let all: [any StorePathway.Type] = [
        AttendanceStore.self,
        EarlyHelpStore.self,
        BirthsStore.self,
    ]
}
