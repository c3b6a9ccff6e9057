import Foundation
import SharewellCore
import SharewellStore
import SharewellTestSupport
@testable import SharewellWeb
import Testing
import VaporTesting

/// Issue 14, finding 9: an administrator "reads no record" only if what they make cannot read records
/// until someone else approves it, and they never know its password.
@Suite("Second-person approval of access to records")
struct AccessApprovalTests {
    @Test("an account that reads records waits for a second person, whose one-time link lets its holder set their own password and two-factor", arguments: TestDatabase.available)
    func accountApproval(_ database: TestDatabase) async throws {
        let clock = TestClock()
        try await AccountsFixture.with(database, clock: clock) { app, _ in
            let admin = TestBrowser(app)
            try await admin.signIn(TestAccounts.email("administrator"))
            try await admin.get("/users/new")
            let made = try await admin.post("/users", ["name": "Sam Patel", "email": "sam.patel@p81001.example", "role": "practitioner", "password": "the admin's own choice"])
            #expect(made.status == .seeOther)
            let users = try await admin.followed(made).body.string
            #expect(users.contains("Awaiting approval") && users.contains("waits for your organisation's safeguarding lead"))
            // The password the administrator typed is not the account's: nobody can sign in as it.
            let sam = TestBrowser(app)
            try await sam.get("/sign-in")
            #expect(try await sam.post("/sign-in", ["email": "sam.patel@p81001.example", "password": "the admin's own choice"]).status == .unprocessableEntity)
            #expect(try await admin.post("/access-approvals/users/\(UUID().uuidString.lowercased())", [:]).status == .forbidden, "the administrator cannot approve")

            let lead = TestBrowser(app)
            try await lead.signIn(TestAccounts.email("safeguardingLead"))
            #expect(try await lead.get("/").body.string.contains("1 account or token waits for your approval"))
            let list = try await lead.get("/access-approvals").body.string
            let path = try #require(list.components(separatedBy: "action=\"").dropFirst().map { $0.prefix { $0 != "\"" } }.first { $0.contains("/access-approvals/users/") })
            let approved = try await lead.post(String(path), [:])
            #expect(approved.status == .seeOther && approved.headers.first(name: .location) == "/access-approvals", "Post/Redirect/Get")
            let shown = try await lead.followed(approved).body.string
            #expect(shown.contains("Give this one-time link to Sam Patel (sam.patel@p81001.example)"))
            let link = try #require(shown.components(separatedBy: "id=\"activation-link\">").dropFirst().first?.prefix { $0 != "<" })
            #expect(!(try await lead.get("/access-approvals").body.string.contains("activation-link")), "the link is shown once")
            #expect(try await lead.post(String(path), [:]).status == .conflict, "approved once")

            try await sam.get(String(link))
            #expect(sam.lastHTML.contains("Sam Patel, you sign in as sam.patel@p81001.example"))
            let mismatch = try await sam.post(String(link), ["password": "my very own password", "confirm": "something else entirely"])
            #expect(mismatch.status == .unprocessableEntity && mismatch.body.string.contains("Enter the same password twice"))
            let first = SignInTests.activationKey(sam.lastHTML)
            try await sam.get(String(link))
            let (shownKey, sealed) = SignInTests.activationKey(sam.lastHTML)
            let key = try #require(shownKey)
            #expect(key != first.key, "each showing has a key of its own: whoever opened the link before its holder cannot know theirs")
            let wrongCode = try await sam.post(String(link), ["password": "my very own password", "confirm": "my very own password", "code": "000000", "key": sealed])
            #expect(wrongCode.status == .unprocessableEntity && wrongCode.body.string.contains("Enter the 6-digit code your authenticator app shows now"))
            #expect(SignInTests.shownKey(wrongCode.body.string) == key.base32, "a failed try keeps the key being set up")
            let forged = try await sam.post(String(link), ["password": "my very own password", "confirm": "my very own password",
                                                           "code": key.code(step: TOTP.timeStep(at: clock.now)), "key": key.base32])
            #expect(forged.status == .unprocessableEntity, "a key the server did not seal is not taken")
            #expect(try await sam.get(String(link)).status == .ok, "a wrong code sets nothing and the link still works")
            let set = try await sam.post(String(link), ["password": "my very own password", "confirm": "my very own password",
                                                        "code": key.code(step: TOTP.timeStep(at: clock.now)), "key": sealed])
            #expect(set.status == .seeOther && set.headers.first(name: .location) == "/sign-in?activated=1")
            #expect(try await sam.get(String(link)).status == .notFound, "the link works once")
            clock.advance(by: 30)
            let signedIn = try await sam.signIn("sam.patel@p81001.example", password: "my very own password", return: "/records")
            #expect(signedIn.headers.first(name: .location) == "/sign-in/code?return=%2Frecords", "two-factor is on from the start")
            try await sam.get("/sign-in/code?return=%2Frecords")
            let code = try await sam.post("/sign-in/code", ["code": key.code(step: TOTP.timeStep(at: clock.now)), "return": "/records"])
            #expect(code.headers.first(name: .location) == "/records")
            #expect(try await sam.get("/records").status == .ok)
        }
    }

    @Test("a one-time link's secret never reaches the request log")
    func secretNotLogged() {
        #expect(RequestLogMiddleware.loggable("/activate/s3cr3t-value") == "/activate/…")
        #expect(RequestLogMiddleware.loggable("/records") == "/records")
    }

    @Test("a token that reads records answers 401 until a second person approves it")
    func tokenApproval() async throws {
        try await AccountsFixture.with { app, fixture in
            let store = Store(app.db)
            let admin = try #require(try await store.actingUser(fixture.userIDs[.administrator]!))
            let token = try await store.createAPIToken(organisationCode: "P81001", name: "GP system", scopes: [.recordsRead], by: admin, at: Date())
            let path = "/api/v1/records/\(fixture.ownRecord.uuidString.lowercased())"
            #expect(try await TestBrowser(app).get(path, headers: ["Authorization": "Bearer \(token.secret)"]).status == .unauthorized)
            let lead = try #require(try await store.actingUser(fixture.userIDs[.informationGovernanceLead]!))
            #expect(try await store.pendingAccess(for: lead).map(\.kind) == [.token])
            try await store.approveAPIToken(token.id, by: lead, at: Date())
            #expect(try await TestBrowser(app).get(path, headers: ["Authorization": "Bearer \(token.secret)"]).status == .ok)
            let other = try #require(try await store.actingUser(fixture.foreignUser))
            await #expect(throws: StoreError.unknownAccessRequest, "another organisation's approver finds nothing") {
                try await store.approveAPIToken(token.id, by: other, at: Date())
            }
        }
    }
}
