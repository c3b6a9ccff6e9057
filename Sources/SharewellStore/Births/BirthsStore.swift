import FluentKit

/// The live births pathway in the store: its tables and what it audits.
enum BirthsStore: StorePathway {
    static let migrations: [any Migration] = [CreateBirths(), AddBirthNoticeIndexes(), CreateFamilyTeams()]
    static let auditActions: [AuditAction] = [.birthsImported, .catchmentSet, .birthWithdrawn, .birthsListed, .birthViewed, .welcomeRecorded, .registrationRecorded,
                                                  .centreTeamSet, .familyTeamFormed, .familyTeamWithdrawn, .teamNoteWritten, .teamFamiliesListed, .teamFamilyViewed,
                                                  .referralsListed, .referralViewed, .referralContacted]
}

extension AuditAction {
    static let birthsImported = Self("births-imported", words: "stored live births sent by maternity or child health")
    static let catchmentSet = Self("catchment-set", words: "set a children's centre's catchment")
    static let birthWithdrawn = Self("birth-withdrawn", words: "withdrew a birth from a children's centre's list (do not contact, or consent withdrawn)")
    static let birthsListed = Self("births-listed", words: "viewed the list of births to contact")
    static let birthViewed = Self("birth-viewed", words: "viewed a family's birth details")
    static let welcomeRecorded = Self("welcome-recorded", words: "recorded a welcome contact with a new family")
    static let registrationRecorded = Self("registration-recorded", words: "recorded a family's registration with the children's centre")
    static let centreTeamSet = Self("centre-team-set", words: "listed the organisations in a children's centre's team around the family")
    static let familyTeamFormed = Self("family-team-formed", words: "recorded a parent's consent to share within the centre's team around the family")
    static let familyTeamWithdrawn = Self("family-team-withdrawn", words: "ended a family's team around the family (consent withdrawn, or the family withdrawn)")
    static let teamNoteWritten = Self("team-note-written", words: "wrote development or health information to share within a family's team")
    static let teamFamiliesListed = Self("team-families-listed", words: "viewed the families of the teams around the family")
    static let teamFamilyViewed = Self("team-family-viewed", words: "viewed a family's team around the family and its notes")
    static let referralsListed = Self("referrals-listed", words: "viewed vulnerable family referrals")
    static let referralViewed = Self("referral-viewed", words: "viewed a vulnerable family referral")
    static let referralContacted = Self("referral-contacted", words: "recorded the first contact with a referred family")
}
