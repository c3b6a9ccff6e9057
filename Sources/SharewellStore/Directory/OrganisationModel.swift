import FluentKit
import Foundation

/// A directory entry as stored (`organisations`).
final class OrganisationModel: Model, @unchecked Sendable {
    static let schema = "organisations"

    @ID(key: .id) var id: UUID?
    @Field(key: "code") var code: String
    @Field(key: "kind") var kind: String
    @Field(key: "name") var name: String
    @Field(key: "address_line") var addressLine: String
    @Field(key: "town") var town: String
    @Field(key: "postcode") var postcode: String
    @Field(key: "secure_mailbox") var secureMailbox: String
    @Field(key: "direct_phone") var directPhone: String
    /// Postcode sectors, comma-separated (a sector contains a space).
    @Field(key: "catchment") var catchment: String
    /// Lower-case name and code, so one `LIKE` finds either on both databases.
    @Field(key: "search_text") var searchText: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    @Children(for: \.$organisation) var safeguardingContacts: [SafeguardingContactModel]

    init() {}
}

/// A designated safeguarding lead or deputy (`safeguarding_contacts`).
final class SafeguardingContactModel: Model, @unchecked Sendable {
    static let schema = "safeguarding_contacts"
    static let lead = "lead", deputy = "deputy"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: OrganisationModel
    @Field(key: "role") var role: String
    @Field(key: "name") var name: String
    @Field(key: "job_title") var jobTitle: String
    @Field(key: "secure_email") var secureEmail: String
    @Field(key: "direct_phone") var directPhone: String

    init() {}
}
