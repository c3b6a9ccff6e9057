import SharewellStore
import Vapor

/// Reads the session cookie, applies the idle timeout, and signs the request in.
/// A form posted after the session timed out is kept (see `PendingForm`), and a file sent soon after
/// it (see `TimedOutUpload`), so nothing is lost.
struct SessionAuthenticator: AsyncMiddleware {
    static let cookieName = "sharewell-session"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        // The API is for machine clients with tokens: a browser's cookie never authorises it.
        guard !request.isMachineInterface, let token = request.cookies[Self.cookieName]?.string else {
            return try await next.respond(to: request)
        }
        switch try await request.store.session(token: token, at: request.now) {
        case .active(let session):
            request.storage[CurrentSession.self] = session
            if !session.secondFactorPending { request.auth.login(session.user) }
            return try await next.respond(to: request)
        case .expired(let ended):
            request.storage[SessionExpiredKey.self] = true
            if request.method == .POST, !request.url.path.hasPrefix("/sign-in") {
                // A file is kept sealed, soon after the time-out only, and read only then (`TimedOutUpload`).
                if TimedOutUpload.isUpload(request) { return try await TimedOutUpload.keep(request, from: ended) }
                // Kept only if the form came from the session's own pages: another site cannot
                // plant a form to come back "filled in" after the user signs in again; nor can
                // someone who had the password but never got past the code (`owner` is then nil).
                let sent = (try? request.content.get(String.self, at: CSRFMiddleware.fieldName)) ?? ""
                guard ended.owner != nil, !sent.isEmpty, Secrets.constantTimeEqual(sent, ended.csrfToken) else { throw CSRFMiddleware.refused }
                return try await PendingForm.keep(request, owner: ended.userID)
            }
            let response = try await next.respond(to: request)
            response.cookies[Self.cookieName] = .expired
            return response
        case .unknown:
            let response = try await next.respond(to: request)
            response.cookies[Self.cookieName] = .expired
            return response
        }
    }

    static func cookie(_ token: String) -> HTTPCookies.Value {
        // Secure: browsers still send it to http://localhost, and nowhere else over plain HTTP.
        HTTPCookies.Value(string: token, maxAge: Int(Store.idleTimeout) * 24, path: "/", isSecure: true, isHTTPOnly: true, sameSite: .lax)
    }
}

struct SessionExpiredKey: StorageKey { typealias Value = Bool }

/// `Authorization: Bearer …` for machine clients under /api/v1.
struct BearerAuthenticator: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if request.isMachineInterface, let bearer = request.headers.bearerAuthorization {
            guard let client = try await request.store.apiClient(token: bearer.token, at: request.now) else {
                throw Abort(.unauthorized, headers: ["WWW-Authenticate": "Bearer error=\"invalid_token\""], reason: "The API token is not valid or has been revoked.")
            }
            request.auth.login(client)
        }
        return try await next.respond(to: request)
    }
}
