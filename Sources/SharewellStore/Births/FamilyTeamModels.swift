import FluentKit
import Foundation

/// One organisation the LA's early years team lists in a children's centre's team around the
/// family: not something a centre or a member sets for itself.
final class FamilyTeamMemberModel: Model, @unchecked Sendable {
    static let schema = "family_team_members"
    @ID(key: .id) var id: UUID?
    @Parent(key: "centre_id") var centre: OrganisationModel
    @Parent(key: "member_id") var member: OrganisationModel
    @Field(key: "set_by") var setBy: String
    @Field(key: "set_at") var setAt: Date
    init() {}
}

/// A registered family's team, as the centre keeps it: the parent's consent to share within the
/// team (given at registration), and, in `family_team_parties`, the members it was given for.
final class FamilyTeamModel: Model, Held, @unchecked Sendable {
    static let schema = "family_teams"
    static var holder: FieldKey { "centre_id" }
    @ID(key: .id) var id: UUID?
    @Field(key: "centre_id") var centreID: UUID
    /// The family on the centre's list (`births_received`).
    @Field(key: "birth_id") var birthID: UUID
    @Field(key: "consent_given_on") var consentGivenOn: String
    @Field(key: "recorded_by") var recordedBy: String
    @Field(key: "recorded_at") var recordedAt: Date
    @OptionalField(key: "withdrawn_at") var withdrawnAt: Date?
    init() {}
}

/// A member the parent's consent names: who shares within this family's team. Names an
/// organisation, not a person, so every party may read who the others are.
final class FamilyTeamPartyModel: Model, @unchecked Sendable {
    static let schema = "family_team_parties"
    @ID(key: .id) var id: UUID?
    @Field(key: "team_id") var teamID: UUID
    @Parent(key: "member_id") var member: OrganisationModel
    /// Whether the gate let the family through to it: a member with no agreement is named in the
    /// consent but holds nothing, and is sent no note.
    @Field(key: "sent") var sent: Bool
    init() {}
}

/// A member's copy of the family, sent by the centre through the gate when the team formed.
final class FamilyTeamCopyModel: Model, Delivered, Held, @unchecked Sendable {
    static let schema = "family_team_copies"
    static var holder: FieldKey { "holder_id" }
    @ID(key: .id) var id: UUID?
    @Field(key: "holder_id") var holderID: UUID
    @Field(key: "team_id") var teamID: UUID
    @Field(key: "centre_code") var centreCode: String
    @Field(key: "agreement_id") var agreementID: UUID
    @Field(key: "parent_given_name") var parentGivenName: String
    @Field(key: "parent_family_name") var parentFamilyName: String
    @Field(key: "baby_date_of_birth") var babyDateOfBirth: String
    @Field(key: "address") var address: String
    @Field(key: "postcode") var postcode: String
    @Field(key: "received_at") var receivedAt: Date
    init() {}
}

/// A note a member wrote about a family, as its author keeps it (its own record; the copies the
/// others receive carry its id as their `note_ref`).
final class TeamNoteWrittenModel: Model, Held, @unchecked Sendable {
    static let schema = "family_team_notes_written"
    static var holder: FieldKey { "holder_id" }
    @ID(key: .id) var id: UUID?
    @Field(key: "holder_id") var holderID: UUID
    @Field(key: "team_id") var teamID: UUID
    @Field(key: "author_code") var authorCode: String
    @Field(key: "author_name") var authorName: String
    @Field(key: "written_at") var writtenAt: Date
    @Field(key: "text") var text: String
    init() {}
}

/// Another member's note as this member received it through the gate (written only by a delivery).
final class TeamNoteReceivedModel: Model, Delivered, Held, @unchecked Sendable {
    static let schema = "family_team_notes"
    static var holder: FieldKey { "holder_id" }
    @ID(key: .id) var id: UUID?
    @Field(key: "holder_id") var holderID: UUID
    @Field(key: "team_id") var teamID: UUID
    @Field(key: "note_ref") var noteRef: UUID
    @Field(key: "author_code") var authorCode: String
    @Field(key: "author_name") var authorName: String
    @Field(key: "written_at") var writtenAt: Date
    @Field(key: "text") var text: String
    init() {}
}

/// A health visitor's referral of a vulnerable family, as the health visitor keeps it.
final class FamilyReferralModel: Model, Held, @unchecked Sendable {
    static let schema = "family_referrals"
    static var holder: FieldKey { "holder_id" }
    @ID(key: .id) var id: UUID?
    @Field(key: "holder_id") var holderID: UUID
    /// Its own id (the reference the centre's copy carries).
    @Field(key: "referral_ref") var referralRef: UUID
    /// The centre (or early years team) it was sent to; `nil` until it was.
    @OptionalField(key: "routed_to") var routedTo: String?
    @OptionalField(key: "agreement_id") var agreementID: UUID?
    @Field(key: "parent_given_name") var parentGivenName: String
    @Field(key: "parent_family_name") var parentFamilyName: String
    @Field(key: "baby_date_of_birth") var babyDateOfBirth: String
    @Field(key: "address") var address: String
    @Field(key: "postcode") var postcode: String
    @Field(key: "reason") var reason: String
    @Field(key: "permission_on") var permissionOn: String
    /// When the health visitor made it.
    @Field(key: "at") var at: Date
    init() {}
}

/// A referral as the centre received it through the gate, with the centre's first contact.
final class FamilyReferralReceivedModel: Model, Delivered, Held, @unchecked Sendable {
    static let schema = "family_referrals_received"
    static var holder: FieldKey { "holder_id" }
    @ID(key: .id) var id: UUID?
    @Field(key: "holder_id") var holderID: UUID
    @Field(key: "referral_ref") var referralRef: UUID
    @OptionalField(key: "sender_code") var senderCode: String?
    @OptionalField(key: "agreement_id") var agreementID: UUID?
    @Field(key: "parent_given_name") var parentGivenName: String
    @Field(key: "parent_family_name") var parentFamilyName: String
    @Field(key: "baby_date_of_birth") var babyDateOfBirth: String
    @Field(key: "address") var address: String
    @Field(key: "postcode") var postcode: String
    @Field(key: "reason") var reason: String
    @Field(key: "permission_on") var permissionOn: String
    /// When it arrived.
    @Field(key: "at") var at: Date
    @OptionalField(key: "contacted_on") var contactedOn: String?
    init() {}
}
