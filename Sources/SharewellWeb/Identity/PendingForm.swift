import SharewellStore
import Vapor

/// "Nothing a user entered is ever lost, not even to a session time-out mid-form": a form posted
/// after the session ended is kept, the user signs in again, and the form comes back filled in.
enum PendingForm {
    static let cookieName = "sharewell-pending"
    /// Every form names the page it lives on, so it can be shown again there.
    static let pageField = "_form"

    static func keep(_ request: Request) async throws -> Response {
        var fields = (try? request.content.decode([String: String].self)) ?? [:]
        let page = fields[pageField].flatMap(SignInController.safeReturnPath) ?? "/"
        fields[CSRFMiddleware.fieldName] = nil
        let token = try await request.store.keepPendingForm(path: page, fields: fields, at: request.now)
        let response = request.redirect(to: "/sign-in?timed-out=1&return=\(page.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/")", redirectType: .normal)
        response.cookies[cookieName] = HTTPCookies.Value(string: token, maxAge: Int(Store.pendingFormLifetime), path: "/", isSecure: true, isHTTPOnly: true, sameSite: .lax)
        response.cookies[SessionAuthenticator.cookieName] = .expired
        return response
    }

    /// The values kept for this page, if any (handed back once).
    static func take(_ request: Request) async throws -> [String: String]? {
        guard let token = request.cookies[cookieName]?.string else { return nil }
        return try await request.store.takePendingForm(token: token, path: request.url.path)
    }
}
