import SharewellStore
import Vapor

/// "Nothing a user entered is ever lost, not even to a session time-out mid-form": a form posted
/// after the session ended is kept, the user signs in again, and the form comes back filled in.
enum PendingForm {
    static let cookieName = "sharewell-pending"
    /// Every form names the page it lives on, so it can be shown again there.
    static let pageField = "_form"

    /// What a page restoring a kept form says: plainly that nothing was saved, and why it was kept.
    static func notice(_ request: Request) -> String {
        if let field = tooLongField(request) {
            return "This has not been saved yet: what you typed in ‘\(FieldName.words(field))’ is longer than \(CSRFMiddleware.fieldLimit) characters. Shorten it and send the form again."
        }
        return "This has not been saved yet: we kept what you entered before your session timed out. Check it and send it again."
    }

    /// Keeps a form posted after the session timed out, and sends the user to sign in again.
    static func keep(_ request: Request, owner: UUID) async throws -> Response {
        let (page, token) = try await keepForm(request, owner: owner)
        let response = request.redirect(to: "/sign-in?timed-out=1&return=\(page.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/")", redirectType: .normal)
        response.cookies[cookieName] = pendingCookie(token)
        response.cookies[SessionAuthenticator.cookieName] = .expired
        return response
    }

    /// Keeps a form with a field too long for any field to hold and sends the user back to its page,
    /// where the form comes back filled in with the problem named: the text is not lost.
    static func keepTooLong(_ request: Request, owner: UUID, field: String) async throws -> Response {
        let (page, token) = try await keepForm(request, owner: owner)
        let response = request.redirect(to: page + (page.contains("?") ? "&" : "?") + "kept=too-long&field=\(field)", redirectType: .normal)
        response.cookies[cookieName] = pendingCookie(token)
        return response
    }

    /// The field named by a page's address after `keepTooLong`: a form field's name, or nothing.
    static func tooLongField(_ request: Request) -> String? {
        guard request.query[String.self, at: "kept"] == "too-long", let field = request.query[String.self, at: "field"],
              (1...60).contains(field.count), field.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "_-[]".contains($0)) }) else { return nil }
        return field
    }

    private static func keepForm(_ request: Request, owner: UUID) async throws -> (page: String, token: String) {
        // The body as sent (lists such as `items[]` included), less the spent form token.
        let body = request.body.string ?? ""
        let pairs = body.split(separator: "&").filter { !$0.hasPrefix("\(CSRFMiddleware.fieldName)=") }
        let page = (try? request.content.get(String.self, at: pageField)).flatMap(SignInController.safeReturnPath) ?? "/"
        let token = try await request.store.keepPendingForm(path: page, fields: [rawField: pairs.joined(separator: "&")], owner: owner, at: request.now)
        return (page, token)
    }

    private static func pendingCookie(_ token: String) -> HTTPCookies.Value {
        HTTPCookies.Value(string: token, maxAge: Int(Store.pendingFormLifetime), path: "/", isSecure: true, isHTTPOnly: true, sameSite: .lax)
    }

    private static let rawField = "body"

    /// The form kept for this page, if any (handed back once).
    static func take(_ request: Request) async throws -> Kept? {
        guard let token = request.cookies[cookieName]?.string, case .person(let user, _)? = request.auth.get(ActingUser.self)?.kind,
              let fields = try await request.store.takePendingForm(token: token, path: request.url.path, for: user) else { return nil }
        return Kept(body: fields[rawField] ?? "")
    }

    /// A kept form, read as the page's own form type or field by field.
    struct Kept {
        let body: String

        func decoded<Form: Decodable>(as type: Form.Type = Form.self) throws -> Form { try URLEncodedFormDecoder().decode(type, from: body) }

        /// The kept form as a request's content, for pages that read their fields one by one.
        func content() throws -> any ContentContainer { KeptContent(body: body) }

        /// One field's value; read pair by pair, so list fields elsewhere in the form do not get in the way.
        subscript(field: String) -> String? {
            for pair in body.split(separator: "&") {
                let parts = pair.split(separator: "=", maxSplits: 1).map { $0.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? "" }
                if parts.first == field { return parts.count > 1 ? parts[1] : "" }
            }
            return nil
        }
    }
}

/// A kept form body read through the `ContentContainer` interface pages already use.
private struct KeptContent: ContentContainer {
    let body: String
    var contentType: HTTPMediaType? { .urlEncodedForm }
    func decode<D: Decodable>(_ decodable: D.Type, using decoder: any ContentDecoder) throws -> D {
        // The decoder passed in carries `get(_:at:)`'s path; hand it the body as a request would.
        var headers = HTTPHeaders()
        headers.contentType = .urlEncodedForm
        return try decoder.decode(decodable, from: ByteBuffer(string: body), headers: headers)
    }
    mutating func encode<E: Encodable>(_ encodable: E, using encoder: any ContentEncoder) throws {
        throw Abort(.internalServerError, reason: "A kept form is read-only.")
    }
}
