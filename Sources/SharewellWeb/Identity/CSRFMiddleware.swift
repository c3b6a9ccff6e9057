import SharewellStore
import Vapor

/// Every form carries a token that a page from another site cannot know (`_csrf`): the signed-in
/// session's own, or before sign-in a random value also held in a cookie (double submit).
/// A request without the right one gets a 403 and changes nothing.
struct CSRFMiddleware: AsyncMiddleware {
    static let fieldName = "_csrf"
    static let cookieName = "sharewell-csrf"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        var cookieToSet: String?
        if request.signedIn == nil, request.cookies[Self.cookieName] == nil {
            cookieToSet = Secrets.newToken()
            request.storage[AnonymousTokenKey.self] = cookieToSet
        }
        if ![.GET, .HEAD].contains(request.method), !request.url.path.hasPrefix("/api/") {
            // A body bigger than one network read is still streaming here (routes collect theirs
            // later): gather it first, or a large upload would lose its token.
            if request.body.data == nil {
                let limit = request.headers.contentType?.type == "multipart" ? Int(AttendanceController.maximumUpload.value) : request.application.routes.defaultMaxBodySize.value
                _ = try await request.body.collect(max: limit).get()
            }
            let sent = (try? request.content.get(String.self, at: Self.fieldName)) ?? ""
            guard let expected = Self.expectedToken(request), !sent.isEmpty, Secrets.constantTimeEqual(sent, expected) else {
                throw Abort(.forbidden, reason: "This form could not be accepted because it was not sent from this service, or it was open too long. Go back, reload the page and send it again.")
            }
        }
        let response = try await next.respond(to: request)
        if let cookieToSet {
            response.cookies[Self.cookieName] = HTTPCookies.Value(string: cookieToSet, path: "/", isSecure: true, isHTTPOnly: true, sameSite: .strict)
        }
        return response
    }

    /// The token the request's forms must carry.
    static func expectedToken(_ request: Request) -> String? {
        request.signedIn?.csrfToken ?? request.cookies[cookieName]?.string ?? request.storage[AnonymousTokenKey.self]
    }

    private struct AnonymousTokenKey: StorageKey { typealias Value = String }
}
