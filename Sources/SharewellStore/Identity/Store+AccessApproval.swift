import FluentKit
import Foundation
import SharewellCore

/// An account, token or account recovery waiting for a second person's approval, as an approver sees it.
public struct PendingAccess: Sendable, Equatable {
    public enum Kind: String, Sendable { case account, token, recovery }
    public let kind: Kind
    public let id: UUID
    /// The person's name and email, or the token's name and scopes.
    public let name: String
    public let detail: String
    public let createdAt: Date?
    /// The approver made it or asked for it themselves, so someone else must approve it.
    public let madeByYou: Bool
    /// A recovery of the approver's own account: someone else must approve it.
    public var yourOwnAccount = false

    /// The approver may approve it: they neither asked for it nor hold the account.
    public var approvable: Bool { !madeByYou && !yourOwnAccount }
}

/// Who may set a password and two-factor through a one-time link.
public struct Activation: Sendable, Equatable {
    public let displayName: String
    public let email: String
}

/// What using a one-time link came to.
public enum ActivationResult: Sendable, Equatable {
    case done
    /// The code is not the app's code for the key shown: nothing was set.
    case wrongCode
    /// Used, expired or never issued.
    case linkGone
}

extension Store {
    /// How long a one-time link to set a password works.
    public static let activationLifetime: TimeInterval = 72 * 3600
    /// A password hash nothing matches (bcrypt hashes start with `$2`).
    static let noPassword = "!"

    /// The maker's user id when a thing an administrator makes must wait for a second person; `nil`
    /// when it takes effect at once (it reads nothing, or the operator made it with a command).
    static func awaitsApproval(_ needed: Bool, by actor: ActingUser) -> UUID? {
        guard needed, case .person(let maker, _) = actor.kind else { return nil }
        return maker
    }

    /// Accounts and tokens of the approver's organisation waiting for approval, oldest first.
    public func pendingAccess(for approver: ActingUser) async throws -> [PendingAccess] {
        guard approver.may(.approveAccess), let organisationID = approver.organisationID, case .person(let me, _) = approver.kind else { return [] }
        let accounts = try await UserModel.query(on: db).filter(\.$organisation.$id == organisationID).filter(\.$approvedAt == nil).all().map {
            PendingAccess(kind: .account, id: try $0.requireID(), name: $0.displayName, detail: "\($0.email), \(Role(rawValue: $0.role)?.displayName ?? $0.role)",
                          createdAt: $0.createdAt, madeByYou: $0.createdByUserID == me)
        }
        let tokens = try await APITokenModel.query(on: db).filter(\.$organisation.$id == organisationID).filter(\.$approvedAt == nil).filter(\.$revokedAt == nil).all().map {
            PendingAccess(kind: .token, id: try $0.requireID(), name: $0.name, detail: "API token: \($0.scopes)", createdAt: $0.createdAt, madeByYou: $0.createdByUserID == me)
        }
        let recoveries = try await AccountRecoveryModel.query(on: db).filter(\.$organisation.$id == organisationID).filter(\.$approvedAt == nil)
            .with(\.$user).all().map {
                PendingAccess(kind: .recovery, id: try $0.requireID(), name: $0.user.displayName,
                              detail: "\($0.user.email): lost password or authenticator. Asked by \($0.requestedBy): \($0.reason)",
                              createdAt: $0.requestedAt, madeByYou: $0.requestedByUserID == me, yourOwnAccount: $0.$user.id == me)
            }
        return (accounts + tokens + recoveries).sorted { ($0.createdAt ?? .distantPast) < ($1.createdAt ?? .distantPast) }
    }

    /// Approves an account made by someone else in the approver's organisation, and returns the
    /// secret of the one-time link its holder uses to set their own password (shown once, kept hashed).
    public func approveAccount(_ id: UUID, by approver: ActingUser, at date: Date) async throws -> String {
        try await auditedTransaction { tx in
            let user = try await self.approving(UserModel.query(on: tx).filter(\.$id == id), by: approver, at: date)
            let secret = Self.issueLink(to: user, at: date)
            try await user.save(on: tx)
            try await AuditLog.append(.init(action: .approveUser, subject: "user:\(id.uuidString.lowercased())", detail: "role \(user.role); one-time link issued"),
                                      by: approver, at: date, on: tx)
            return secret
        }
    }

    /// Approves a token that reads records, made by someone else in the approver's organisation.
    public func approveAPIToken(_ id: UUID, by approver: ActingUser, at date: Date) async throws {
        try await auditedTransaction { tx in
            let token = try await self.approving(APITokenModel.query(on: tx).filter(\.$id == id), by: approver, at: date)
            try await token.save(on: tx)
            try await AuditLog.append(.init(action: .approveAPIToken, subject: "api_token:\(id.uuidString.lowercased())", detail: "scopes \(token.scopes)"),
                                      by: approver, at: date, on: tx)
        }
    }

    /// Whose link this is, while it works. Looking changes nothing: the approver who hands the link
    /// over may open it too, so no key is fixed until its holder sends a code for it.
    public func activation(_ secret: String, at date: Date) async throws -> Activation? {
        try await activatable(secret, at: date, on: db).map { Activation(displayName: $0.displayName, email: $0.email) }
    }

    /// A new authenticator key for a link's page, and the key sealed with the server key for the
    /// page's form: each showing of the page has its own, so whoever saw the page before its holder
    /// (the approver) cannot know the key the holder sets up.
    public func newActivationKey() throws -> (key: TOTP, sealed: String) {
        let key = TOTP.generate()
        return (key, try sealed(key))
    }

    /// The key a link's form carries, if it is one this server sealed.
    public func activationKey(sealed: String) -> TOTP? {
        guard ServerSecrets.isSealed(sealed), let secrets, let text = try? secrets.open(sealed) else { return nil }
        return TOTP(base32: text)
    }

    /// The holder of a working link sets their password and two-factor (a code from the app proves
    /// the key shown is in it); the link then stops working. Nothing changes unless both are right.
    public func activate(_ secret: String, passwordHash: String, key sealedKey: String, code: String, at date: Date) async throws -> ActivationResult {
        guard let key = activationKey(sealed: sealedKey) else { return .wrongCode }
        return try await auditedTransaction { tx in
            guard let user = try await self.activatable(secret, at: date, on: tx) else { return .linkGone }
            guard let step = key.matchingStep(for: code, at: date) else { return .wrongCode }
            user.passwordHash = passwordHash; user.activationHash = nil; user.activationExpiresAt = nil
            user.failedSignIns = 0; user.lockedUntil = nil
            user.totpSecret = try self.sealed(key); user.totpConfirmed = true; user.totpLastStep = step
            try await user.save(on: tx)
            // The link of an approved recovery, or else the first link of a new account.
            let recoveries = try await AccountRecoveryModel.query(on: tx).filter(\.$user.$id == user.requireID())
                .filter(\.$approvedAt != nil).filter(\.$completedAt == nil).all()
            for recovery in recoveries { recovery.completedAt = date; try await recovery.save(on: tx) }
            let subject = "user:\(try user.requireID().uuidString.lowercased())"
            let event: AuditEvent = recoveries.isEmpty
                ? .init(action: .activateUser, subject: subject, detail: "password and two-factor set through the one-time link")
                : .init(action: .completeAccountRecovery, subject: subject, detail: "new password and two-factor set through the one-time link")
            try await AuditLog.append(event, by: try await Self.actingUser(user, on: tx), at: date, on: tx)
            return .done
        }
    }

    private func activatable(_ secret: String, at date: Date, on database: any Database) async throws -> UserModel? {
        guard !secret.isEmpty, let user = try await UserModel.query(on: database).filter(\.$activationHash == Secrets.hash(secret)).first(),
              let expires = user.activationExpiresAt, expires > date, user.approvedAt != nil, !user.disabled else { return nil }
        return user
    }

    /// A new one-time link for the account (hashed, working for `activationLifetime`); its secret, shown once.
    static func issueLink(to user: UserModel, at date: Date) -> String {
        let secret = Secrets.newToken()
        user.activationHash = Secrets.hash(secret); user.activationExpiresAt = date.addingTimeInterval(Self.activationLifetime)
        return secret
    }

    /// The model, marked approved (not yet saved), if it waits in the approver's organisation and
    /// someone other than the approver asked for it; a 404, 409 or 403 otherwise.
    func approving<M: AwaitingApproval>(_ query: QueryBuilder<M>, by approver: ActingUser, at date: Date) async throws -> M {
        guard approver.may(.approveAccess), let organisationID = approver.organisationID,
              let model = try await query.first(), model.owningOrganisation == organisationID else { throw StoreError.unknownAccessRequest }
        guard model.approvedAt == nil else { throw StoreError.alreadyApproved }
        guard model.askedBy != Self.personID(approver) else { throw StoreError.ownAccessRequest }
        model.approvedAt = date; model.approvedBy = approver.displayName
        return model
    }

    static func personID(_ actor: ActingUser) -> UUID? {
        if case .person(let id, _) = actor.kind { id } else { nil }
    }
}

/// What waits in one organisation for a second person's approval: who asked for it may not give it.
protocol AwaitingApproval: Model {
    var owningOrganisation: UUID { get }
    /// The person who made or asked for it.
    var askedBy: UUID? { get }
    var approvedAt: Date? { get set }
    var approvedBy: String? { get set }
}
extension UserModel: AwaitingApproval {
    var owningOrganisation: UUID { $organisation.id }
    var askedBy: UUID? { createdByUserID }
}
extension APITokenModel: AwaitingApproval {
    var owningOrganisation: UUID { $organisation.id }
    var askedBy: UUID? { createdByUserID }
}
extension AccountRecoveryModel: AwaitingApproval {
    var owningOrganisation: UUID { $organisation.id }
    var askedBy: UUID? { requestedByUserID }
}
