import Foundation
import SharewellStore
import SharewellWeb
import Testing
import VaporTesting

/// A client that keeps cookies between requests and fills in each form's CSRF token, as a
/// browser would, over the application's real middleware and routes.
final class TestBrowser: @unchecked Sendable {
    let app: Application
    private(set) var cookies: [String: String] = [:]
    private(set) var lastHTML = ""

    init(_ app: Application) { self.app = app }

    /// Another tab of the same browser: the same cookies and page, for requests sent at once.
    init(sharing other: TestBrowser) { app = other.app; cookies = other.cookies; lastHTML = other.lastHTML }

    /// The one-time submission token of the forms on the last page.
    var submissionToken: String? {
        guard let range = lastHTML.range(of: #"name="_submission" value=""#) else { return nil }
        return String(lastHTML[range.upperBound...].prefix { $0 != "\"" })
    }

    /// The form token on the last page.
    var csrf: String? {
        guard let range = lastHTML.range(of: #"name="_csrf" value=""#) else { return nil }
        return String(lastHTML[range.upperBound...].prefix { $0 != "\"" })
    }

    @discardableResult
    func get(_ path: String, headers: HTTPHeaders = [:]) async throws -> TestingHTTPResponse {
        try await send(.GET, path, headers: headers, form: nil)
    }

    /// Posts a form; the CSRF token of the last page goes with it unless `csrf` says otherwise, and
    /// the page's one-time submission token, as a browser sends it (a second post from the same
    /// page with the same answers is a repeat: fetch the page again for a deliberate second one).
    @discardableResult
    func post(_ path: String, _ form: [String: String], csrf: String?? = .none) async throws -> TestingHTTPResponse {
        var fields = form
        switch csrf {
        case .none: if let token = self.csrf { fields["_csrf"] = token }
        case .some(let token?): fields["_csrf"] = token
        case .some(nil): break
        }
        if fields["_submission"] == nil, let token = submissionToken { fields["_submission"] = token }
        return try await send(.POST, path, headers: [:], form: fields)
    }

    /// Posts a form whose fields may repeat (checkboxes such as `items[]`), in order, with the form token.
    @discardableResult
    func post(_ path: String, fields: [(String, String)], headers extra: HTTPHeaders = [:]) async throws -> TestingHTTPResponse {
        let encode = { (text: String) in text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(.init(charactersIn: "-._~"))) ?? "" }
        // As a browser sends them: the page's form token and its one-time submission token.
        let submission = fields.contains { $0.0 == "_submission" } ? [] : submissionToken.map { [("_submission", $0)] } ?? []
        let body = (fields + (csrf.map { [("_csrf", $0)] } ?? []) + submission).map { encode($0.0) + "=" + encode($0.1) }.joined(separator: "&")
        var headers = extra
        headers.contentType = .urlEncodedForm
        return try await send(.POST, path, headers: headers, form: nil, body: body)
    }

    /// Posts a raw body (a CSV to the API, a multipart upload) with its content type.
    @discardableResult
    /// A successful form answers 303 (Post/Redirect/Get): the page it leads to, or the answer itself when it is not a redirect.
    func followed(_ response: TestingHTTPResponse) async throws -> TestingHTTPResponse {
        guard response.status == .seeOther, let location = response.headers.first(name: .location) else { return response }
        return try await get(location)
    }

    func post(_ path: String, body: String, contentType: HTTPMediaType, headers extra: HTTPHeaders = [:]) async throws -> TestingHTTPResponse {
        var headers = extra
        headers.contentType = contentType
        return try await send(.POST, path, headers: headers, form: nil, body: body)
    }

    private func send(_ method: HTTPMethod, _ path: String, headers: HTTPHeaders, form: [String: String]?, body: String? = nil) async throws -> TestingHTTPResponse {
        var headers = headers
        if !cookies.isEmpty { headers.replaceOrAdd(name: .cookie, value: cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")) }
        var result: TestingHTTPResponse?
        try await app.testing().test(method, path, headers: headers, beforeRequest: { req in
            if let form { try req.content.encode(form, as: .urlEncodedForm) }
            if let body { req.body = ByteBuffer(string: body) }
        }, afterResponse: { res async in result = res })
        let response = result!
        for (name, value) in response.headers.setCookie?.all ?? [:] {
            if value.string.isEmpty || value.expires.map({ $0 < Date() }) == true { cookies[name] = nil } else { cookies[name] = value.string }
        }
        if response.headers.contentType == .html { lastHTML = response.body.string }
        return response
    }

    /// Signs in through the real form.
    @discardableResult
    func signIn(_ email: String, password: String = TestAccounts.password, return path: String = "/") async throws -> TestingHTTPResponse {
        try await get("/sign-in")
        return try await post("/sign-in", ["email": email, "password": password, "return": path])
    }
}

/// Accounts the web tests sign in with: one per role at Mill Lane Surgery (P81001), and a
/// safeguarding lead at the school (200101) for "another organisation".
enum TestAccounts {
    static let password = "correct horse battery"

    static func email(_ role: String, _ code: String = "p81001") -> String { "\(role.lowercased())@\(code.lowercased()).example" }

    /// bcrypt is slow on purpose; test accounts use its lowest cost so hundreds of sign-ins stay quick
    /// (verifying follows the cost stored in the hash; real accounts get cost 12).
    static let passwordHash: String = try! Bcrypt.hash(password, cost: 4)
}
