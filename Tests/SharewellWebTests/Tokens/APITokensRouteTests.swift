import Foundation
import SharewellCore
import SharewellStore
import SharewellTestSupport
@testable import SharewellWeb
import Testing
import Vapor
import VaporTesting

/// Creating an API token is Post/Redirect/Get (review of 7 December, F5): the POST makes one token
/// and redirects; the page it leads to shows the secret once, never in its address.
@Suite("Creating an API token")
struct APITokensRouteTests {
    @Test("six copies of 'Create token' sent at once over real HTTP, as a script sends them, make one token; its secret is shown once",
          arguments: TestDatabase.available)
    func parallelCreateMakesOne(_ database: TestDatabase) async throws {
        try await AccountsFixture.with(database) { app, fixture in
            let admin = TestBrowser(app)
            try await admin.signIn(TestAccounts.email("administrator"))
            try await admin.get("/api-tokens")
            let csrf = try #require(admin.csrf)
            // A script: the session's cookie and form token, without the page's one-time submission token.
            let body = "name=School%20MIS&scopes%5B%5D=directory%3Aread&_csrf=\(csrf)"
            let headers: HTTPHeaders = ["Cookie": admin.cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; "),
                                        "Content-Type": "application/x-www-form-urlencoded"]
            app.http.client.configuration.redirectConfiguration = .disallow
            try await app.server.start(address: .hostname("127.0.0.1", port: 0))
            let port = try #require(app.http.server.shared.localAddress?.port)
            let answers: [ClientResponse]
            do {
                answers = try await withThrowingTaskGroup(of: ClientResponse.self) { group in
                    for _ in 0..<6 {
                        group.addTask { try await app.client.post(URI(string: "http://127.0.0.1:\(port)/api-tokens"), headers: headers) { $0.body = ByteBuffer(string: body) } }
                    }
                    return try await group.reduce(into: []) { $0.append($1) }
                }
            } catch {
                await app.server.shutdown()
                throw error
            }
            await app.server.shutdown()

            #expect(answers.allSatisfy { [303, 409].contains($0.status.code) } && answers.contains { $0.status.code == 303 }, "\(answers.map(\.status.code))")
            let store = Store(app.db)
            let administrator = try #require(try await store.actingUser(fixture.userIDs[.administrator]!))
            let tokens = try await store.apiTokens(for: administrator)
            #expect(tokens.count == 1, "one token, not \(tokens.count)")
            let id = try #require(tokens.first?.id).uuidString.lowercased()
            let locations = Set(answers.compactMap { $0.headers.first(name: .location) }.map { $0.replacingOccurrences(of: "?again=1", with: "") })
            #expect(locations == ["/api-tokens/\(id)/secret"], "every copy goes where the first went: \(locations)")
            #expect(locations.allSatisfy { !$0.contains("sw_") }, "the secret is never in an address")

            let shown = try await admin.get("/api-tokens/\(id)/secret").body.string
            let secret = try #require(shown.range(of: #"id="new-token" class="code-block">"#).map { String(shown[$0.upperBound...].prefix { $0 != "<" }) })
            #expect(secret.hasPrefix("sw_"))
            #expect(try await store.apiClient(token: secret, at: Date()) != nil, "the secret shown is the token's")
            let again = try await admin.get("/api-tokens/\(id)/secret").body.string
            #expect(!again.contains(#"id="new-token""#) && again.contains("was shown once and cannot be shown again"), "shown once")
        }
    }

    @Test("the page's own form: a double click makes one token and the secret waits only for the session that made it", arguments: TestDatabase.available)
    func doubleClick(_ database: TestDatabase) async throws {
        try await AccountsFixture.with(database) { app, fixture in
            let admin = TestBrowser(app)
            try await admin.signIn(TestAccounts.email("administrator"))
            try await admin.get("/api-tokens")
            let fields = [("name", "GP system"), ("scopes[]", "directory:read")]
            let first = try await admin.post("/api-tokens", fields: fields)
            let second = try await admin.post("/api-tokens", fields: fields)
            #expect(first.status == .seeOther && second.status == .seeOther)
            let location = try #require(first.headers.first(name: .location))
            let other = TestBrowser(app)
            try await other.signIn(TestAccounts.email("administrator"))
            let elsewhere = try await other.get(location).body.string
            #expect(!elsewhere.contains(#"id="new-token""#), "another session of the same person does not see it")
            #expect(try await admin.followed(first).body.string.contains(#"id="new-token""#))
            let administrator = try #require(try await Store(app.db).actingUser(fixture.userIDs[.administrator]!))
            #expect(try await Store(app.db).apiTokens(for: administrator).count == 1)
        }
    }
}
