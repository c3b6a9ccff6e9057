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
    @Field(key: "given_name") var givenName: String
    @Field(key: "family_name") var familyName: String
    @Field(key: "date_of_birth") var dateOfBirth: String
    @Field(key: "sex") var sex: String
    @Field(key: "address") var address: String
    @Field(key: "postcode") var postcode: String
    init() {}

    var name: String { "\(givenName) \(familyName)" }
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

/// A practice's demand code as the council received it: the practice patient number, the code, the day.
final class EarlyHelpDemandCodeModel: Model, @unchecked Sendable {
    static let schema = "early_help_demand_codes"
    @ID(key: .id) var id: UUID?
    @Parent(key: "extract_id") var extract: EarlyHelpExtractModel
    @Field(key: "practice_patient_id") var practicePatientID: String
    @Field(key: "code") var code: String
    @Field(key: "date") var date: String
    init() {}
}

/// What a demand code means: kept at the practice, never sent.
final class EarlyHelpCodeMeaningModel: Model, @unchecked Sendable {
    static let schema = "early_help_code_meanings"
    @ID(key: .id) var id: UUID?
    @Parent(key: "practice_id") var practice: OrganisationModel
    @Field(key: "code") var code: String
    @Field(key: "meaning") var meaning: String
    init() {}
}

/// An event of one of the council's datasets against one of its people.
final class EarlyHelpIndicatorModel: Model, @unchecked Sendable {
    static let schema = "early_help_indicators"
    @ID(key: .id) var id: UUID?
    @Parent(key: "council_id") var council: OrganisationModel
    @Parent(key: "person_record_id") var person: PersonRecordModel
    @Field(key: "code") var code: String
    @Field(key: "source") var source: String
    @Field(key: "date") var date: String
    init() {}
}

/// An address the council marked as an institution: its residents are not one family.
final class EarlyHelpInstitutionModel: Model, @unchecked Sendable {
    static let schema = "early_help_institutions"
    @ID(key: .id) var id: UUID?
    @Parent(key: "council_id") var council: OrganisationModel
    @Field(key: "address_key") var addressKey: String
    @Field(key: "kind") var kind: String
    @Field(key: "label") var label: String
    init() {}
}

/// A shortlist the council sent a practice: the practice's own patient numbers, nothing else.
final class EarlyHelpShortlistModel: Model, @unchecked Sendable {
    static let schema = "early_help_shortlists"
    @ID(key: .id) var id: UUID?
    @Parent(key: "council_id") var council: OrganisationModel
    @Parent(key: "practice_id") var practice: OrganisationModel
    @Field(key: "agreement_id") var agreementID: UUID
    @Field(key: "as_of") var asOf: String
    @Field(key: "months") var months: Int
    @Field(key: "min_flags") var minFlags: Int
    @Field(key: "sent_at") var sentAt: Date
    @Field(key: "destroy_after") var destroyAfter: String
    init() {}
}

final class EarlyHelpShortlistEntryModel: Model, @unchecked Sendable {
    static let schema = "early_help_shortlist_entries"
    @ID(key: .id) var id: UUID?
    @Parent(key: "shortlist_id") var shortlist: EarlyHelpShortlistModel
    /// The council's person: never shown to the practice, which reads only its own number.
    @Parent(key: "council_person_id") var councilPerson: PersonRecordModel
    @Field(key: "practice_patient_id") var practicePatientID: String
    @Field(key: "flags") var flags: Int
    @Field(key: "health_flags") var healthFlags: Int
    init() {}
}

/// A case discussion between the council's early help team and a practice over one shortlist.
final class EarlyHelpMeetingModel: Model, @unchecked Sendable {
    static let schema = "early_help_meetings"
    @ID(key: .id) var id: UUID?
    @Parent(key: "shortlist_id") var shortlist: EarlyHelpShortlistModel
    @Field(key: "held_on") var heldOn: String
    @Field(key: "place") var place: String
    @Field(key: "created_by") var createdBy: String
    init() {}
}

final class EarlyHelpCaseOutcomeModel: Model, @unchecked Sendable {
    static let schema = "early_help_case_outcomes"
    @ID(key: .id) var id: UUID?
    @Parent(key: "entry_id") var entry: EarlyHelpShortlistEntryModel
    @Field(key: "council_disclosed") var councilDisclosed: String
    @Field(key: "practice_disclosed") var practiceDisclosed: String
    @Field(key: "outcome") var outcome: String
    @Field(key: "follow_up_owner") var followUpOwner: String
    @OptionalField(key: "follow_up_by") var followUpBy: String?
    @Field(key: "recorded_by") var recordedBy: String
    @Field(key: "recorded_at") var recordedAt: Date
    init() {}
}

/// One version of what one party disclosed about a case (migration 018); never changed, only followed.
final class EarlyHelpDisclosureModel: Model, @unchecked Sendable {
    static let schema = "early_help_disclosures"
    @ID(key: .id) var id: UUID?
    @Parent(key: "entry_id") var entry: EarlyHelpShortlistEntryModel
    @Field(key: "party_code") var partyCode: String
    @Field(key: "version") var version: Int
    @Field(key: "text") var text: String
    @Field(key: "agreement_id") var agreementID: UUID
    @Field(key: "recorded_by") var recordedBy: String
    @Field(key: "recorded_at") var recordedAt: Date
    init() {}
}

/// What a practice sent the council: the patient list to match, or pseudonymous demand codes.
enum ExtractKind: String {
    case patientList = "patient-list"
    case demandCodes = "demand-codes"

    var displayName: String {
        switch self {
        case .patientList: "Patient list"
        case .demandCodes: "Demand codes"
        }
    }
}
