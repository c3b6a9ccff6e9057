import FluentKit
import Foundation
import SharewellCore

/// Recovery of a lost password or authenticator follows the rule for new accounts (issue 14,
/// finding 9): an administrator asks, giving a reason, and nothing changes; a safeguarding lead or
/// IG lead of the same organisation, neither the one who asked nor the account's holder, approves;
/// approval clears the password and two-factor, ends the holder's sessions and issues a one-time
/// link (`issueLink`) with which the holder sets a new password. Every step is audited.
extension Store {
    /// The longest reason kept with a recovery request.
    public static let recoveryReasonLimit = 1_000

    /// Asks for the recovery of an account of the administrator's organisation. Every problem with
    /// the request is thrown at once (`StoreError.invalidFields`, naming `user` or `reason`); an
    /// account of another organisation is one the administrator cannot choose.
    @discardableResult
    public func requestAccountRecovery(of userID: UUID?, reason: String, by actor: ActingUser, at date: Date) async throws -> UUID {
        // Only a person asks: someone other than them must then approve.
        guard actor.may(.manageUsers), let organisationID = actor.organisationID, let requester = Self.personID(actor) else { throw StoreError.notAParty }
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        return try await auditedTransaction { tx in
            let user: UserModel? = if let userID {
                try await UserModel.query(on: tx).filter(\.$id == userID).filter(\.$organisation.$id == organisationID).first()
            } else { nil }
            var problems: [FieldProblem] = []
            if let user, Self.recoverable(user) {
                if try await Self.pendingRecovery(of: user.requireID(), on: tx) != nil {
                    problems.append(.init(field: "user", message: "The recovery of \(user.displayName)'s account already waits for approval"))
                }
            } else {
                problems.append(.init(field: "user", message: "Choose whose account to recover"))
            }
            if reason.isEmpty {
                problems.append(.init(field: "reason", message: "Enter why they need a new password or authenticator"))
            } else if reason.count > Self.recoveryReasonLimit {
                problems.append(.init(field: "reason", message: "Enter a reason of \(Self.recoveryReasonLimit) characters or fewer"))
            }
            guard problems.isEmpty, let user else { throw StoreError.invalidFields(problems) }
            let recovery = AccountRecoveryModel()
            recovery.$organisation.id = organisationID
            recovery.$user.id = try user.requireID()
            recovery.requestedByUserID = requester
            recovery.requestedBy = actor.displayName
            recovery.reason = reason
            recovery.requestedAt = date
            try await recovery.create(on: tx)
            try await AuditLog.append(.init(action: .requestAccountRecovery, subject: "user:\(try user.requireID().uuidString.lowercased())",
                                            detail: "awaiting a second person's approval", text: "reason: \(reason)"), by: actor, at: date, on: tx)
            return try recovery.requireID()
        }
    }

    /// Approves a recovery asked for by someone else, of someone else's account, in the approver's
    /// organisation: the old password and two-factor key stop working, the holder's sessions end, and
    /// the secret of the one-time link with which they set a new password is returned (shown once, kept hashed).
    public func approveAccountRecovery(_ id: UUID, by approver: ActingUser, at date: Date) async throws -> String {
        try await auditedTransaction { tx in
            let recovery = try await self.approving(AccountRecoveryModel.query(on: tx).filter(\.$id == id), by: approver, at: date)
            guard recovery.$user.id != Self.personID(approver) else { throw StoreError.ownAccountRecovery }
            guard let user = try await UserModel.find(recovery.$user.id, on: tx) else { throw StoreError.unknownAccessRequest }
            try await recovery.save(on: tx)
            let secret = Self.issueLink(to: user, at: date)
            // As a new account: no password anyone knows, and two-factor set up again after signing in.
            user.passwordHash = Self.noPassword
            user.totpSecret = nil; user.totpConfirmed = false; user.totpLastStep = nil
            try await user.save(on: tx)
            let ended = try await SessionModel.query(on: tx).filter(\.$user.$id == recovery.$user.id).count()
            try await SessionModel.query(on: tx).filter(\.$user.$id == recovery.$user.id).delete()
            try await AuditLog.append(.init(action: .approveAccountRecovery, subject: "user:\(recovery.$user.id.uuidString.lowercased())",
                                            detail: "password and two-factor cleared; \(ended) \(ended == 1 ? "session" : "sessions") ended; one-time link issued"),
                                      by: approver, at: date, on: tx)
            return secret
        }
    }

    /// An account can be recovered once it is approved, and while it is enabled.
    static func recoverable(_ user: UserModel) -> Bool { !user.disabled && user.approvedAt != nil }

    static func pendingRecovery(of userID: UUID, on database: any Database) async throws -> AccountRecoveryModel? {
        try await AccountRecoveryModel.query(on: database).filter(\.$user.$id == userID).filter(\.$approvedAt == nil).first()
    }
}
