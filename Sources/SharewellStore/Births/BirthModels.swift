import FluentKit
import Foundation
import SharewellCore

/// A live birth as the maternity or child health service that sent it keeps it: its own record,
/// one row per baby it knows (by NHS number where given, else by its birth id).
final class BirthNoticeModel: Model, Held, @unchecked Sendable {
    static let schema = "birth_notices"
    static var holder: FieldKey { "sender_id" }
    @ID(key: .id) var id: UUID?
    @Field(key: "sender_id") var senderID: UUID
    @Field(key: "birth_id") var birthID: String
    @OptionalField(key: "nhs_number") var nhsNumber: String?
    @Field(key: "baby_date_of_birth") var babyDateOfBirth: String
    @Field(key: "parent_given_name") var parentGivenName: String
    @Field(key: "parent_family_name") var parentFamilyName: String
    @Field(key: "address") var address: String
    @Field(key: "postcode") var postcode: String
    @Field(key: "consent") var consent: Bool
    @OptionalField(key: "consent_method") var consentMethod: String?
    @OptionalField(key: "consent_date") var consentDate: String?
    @Field(key: "do_not_contact") var doNotContact: Bool
    /// The centre (or early years team) the birth was last sent to, `nil` while it was sent nowhere.
    @OptionalField(key: "routed_to") var routedTo: String?
    @Field(key: "received_at") var receivedAt: Date
    @Field(key: "changed_at") var changedAt: Date
    init() {}

    var toContact: Bool { consent && !doNotContact }
}

/// A children's centre's catchment, one postcode sector a row, as the LA's early years team
/// approved it: not a field the centre edits for itself.
final class BirthCatchmentModel: Model, @unchecked Sendable {
    static let schema = "birth_catchments"
    @ID(key: .id) var id: UUID?
    @Parent(key: "team_id") var team: OrganisationModel
    @Parent(key: "centre_id") var centre: OrganisationModel
    @Field(key: "sector") var sector: String
    @Field(key: "set_by") var setBy: String
    @Field(key: "set_at") var setAt: Date
    init() {}
}

/// A birth as a centre (or the early years team, to resolve) received it through the gate. Every
/// birth in the area is counted (month and consent only); the family's details are there only
/// while the family consented and carries no do-not-contact marker. A later marker or withdrawn
/// consent clears them at once and leaves "withdrawn".
final class BirthReceivedModel: Model, Delivered, Held, @unchecked Sendable {
    static let schema = "births_received"
    static var holder: FieldKey { "holder_id" }
    @ID(key: .id) var id: UUID?
    @Field(key: "holder_id") var holderID: UUID
    /// The baby, the same whoever sent it: a keyed digest of the NHS number where there is one (so
    /// maternity's and child health's notices of one baby are one birth), else the sender's row.
    @Field(key: "baby_ref") var babyRef: String
    @Field(key: "sender_code") var senderCode: String
    @Field(key: "agreement_id") var agreementID: UUID
    /// The baby's month of birth, `YYYY-MM`.
    @Field(key: "month") var month: String
    @Field(key: "consented") var consented: Bool
    @Field(key: "to_contact") var toContact: Bool
    @OptionalField(key: "withdrawn_at") var withdrawnAt: Date?
    @OptionalField(key: "nhs_number") var nhsNumber: String?
    @OptionalField(key: "baby_date_of_birth") var babyDateOfBirth: String?
    @OptionalField(key: "parent_given_name") var parentGivenName: String?
    @OptionalField(key: "parent_family_name") var parentFamilyName: String?
    @OptionalField(key: "address") var address: String?
    @OptionalField(key: "postcode") var postcode: String?
    @OptionalField(key: "consent_method") var consentMethod: String?
    @OptionalField(key: "consent_date") var consentDate: String?
    @OptionalField(key: "welcome_method") var welcomeMethod: String?
    @OptionalField(key: "welcome_date") var welcomeDate: String?
    @OptionalField(key: "registered_on") var registeredOn: String?
    @Field(key: "received_at") var receivedAt: Date
    /// When the family's details arrived (the weekly digest lists the week's).
    @OptionalField(key: "listed_at") var listedAt: Date?
    /// The centre the early years team sent a birth in no catchment on to (`Store.resolveBirth`).
    @OptionalField(key: "resolved_to") var resolvedTo: String?
    init() {}

    /// Clears the family's details: what a do-not-contact marker or withdrawn consent leaves.
    func withdraw(at date: Date) {
        if withdrawnAt == nil, parentFamilyName != nil { withdrawnAt = date }
        toContact = false
        nhsNumber = nil; babyDateOfBirth = nil; parentGivenName = nil; parentFamilyName = nil
        address = nil; postcode = nil; consentMethod = nil; consentDate = nil; welcomeMethod = nil; welcomeDate = nil; registeredOn = nil
    }
}
