import FluentKit
import Foundation

/// One sending of an extract from a practice to the council.
final class EarlyHelpExtractModel: Model, @unchecked Sendable {
    static let schema = "early_help_extracts"
    @ID(key: .id) var id: UUID?
    @Parent(key: "sender_id") var sender: OrganisationModel
    @Parent(key: "recipient_id") var recipient: OrganisationModel
    @Field(key: "agreement_id") var agreementID: UUID
    @Field(key: "kind") var kind: String
    @Field(key: "sent_at") var sentAt: Date
    @Field(key: "sent") var sent: Int
    @Field(key: "opted_out") var optedOut: Int
    /// The last day it may be kept (YYYY-MM-DD): the sending day plus the agreement's retention.
    @Field(key: "destroy_after") var destroyAfter: String
    init() {}
}

/// One patient of a patient-list extract, as the council received them: only the items the
/// agreement allows, the practice patient id being the join key back to the practice.
final class EarlyHelpExtractPersonModel: Model, @unchecked Sendable {
    static let schema = "early_help_extract_people"
    @ID(key: .id) var id: UUID?
    @Parent(key: "extract_id") var extract: EarlyHelpExtractModel
    @Field(key: "practice_patient_id") var practicePatientID: String
    @Field(key: "name") var name: String
    @Field(key: "date_of_birth") var dateOfBirth: String
    @Field(key: "sex") var sex: String
    @Field(key: "address") var address: String
    @Field(key: "postcode") var postcode: String
    init() {}
}
