import FluentKit

/// The live births pathway in the store: its tables and what it audits.
enum BirthsStore: StorePathway {
    static let migrations: [any Migration] = [CreateBirths(), AddBirthNoticeIndexes()]
    static let auditActions: [AuditAction] = [.birthsImported, .catchmentSet, .birthWithdrawn, .birthsListed, .birthViewed, .welcomeRecorded, .registrationRecorded]
}

extension AuditAction {
    static let birthsImported = Self("births-imported", words: "stored live births sent by maternity or child health")
    static let catchmentSet = Self("catchment-set", words: "set a children's centre's catchment")
    static let birthWithdrawn = Self("birth-withdrawn", words: "withdrew a birth from a children's centre's list (do not contact, or consent withdrawn)")
    static let birthsListed = Self("births-listed", words: "viewed the list of births to contact")
    static let birthViewed = Self("birth-viewed", words: "viewed a family's birth details")
    static let welcomeRecorded = Self("welcome-recorded", words: "recorded a welcome contact with a new family")
    static let registrationRecorded = Self("registration-recorded", words: "recorded a family's registration with the children's centre")
}
