import FluentKit
import Foundation

final class AgreementModel: Model, @unchecked Sendable {
    static let schema = "agreements"
    @ID(key: .id) var id: UUID?
    @Parent(key: "created_by_organisation_id") var createdBy: OrganisationModel
    @Field(key: "created_at") var createdAt: Date
    @Children(for: \.$agreement) var versions: [AgreementVersionModel]
    @Children(for: \.$agreement) var events: [AgreementEventModel]
    init() {}
}

/// One version of an agreement's terms; its parties, items and legal bases are rows of their own
/// (migration 021), dates ISO `YYYY-MM-DD`.
final class AgreementVersionModel: Model, @unchecked Sendable {
    static let schema = "agreement_versions"
    @ID(key: .id) var id: UUID?
    @Parent(key: "agreement_id") var agreement: AgreementModel
    @Field(key: "version") var version: Int
    @Field(key: "title") var title: String
    @Field(key: "purpose") var purpose: String
    @OptionalField(key: "discloser") var discloser: String?
    @Field(key: "bulk") var bulk: Bool
    @Field(key: "dpia_reference") var dpiaReference: String
    @OptionalField(key: "dpia_date") var dpiaDate: String?
    @Field(key: "retention_months") var retentionMonths: Int
    @Field(key: "start_date") var startDate: String
    @Field(key: "review_date") var reviewDate: String
    @Field(key: "end_date") var endDate: String
    @Field(key: "change_note") var changeNote: String
    @Field(key: "created_by") var createdBy: String
    @Field(key: "created_at") var createdAt: Date
    @Children(for: \.$version) var approvals: [AgreementApprovalModel]
    @Children(for: \.$version) var partyRows: [AgreementVersionPartyModel]
    @Children(for: \.$version) var itemRows: [AgreementVersionItemModel]
    @Children(for: \.$version) var basisRows: [AgreementVersionBasisModel]
    init() {}
}

/// One party to a version, by its code.
final class AgreementVersionPartyModel: Model, @unchecked Sendable {
    static let schema = "agreement_version_parties"
    @ID(key: .id) var id: UUID?
    @Parent(key: "version_id") var version: AgreementVersionModel
    @Field(key: "position") var position: Int
    @Field(key: "organisation_code") var code: String
    init() {}
}

/// One data item a version allows.
final class AgreementVersionItemModel: Model, @unchecked Sendable {
    static let schema = "agreement_version_items"
    @ID(key: .id) var id: UUID?
    @Parent(key: "version_id") var version: AgreementVersionModel
    @Field(key: "position") var position: Int
    @Field(key: "item") var item: String
    init() {}
}

/// One legal basis a version rests on.
final class AgreementVersionBasisModel: Model, @unchecked Sendable {
    static let schema = "agreement_version_legal_bases"
    @ID(key: .id) var id: UUID?
    @Parent(key: "version_id") var version: AgreementVersionModel
    @Field(key: "position") var position: Int
    @Field(key: "basis") var basis: String
    init() {}
}

final class AgreementApprovalModel: Model, @unchecked Sendable {
    static let schema = "agreement_approvals"
    @ID(key: .id) var id: UUID?
    @Parent(key: "version_id") var version: AgreementVersionModel
    @Parent(key: "organisation_id") var organisation: OrganisationModel
    @Field(key: "approved_by") var approvedBy: String
    @Field(key: "approved_at") var approvedAt: Date
    init() {}
}

/// Suspended, resumed or ended, with why, by whom and when.
final class AgreementEventModel: Model, @unchecked Sendable {
    static let schema = "agreement_events"
    @ID(key: .id) var id: UUID?
    @Parent(key: "agreement_id") var agreement: AgreementModel
    @Field(key: "kind") var kind: String
    @Field(key: "reason") var reason: String
    @Field(key: "by") var by: String
    @OptionalField(key: "party") var storedParty: String?
    @Field(key: "at") var at: Date
    init() {}

    /// The acting party's code; events from before migration 012 carry it after the last comma of `by`.
    var party: String { storedParty ?? by.components(separatedBy: ", ").last ?? by }
}

final class ConsentEntryModel: Model, @unchecked Sendable {
    static let schema = "consent_entries"
    @ID(key: .id) var id: UUID?
    @Parent(key: "person_record_id") var person: PersonRecordModel
    @Field(key: "sequence") var sequence: Int
    @Field(key: "kind") var kind: String
    @Field(key: "scope") var scope: String
    @Field(key: "given_by") var givenBy: String
    @Field(key: "method") var method: String
    @Field(key: "given_on") var givenOn: String
    @OptionalField(key: "expires_on") var expiresOn: String?
    @Field(key: "note") var note: String
    @Field(key: "recorded_by") var recordedBy: String
    @Field(key: "recorded_at") var recordedAt: Date
    init() {}
}

final class SharingDecisionModel: Model, @unchecked Sendable {
    static let schema = "sharing_decisions"
    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: OrganisationModel
    @Field(key: "made_by") var madeBy: String
    @Field(key: "recipient") var recipient: String
    @Field(key: "purpose") var purpose: String
    @OptionalField(key: "person_record_id") var personRecordID: UUID?
    @OptionalField(key: "agreement_id") var agreementID: UUID?
    /// The facts as JSON, so the decision can be re-derived and checked later.
    @Field(key: "facts") var facts: String
    @Field(key: "outcome") var outcome: String
    /// The rule path, one rule per line.
    @Field(key: "path") var path: String
    @Field(key: "obligations") var obligations: String
    @Field(key: "justification") var justification: String
    @Field(key: "made_at") var madeAt: Date
    init() {}
}
