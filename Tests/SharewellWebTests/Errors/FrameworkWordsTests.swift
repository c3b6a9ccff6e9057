import Foundation
import SharewellCore
import SharewellStore
import SharewellTestSupport
@testable import SharewellWeb
import Testing
import VaporTesting

/// No page a person reads, and no API problem, carries the framework's words ("No value found
/// (expected type 'String') at path 'reason'"): every decoding error is turned into plain words
/// naming the field, in one place (review of issue 17, item 6).
@Suite("No framework words")
struct FrameworkWordsTests {
    static let frameworkWords = ["No value found", "Value was not of type", "Data corrupted", "at path", "expected type", "Decoding error",
                                 "codingPath", "Could not convert", "Underlying error", "keyNotFound", "typeMismatch", "Can't decode",
                                 "has not been configured", "FileSystemError", "Payload Too Large", "Unsupported Media Type"]

    static func expectPlain(_ response: TestingHTTPResponse, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(response.status.code < 500, "\(what): \(response.status)", sourceLocation: sourceLocation)
        let body = response.body.string
        for words in frameworkWords where body.contains(words) {
            Issue.record("\(what): ‘\(words)’ in \(body.prefix(600))", sourceLocation: sourceLocation)
        }
    }

    /// The forms on a page that post, with the names of their fields.
    static func forms(_ html: String) -> [(action: String, fields: [String])] {
        html.components(separatedBy: "<form ").dropFirst().compactMap { chunk in
            let form = chunk.components(separatedBy: "</form>")[0]
            guard form.hasPrefix(#"method="post""#), let action = attribute("action", in: form) else { return nil }
            let names = form.components(separatedBy: #"name=""#).dropFirst().map { String($0.prefix { $0 != "\"" }) }
            return (action, Array(Set(names)).filter { !$0.hasPrefix("_") && $0 != "action" }.sorted())
        }
    }

    private static func attribute(_ name: String, in tag: String) -> String? {
        guard let range = tag.range(of: "\(name)=\"") else { return nil }
        return String(tag[range.upperBound...].prefix { $0 != "\"" })
    }

    @Test("every form on every page, sent with one field as a list (‘reason[]’) or as invalid UTF-8, gets plain words naming it",
          arguments: TestDatabase.available)
    func everyForm(_ database: TestDatabase) async throws {
        try await AccountsFixture.with(database) { app, fixture in
            let pages = RouteAccessTests.routes.filter { $0.method == .GET && !$0.path.hasPrefix("/api") && !$0.path.hasSuffix(".csv") }
                .map { $0.path.replacingOccurrences(of: "{own}", with: fixture.ownRecord.uuidString.lowercased()) }
                .filter { !$0.contains("{") }
            var formsSent = 0
            for email in [TestAccounts.email("safeguardingLead"), TestAccounts.email("informationGovernanceLead"), TestAccounts.email("administrator"),
                          TestAccounts.email("analyst"), TestAccounts.email("safeguardinglead", "200101")] {
                let browser = TestBrowser(app)
                try await browser.signIn(email)
                for page in pages {
                    guard try await browser.get(page).status == .ok else { continue }
                    for form in Self.forms(browser.lastHTML) where !form.action.contains("sign-out") && !form.action.contains("/suspend") {
                        for field in form.fields {
                            try await browser.get(page)
                            let others = form.fields.filter { $0 != field }.map { "\($0)=x" }
                            for bad in ["\(field)[]=x", "\(field)=%FF%FE", "\(field)[x]=1"] {
                                let body = (others + [bad, "_csrf=\(browser.csrf ?? "")", "_form=\(page)"]).joined(separator: "&")
                                Self.expectPlain(try await browser.post(form.action, body: body, contentType: .urlEncodedForm), "\(email) \(form.action) \(bad)")
                                formsSent += 1
                            }
                        }
                    }
                }
            }
            #expect(formsSent > 100, "the walk reached the forms: \(formsSent)")
        }
    }

    @Test("queries with a list, a number too large or invalid UTF-8 get plain words; the API answers problem+json naming the field",
          arguments: TestDatabase.available)
    func queries(_ database: TestDatabase) async throws {
        try await AccountsFixture.with(database) { app, _ in
            let school = TestBrowser(app)
            try await school.signIn(TestAccounts.email("safeguardinglead", "200101"))
            for path in ["/records?page=99999999999999999999", "/records?page[]=1", "/directory?kind[]=x", "/attendance/poor?below[]=1&from=2025-09-03&to=2025-12-19",
                         "/attendance/illness?days[]=1&from=2025-09-03&to=2025-12-19", "/directory?q=%FF%FE"] {
                Self.expectPlain(try await school.get(path), path)
            }
            let page = try await school.get("/records?page=99999999999999999999")
            #expect(page.status == .badRequest && page.body.string.contains("‘page’ must be a whole number"), "\(page.body.string.prefix(400))")
            let token = try await Store(app.db).createAPIToken(organisationCode: "P81001", name: "Directory", scopes: [.directoryRead], by: .system("test"), at: Date())
            let api = try await school.get("/api/v1/organisations?kind[]=x", headers: ["Authorization": "Bearer \(token.secret)"])
            Self.expectPlain(api, "API kind[]")
            #expect(api.status == .badRequest && api.headers.contentType?.subType == "problem+json")
            let problem = try api.json(ProblemBody.self)
            #expect(problem.errors?.first?.field == "kind" && problem.detail.contains("‘kind’"), "\(problem)")
        }
    }

    @Test("an upload whose file name holds a bare quote is refused in words, not 'Data corrupted at path'", arguments: TestDatabase.available)
    func brokenFileName(_ database: TestDatabase) async throws {
        try await AccountsFixture.with(database) { app, _ in
            let school = TestBrowser(app)
            try await school.signIn(TestAccounts.email("safeguardinglead", "200101"))
            try await school.get("/attendance/import")
            let boundary = "sharewell-boundary"
            let body = "--\(boundary)\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n\(school.csrf ?? "")\r\n"
                + "--\(boundary)\r\nContent-Disposition: form-data; name=\"marks\"; filename=\"a\"b.csv\"\r\nContent-Type: text/csv\r\n\r\nupn,date,session,code\n\r\n--\(boundary)--\r\n"
            let res = try await school.post("/attendance/import", body: body, contentType: HTTPMediaType(type: "multipart", subType: "form-data", parameters: ["boundary": boundary]))
            Self.expectPlain(res, "quote in file name")
            #expect(res.status.code >= 400)
        }
    }

    @Test("a field's name is said in words", arguments: [("internalNotes", "internal notes"), ("follow_up_by[day]", "follow up by (day)"), ("reason", "reason"),
                                                          ("confirm[]", "confirm"), ("as_of", "as of")])
    func fieldWords(_ name: String, _ words: String) {
        #expect(FieldName.words(name) == words)
    }
}
