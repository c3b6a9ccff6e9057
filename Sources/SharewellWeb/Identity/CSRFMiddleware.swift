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
        if request.url.query?.lowercased().contains("%00") == true { throw Self.nulCharacter }
        if ![.GET, .HEAD].contains(request.method), !request.isMachineInterface {
            // A body bigger than one network read is still streaming here (routes collect theirs
            // later): gather it first, or a large upload would lose its token.
            try await Self.collectBody(request, limit: Self.bodyLimit(request))
            if Self.carriesNUL(request) { throw Self.nulCharacter }
            let sent = (try? request.content.get(String.self, at: Self.fieldName)) ?? ""
            guard let expected = Self.expectedToken(request), !sent.isEmpty, Secrets.constantTimeEqual(sent, expected) else {
                throw Self.refused
            }
            // A field longer than any field holds: the form comes back filled in with the problem
            // named, instead of a bare refusal that loses what was typed (issue 15).
            if let session = request.signedIn, !session.secondFactorPending, let userID = session.user.userID, let field = Self.overlongField(request) {
                return try await PendingForm.keepTooLong(request, owner: userID, field: field)
            }
        }
        let response = try await next.respond(to: request)
        if let cookieToSet {
            response.cookies[Self.cookieName] = HTTPCookies.Value(string: cookieToSet, path: "/", isSecure: true, isHTTPOnly: true, sameSite: .strict)
        }
        return response
    }

    /// Where a file may be sent: only the paths the pathways name (`WebPathway.uploads`), and only
    /// for a signed-in session (or one that timed out within the hour: `TimedOutUpload`), may send a
    /// body as large as an upload. Anything else is refused before more than a form's worth is read,
    /// so anonymous requests (to any path, existing or not) cannot make the server hold 64 MB each.
    /// Each path says who may send there, so a signed-in user who may not is refused before their
    /// file is read (a panel member's 60 MB once took 54 s and 190 MB to be told 403).
    static var uploadPaths: [String: @Sendable (ActingUser) -> Bool] { WebPathways.uploads }

    static func bodyLimit(_ request: Request) -> Int {
        // A half sign-in (a password without its code) is no one yet: it may send no more than a stranger.
        guard let session = request.signedIn, !session.secondFactorPending else { return request.application.routes.defaultMaxBodySize.value }
        if mayUpload(request, as: session.user) { return Int(UploadLimit.maximum.value) }
        // A signed-in person's typed form may be long (a pasted letter): read up to a generous limit,
        // so an overlong field can be given back rather than refused unread.
        return request.headers.contentType == .urlEncodedForm ? Self.formLimit : request.application.routes.defaultMaxBodySize.value
    }

    /// A file sent to an upload path by someone who may send one there: its body may be as large as an
    /// upload. The same test lets a file sent just after a time-out be kept (`TimedOutUpload`).
    static func mayUpload(_ request: Request, as user: ActingUser) -> Bool {
        request.headers.contentType?.type == "multipart" && uploadPaths[request.url.path]?(user) == true
    }

    /// Reads a streaming body into memory, at most `limit` bytes (413 beyond, unread when its length says so).
    static func collectBody(_ request: Request, limit: Int) async throws {
        if let data = request.body.data {
            if data.readableBytes > limit { throw Self.tooLarge }
            return
        }
        if let length = request.headers.first(name: .contentLength).flatMap(Int.init), length > limit { throw Self.tooLarge }
        do { _ = try await request.body.collect(max: limit).get() } catch { throw Self.tooLarge }
    }

    /// The most a signed-in person's form is read, and the longest any one field may be.
    static let formLimit = 1_048_576
    static let fieldLimit = 20_000

    /// The first field of a typed form longer than any field holds.
    static func overlongField(_ request: Request) -> String? {
        guard request.headers.contentType == .urlEncodedForm, let body = request.body.string else { return nil }
        for pair in body.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, parts[1].count > fieldLimit else { continue }
            let value = parts[1].replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(parts[1])
            if value.count > fieldLimit { return parts[0].removingPercentEncoding ?? String(parts[0]) }
        }
        return nil
    }

    /// A NUL in typed text is never meant, and the databases cannot keep it (SQLite cuts the text
    /// there, PostgreSQL refuses it): a form or address carrying one is refused before it is read.
    static func carriesNUL(_ request: Request) -> Bool {
        guard request.headers.contentType == .urlEncodedForm, let body = request.body.data else { return false }
        return body.readableBytesView.contains(0) || String(buffer: body).lowercased().contains("%00")
    }

    static let nulCharacter = Abort(.badRequest, reason: "What was sent holds a NUL character (%00), which no field accepts. Remove it and send the form again.")

    static let refused = Abort(.forbidden, reason: "This form could not be accepted because it was not sent from this service, or it was open too long. Go back, reload the page and send it again.")

    static let tooLarge = Abort(.payloadTooLarge, reason: "What was sent is larger than this form accepts. A file goes on its upload page, at most 64 MB.")

    /// The token the request's forms must carry.
    static func expectedToken(_ request: Request) -> String? {
        request.signedIn?.csrfToken ?? request.cookies[cookieName]?.string ?? request.storage[AnonymousTokenKey.self]
    }

    private struct AnonymousTokenKey: StorageKey { typealias Value = String }
}
