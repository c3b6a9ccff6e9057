import SharewellCore
import SharewellStore
import Vapor

extension ActingUser: Authenticatable {}

/// The signed-in browser's session, kept on the request for CSRF checks and the header.
struct CurrentSession: StorageKey { typealias Value = SignedInSession }

extension Request {
    var signedIn: SignedInSession? { storage[CurrentSession.self] }

    /// The acting user, or the sign-in redirect (pages) / 401 (API) for an anonymous request.
    func actingUser() throws -> ActingUser {
        guard let user = auth.get(ActingUser.self) else { throw Unauthenticated() }
        return user
    }

    /// The acting user if they hold the permission; a 403 otherwise.
    func actingUser(may permission: Permission) throws -> ActingUser {
        let user = try actingUser()
        guard user.may(permission) else { throw AccessRefusal.permission(permission, user) }
        return user
    }
}

/// No one is signed in: pages send people to sign in, the API answers 401.
struct Unauthenticated: Error {}
