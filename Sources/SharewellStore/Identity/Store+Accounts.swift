import FluentKit
import Foundation
import SharewellCore

/// A new account as an administrator or `sharewell user add` describes it.
public struct NewUser: Sendable {
    public var organisationCode: String
    public var email: String
    public var displayName: String
    public var role: Role
    /// Already hashed by the caller (bcrypt, in the web module).
    public var passwordHash: String

    public init(organisationCode: String, email: String, displayName: String, role: Role, passwordHash: String) {
        self.organisationCode = organisationCode; self.email = email; self.displayName = displayName
        self.role = role; self.passwordHash = passwordHash
    }
}

/// What sign-in needs to know about an account.
public struct Credentials: Sendable {
    public let userID: UUID
    public let passwordHash: String
    public let lockedUntil: Date?
    public let disabled: Bool
    public let totp: TOTP?
    public let totpLastStep: Int64?
}

/// An account as an administrator sees it.
public struct UserSummary: Sendable, Equatable {
    public let id: UUID
    public let email: String
    public let displayName: String
    public let role: Role
    public let twoFactor: Bool
    public let disabled: Bool
    public let locked: Bool
    /// Waiting for a second person to approve it (it cannot sign in yet).
    public var awaitingApproval = false
    /// A lost password or authenticator may be recovered (the account is approved and enabled).
    public var recoverable = false
    /// A recovery was asked for and waits for a second person to approve it.
    public var recoveryAwaitingApproval = false
}

extension Store {
    /// Failed sign-ins in a row that lock an account, and for how long.
    public static let lockoutThreshold = 5
    public static let lockoutDuration: TimeInterval = 15 * 60

    /// Creates an account; refuses a malformed or taken email and an unknown organisation.
    @discardableResult
    public func addUser(_ new: NewUser, by actor: ActingUser, at date: Date) async throws -> UUID {
        let email = new.email.trimmingCharacters(in: .whitespaces).lowercased()
        guard Self.isPlausibleEmail(email) else { throw StoreError.invalidEmail(new.email) }
        return try await auditedTransaction { tx in
            guard let organisation = try await OrganisationModel.query(on: tx).filter(\.$code == new.organisationCode.uppercased()).first() else {
                throw StoreError.unknownOrganisation(new.organisationCode)
            }
            if try await UserModel.query(on: tx).filter(\.$email == email).first() != nil { throw StoreError.duplicateEmail(email) }
            let user = UserModel()
            user.$organisation.id = try organisation.requireID()
            user.email = email
            user.displayName = new.displayName.trimmingCharacters(in: .whitespaces)
            user.role = new.role.rawValue
            user.passwordHash = new.passwordHash
            user.totpConfirmed = false
            user.failedSignIns = 0
            user.disabled = false
            let pending = Self.awaitsApproval(new.role.needsSecondPersonApproval, by: actor)
            if let maker = pending {
                // No password its maker knows: the person sets one through the link an approver issues.
                user.passwordHash = Self.noPassword
                user.createdByUserID = maker
            } else {
                user.approvedAt = date; user.approvedBy = actor.displayName
            }
            try await user.create(on: tx)
            let id = try user.requireID()
            try await AuditLog.append(.init(action: .createUser, subject: "user:\(id.uuidString.lowercased())",
                                            detail: "role \(new.role.rawValue) in \(organisation.code)\(pending == nil ? "" : ", awaiting a second person's approval")"), by: actor, at: date, on: tx)
            return id
        }
    }

    /// Whether an account already has this address (compared as `addUser` stores it), so the
    /// "Add a user" form can say so together with its other problems.
    public func accountExists(email: String) async throws -> Bool {
        try await UserModel.query(on: db).filter(\.$email == email.trimmingCharacters(in: .whitespaces).lowercased()).first() != nil
    }

    /// One `@`, something before it and a dotted domain after it, no spaces, at most 254 characters.
    public static func isPlausibleEmail(_ email: String) -> Bool {
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !parts[1].hasPrefix(".")
            && !parts[1].hasSuffix(".") && email.count <= 254 && !email.contains(where: \.isWhitespace)
    }

    public func credentials(email: String) async throws -> Credentials? {
        guard let user = try await UserModel.query(on: db).filter(\.$email == email.trimmingCharacters(in: .whitespaces).lowercased()).first() else {
            return nil
        }
        return Credentials(userID: try user.requireID(), passwordHash: user.passwordHash, lockedUntil: user.lockedUntil,
                           disabled: user.disabled || user.approvedAt == nil, totp: user.totpConfirmed ? try totp(user.totpSecret) : nil,
                           totpLastStep: user.totpLastStep)
    }

    /// Counts a failed sign-in; the fifth in a row locks the account. Returns the lock's end, if locked.
    public func recordFailedSignIn(_ userID: UUID, at date: Date) async throws -> Date? {
        try await auditedTransaction { tx in
            guard let user = try await UserModel.find(userID, on: tx) else { return nil }
            user.failedSignIns += 1
            if user.failedSignIns >= Self.lockoutThreshold {
                user.lockedUntil = date.addingTimeInterval(Self.lockoutDuration)
                user.failedSignIns = 0
            }
            try await user.save(on: tx)
            let actor = try await Self.actingUser(user, on: tx)
            try await AuditLog.append(.signInFailed(userID.uuidString.lowercased(), locked: user.lockedUntil.map { $0 > date } ?? false), by: actor, at: date, on: tx)
            return user.lockedUntil.flatMap { $0 > date ? $0 : nil }
        }
    }

    /// The acting user for an account, as sessions and audit entries name it.
    /// A server-side command acting for one organisation with only the permissions it needs.
    public func commandActor(_ command: String, organisationCode: String, permissions: Set<Permission>) async throws -> ActingUser {
        guard let organisation = try await OrganisationModel.query(on: db).filter(\.$code == organisationCode).first() else {
            throw StoreError.unknownOrganisation(organisationCode)
        }
        return ActingUser(kind: .command(name: command, permissions: permissions), organisationID: try organisation.requireID(), organisationCode: organisation.code,
                          displayName: "sharewell \(command)", organisationKind: try stored("organisations.kind", organisation.kind))
    }

    public func actingUser(_ userID: UUID) async throws -> ActingUser? {
        guard let user = try await UserModel.find(userID, on: db) else { return nil }
        return try await Self.actingUser(user, on: db)
    }

    static func actingUser(_ user: UserModel, on db: any Database) async throws -> ActingUser {
        let organisation = try await OrganisationModel.find(user.$organisation.id, on: db)
        return ActingUser(kind: .person(userID: try user.requireID(), role: try stored("users.role", user.role)),
                          organisationID: user.$organisation.id, organisationCode: organisation?.code ?? "", displayName: user.displayName,
                          organisationKind: try organisation.map { organisation throws(StoreError) in try stored("organisations.kind", organisation.kind) })
    }

    /// The accounts of the administrator's own organisation.
    public func users(for actor: ActingUser, at date: Date) async throws -> [UserSummary] {
        guard actor.may(.manageUsers), let organisationID = actor.organisationID else { return [] }
        let recovering = Set(try await AccountRecoveryModel.query(on: db).filter(\.$organisation.$id == organisationID).filter(\.$approvedAt == nil).all().map(\.$user.id))
        return try await UserModel.query(on: db).filter(\.$organisation.$id == organisationID).sort(\.$displayName).all().map {
            UserSummary(id: try $0.requireID(), email: $0.email, displayName: $0.displayName, role: try stored("users.role", $0.role),
                        twoFactor: $0.totpConfirmed, disabled: $0.disabled, locked: $0.lockedUntil.map { $0 > date } ?? false,
                        awaitingApproval: $0.approvedAt == nil, recoverable: Self.recoverable($0), recoveryAwaitingApproval: recovering.contains(try $0.requireID()))
        }
    }

    /// Disables (or re-enables) an account of the administrator's own organisation; `false` if it is not theirs.
    public func setDisabled(_ userID: UUID, _ disabled: Bool, by actor: ActingUser, at date: Date) async throws -> Bool {
        guard actor.may(.manageUsers), let organisationID = actor.organisationID else { return false }
        return try await auditedTransaction { tx in
            guard let user = try await UserModel.query(on: tx).filter(\.$id == userID).filter(\.$organisation.$id == organisationID).first() else { return false }
            user.disabled = disabled
            try await user.save(on: tx)
            if disabled { try await SessionModel.query(on: tx).filter(\.$user.$id == userID).delete() }
            try await AuditLog.append(.init(action: disabled ? .disableUser : .enableUser, subject: "user:\(userID.uuidString.lowercased())"), by: actor, at: date, on: tx)
            return true
        }
    }

    /// Stores a new, unconfirmed TOTP key; sign-in asks for codes only once one is confirmed.
    public func beginTwoFactor(_ userID: UUID, secret: TOTP) async throws {
        guard let user = try await UserModel.find(userID, on: db) else { return }
        user.totpSecret = try sealed(secret)
        user.totpConfirmed = false
        try await user.save(on: db)
    }

    /// When the account's lock ends, if it is locked at `date`.
    public func lockedUntil(_ userID: UUID, at date: Date) async throws -> Date? {
        try await UserModel.find(userID, on: db)?.lockedUntil.flatMap { $0 > date ? $0 : nil }
    }

    public func pendingTwoFactorSecret(_ userID: UUID) async throws -> TOTP? {
        try totp(try await UserModel.find(userID, on: db)?.totpSecret)
    }

    /// Confirms the pending key with a code from the app; `false` if the code does not match.
    public func confirmTwoFactor(_ userID: UUID, code: String, at date: Date) async throws -> Bool {
        try await auditedTransaction { tx in
            guard let user = try await UserModel.find(userID, on: tx), let totp = try self.totp(user.totpSecret),
                  let step = totp.matchingStep(for: code, at: date) else { return false }
            user.totpConfirmed = true
            user.totpLastStep = step
            try await user.save(on: tx)
            try await AuditLog.append(.init(action: .twoFactorEnabled, subject: "user:\(userID.uuidString.lowercased())"),
                                      by: try await Self.actingUser(user, on: tx), at: date, on: tx)
            return true
        }
    }

    /// Accepts a code once, and never while the account is locked: the step is remembered so a code seen over a shoulder cannot be replayed.
    public func acceptTwoFactorCode(_ userID: UUID, code: String, at date: Date) async throws -> Bool {
        guard let user = try await UserModel.find(userID, on: db), user.totpConfirmed,
              user.lockedUntil.map({ $0 <= date }) ?? true,  // a locked account takes no code, right or wrong
              let totp = try totp(user.totpSecret), let step = totp.matchingStep(for: code, at: date),
              step > (user.totpLastStep ?? .min) else { return false }
        user.totpLastStep = step
        try await user.save(on: db)
        return true
    }
}

extension Store {
    public func credentials(forUser userID: UUID) async throws -> Credentials? {
        guard let user = try await UserModel.find(userID, on: db) else { return nil }
        return try await credentials(email: user.email)
    }

    public func email(of userID: UUID) async throws -> String? {
        try await UserModel.find(userID, on: db)?.email
    }
}

extension Store {
    /// A stored TOTP key: sealed (or, from before sealing, plain base32 until `sealPlainSecrets` runs).
    func totp(_ stored: String?) throws -> TOTP? {
        guard let stored else { return nil }
        guard ServerSecrets.isSealed(stored) else { return TOTP(base32: stored) }
        guard let secrets else { throw StoreError.sealing("this store was opened without the server key") }
        return TOTP(base32: try secrets.open(stored))
    }

    func sealed(_ totp: TOTP) throws -> String {
        guard let secrets else { throw StoreError.sealing("this store was opened without the server key") }
        return try secrets.seal(totp.base32)
    }

    /// Seals every TOTP key stored in plain text before sealing existed; run at start-up. Returns how many.
    public func sealPlainSecrets() async throws -> Int {
        var sealedCount = 0
        for user in try await UserModel.query(on: db).filter(\.$totpSecret != nil).all() {
            guard let stored = user.totpSecret, !ServerSecrets.isSealed(stored), let key = TOTP(base32: stored) else { continue }
            user.totpSecret = try sealed(key)
            try await user.save(on: db)
            sealedCount += 1
        }
        return sealedCount
    }
}
