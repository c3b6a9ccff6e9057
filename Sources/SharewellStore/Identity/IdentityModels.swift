import FluentKit
import Foundation

final class UserModel: Model, @unchecked Sendable {
    static let schema = "users"
    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: OrganisationModel
    @Field(key: "email") var email: String
    @Field(key: "display_name") var displayName: String
    @Field(key: "role") var role: String
    @Field(key: "password_hash") var passwordHash: String
    @OptionalField(key: "totp_secret") var totpSecret: String?
    @Field(key: "totp_confirmed") var totpConfirmed: Bool
    @OptionalField(key: "totp_last_step") var totpLastStep: Int64?
    @Field(key: "failed_sign_ins") var failedSignIns: Int
    @OptionalField(key: "locked_until") var lockedUntil: Date?
    @Field(key: "disabled") var disabled: Bool
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    /// Who made the account (an administrator), so that someone else approves it.
    @OptionalField(key: "created_by_user_id") var createdByUserID: UUID?
    /// `nil` while the account awaits a second person's approval: it cannot sign in.
    @OptionalField(key: "approved_at") var approvedAt: Date?
    @OptionalField(key: "approved_by") var approvedBy: String?
    /// The one-time link's secret, hashed, and when it stops working.
    @OptionalField(key: "activation_hash") var activationHash: String?
    @OptionalField(key: "activation_expires_at") var activationExpiresAt: Date?
    init() {}
}

final class SessionModel: Model, @unchecked Sendable {
    static let schema = "sessions"
    @ID(key: .id) var id: UUID?
    @Field(key: "token_hash") var tokenHash: String
    @Parent(key: "user_id") var user: UserModel
    @Field(key: "csrf_token") var csrfToken: String
    @Field(key: "second_factor_pending") var secondFactorPending: Bool
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "last_seen_at") var lastSeenAt: Date
    init() {}
}

final class APITokenModel: Model, @unchecked Sendable {
    static let schema = "api_tokens"
    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: OrganisationModel
    @Field(key: "name") var name: String
    @Field(key: "token_hash") var tokenHash: String
    /// Space-separated scopes.
    @Field(key: "scopes") var scopes: String
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "revoked_at") var revokedAt: Date?
    @OptionalField(key: "last_used_at") var lastUsedAt: Date?
    @OptionalField(key: "created_by_user_id") var createdByUserID: UUID?
    /// `nil` while a token that reads records awaits a second person's approval: it answers 401.
    @OptionalField(key: "approved_at") var approvedAt: Date?
    @OptionalField(key: "approved_by") var approvedBy: String?
    init() {}
}

/// A request to recover an account whose password or authenticator was lost (migration 023).
final class AccountRecoveryModel: Model, @unchecked Sendable {
    static let schema = "account_recoveries"
    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: OrganisationModel
    @Parent(key: "user_id") var user: UserModel
    /// Who asked (an administrator), so that someone else approves it.
    @OptionalField(key: "requested_by_user_id") var requestedByUserID: UUID?
    @Field(key: "requested_by") var requestedBy: String
    @Field(key: "reason") var reason: String
    @Field(key: "requested_at") var requestedAt: Date
    /// `nil` while the request awaits a second person's approval.
    @OptionalField(key: "approved_at") var approvedAt: Date?
    @OptionalField(key: "approved_by") var approvedBy: String?
    /// When the holder set a new password through the link the approval issued.
    @OptionalField(key: "completed_at") var completedAt: Date?
    init() {}
}

final class AuditEntryModel: Model, @unchecked Sendable {
    static let schema = "audit_entries"
    @ID(key: .id) var id: UUID?
    @Field(key: "sequence") var sequence: Int64
    @Field(key: "at") var at: String
    @Field(key: "actor") var actor: String
    @Field(key: "actor_name") var actorName: String
    @Field(key: "organisation") var organisation: String
    @Field(key: "action") var action: String
    @Field(key: "subject") var subject: String
    @Field(key: "purpose") var purpose: String
    @Field(key: "detail") var detail: String
    @Field(key: "previous_hash") var previousHash: String
    @Field(key: "hash") var hash: String
    @OptionalField(key: "text_digest") var textDigest: String?
    init() {}
}

/// An audit entry's free text, outside the chain so retention can purge it (`AuditLog`).
final class AuditTextModel: Model, @unchecked Sendable {
    static let schema = "audit_texts"
    @ID(key: .id) var id: UUID?
    @Field(key: "sequence") var sequence: Int64
    /// The entry's subject, so the text can be purged with what it is about.
    @Field(key: "subject") var subject: String
    @Field(key: "at") var at: String
    /// The digest's key: random for each text, destroyed with it, so a purged text's digest
    /// cannot be tested against guesses (a name, a date of birth).
    @Field(key: "digest_key") var digestKey: String
    @Field(key: "text") var text: String
    init() {}
}

final class PersonRecordModel: Model, @unchecked Sendable {
    static let schema = "person_records"
    @ID(key: .id) var id: UUID?
    @Parent(key: "owner_id") var owner: OrganisationModel
    @Field(key: "source") var source: String
    @Field(key: "local_id") var localID: String
    @OptionalField(key: "nhs_number") var nhsNumber: String?
    @Field(key: "given_name") var givenName: String
    @Field(key: "family_name") var familyName: String
    @Field(key: "date_of_birth") var dateOfBirth: String
    @Field(key: "sex") var sex: String
    @Field(key: "address_line") var addressLine: String
    @Field(key: "postcode") var postcode: String
    @OptionalField(key: "registered_practice_code") var registeredPracticeCode: String?
    init() {}
}
