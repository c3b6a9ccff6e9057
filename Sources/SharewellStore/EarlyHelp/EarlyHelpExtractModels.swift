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
    @OptionalField(key: "matched_at") var matchedAt: Date?
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

/// A practice patient the council matched to one of its own people: all it keeps of the extract.
final class EarlyHelpLinkModel: Model, @unchecked Sendable {
    static let schema = "early_help_links"
    @ID(key: .id) var id: UUID?
    @Parent(key: "extract_id") var extract: EarlyHelpExtractModel
    @Parent(key: "council_person_id") var councilPerson: PersonRecordModel
    @Field(key: "practice_patient_id") var practicePatientID: String
    @Field(key: "probability") var probability: Double
    /// "automatic", or the name of the person who decided on review.
    @Field(key: "decided_by") var decidedBy: String
    init() {}
}

/// An uncertain pair waiting for a person to decide, with the engine's explanation.
final class EarlyHelpLinkReviewModel: Model, @unchecked Sendable {
    static let schema = "early_help_link_reviews"
    @ID(key: .id) var id: UUID?
    @Parent(key: "extract_id") var extract: EarlyHelpExtractModel
    @Parent(key: "extract_person_id") var extractPerson: EarlyHelpExtractPersonModel
    @Parent(key: "council_person_id") var councilPerson: PersonRecordModel
    @Field(key: "probability") var probability: Double
    /// The explanation's lines, one per line.
    @Field(key: "explanation") var explanation: String
    init() {}
}
