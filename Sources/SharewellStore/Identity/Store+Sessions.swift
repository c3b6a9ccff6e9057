import FluentKit
import Foundation

/// A signed-in browser, as the web layer sees it on each request.
public struct SignedInSession: Sendable, Equatable {
    public let user: ActingUser
    public let csrfToken: String
    /// Password accepted, one-time code still to come.
    public let secondFactorPending: Bool
}

/// A session that has just ended, as the request that found it ended sees it.
public struct EndedSession: Sendable, Equatable {
    /// Its form token, so a form posted in it can be recognised as the session's own before it is kept.
    public let csrfToken: String
    public let userID: UUID
    /// When it timed out: its last activity plus `Store.idleTimeout` (for a disabled account, when
    /// that was found). A file sent soon after this can be kept; one sent much later is refused unread.
    public let endedAt: Date
    /// Its account as it is now; `nil` once the account is disabled, or when the session never got past
    /// the password (two-factor code still due), so nothing is kept for it: a password alone must not
    /// be enough to leave a file for the account's owner to import.
    public let owner: ActingUser?
}

/// What a session cookie led to.
public enum SessionLookup: Sendable, Equatable {
    case active(SignedInSession)
    /// Idle too long, or its account disabled: the session is gone and the user must sign in again.
    case expired(EndedSession)
    case unknown
}

extension Store {
    /// Idle time after which a session ends (a shared office computer left signed in).
    public static let idleTimeout: TimeInterval = 30 * 60

    /// Starts a session after a correct password; the account's failure count is cleared.
    /// Returns the cookie token, shown to nobody else and stored only as a hash.
    public func startSession(_ userID: UUID, secondFactorPending: Bool, at date: Date) async throws -> String {
        let token = Secrets.newToken()
        try await auditedTransaction { tx in
            guard let user = try await UserModel.find(userID, on: tx) else { return }
            user.failedSignIns = 0
            user.lockedUntil = nil
            try await user.save(on: tx)
            let session = SessionModel()
            session.tokenHash = Secrets.hash(token)
            session.$user.id = userID
            session.csrfToken = Secrets.newToken()
            session.secondFactorPending = secondFactorPending
            session.createdAt = date
            session.lastSeenAt = date
            try await session.create(on: tx)
            if !secondFactorPending {
                try await AuditLog.append(.signIn(userID.uuidString.lowercased()), by: try await Self.actingUser(user, on: tx), at: date, on: tx)
            }
        }
        return token
    }

    /// Completes a two-step sign-in: the half-session is replaced by a new full one (new token).
    public func completeSecondFactor(token: String, at date: Date) async throws -> String? {
        guard let session = try await SessionModel.query(on: db).filter(\.$tokenHash == Secrets.hash(token)).first(),
              session.secondFactorPending else { return nil }
        try await session.delete(on: db)
        return try await startSession(session.$user.id, secondFactorPending: false, at: date)
    }

    /// The session for a cookie: touching it keeps it alive; idle too long ends it.
    public func session(token: String, at date: Date) async throws -> SessionLookup {
        guard let session = try await SessionModel.query(on: db).filter(\.$tokenHash == Secrets.hash(token)).with(\.$user).first() else {
            return .unknown
        }
        guard date.timeIntervalSince(session.lastSeenAt) < Self.idleTimeout, !session.user.disabled else {
            try await session.delete(on: db)
            let disabled = session.user.disabled
            return .expired(EndedSession(csrfToken: session.csrfToken, userID: session.$user.id,
                                         endedAt: disabled ? date : session.lastSeenAt.addingTimeInterval(Self.idleTimeout),
                                         owner: disabled || session.secondFactorPending ? nil : try await Self.actingUser(session.user, on: db)))
        }
        // Write at most once a minute: a page of requests should not be a page of updates.
        if date.timeIntervalSince(session.lastSeenAt) > 60 {
            session.lastSeenAt = date
            try await session.save(on: db)
        }
        return .active(SignedInSession(user: try await Self.actingUser(session.user, on: db), csrfToken: session.csrfToken,
                                       secondFactorPending: session.secondFactorPending))
    }

    public func endSession(token: String, at date: Date) async throws {
        guard let session = try await SessionModel.query(on: db).filter(\.$tokenHash == Secrets.hash(token)).first() else { return }
        let userID = session.$user.id
        try await auditedTransaction { tx in
            try await session.delete(on: tx)
            if let user = try await UserModel.find(userID, on: tx) {
                try await AuditLog.append(.signOut(userID.uuidString.lowercased()), by: try await Self.actingUser(user, on: tx), at: date, on: tx)
            }
        }
    }
}
