import Foundation
import SharewellCore
import SharewellStore
import SharewellTestSupport
@testable import SharewellWeb
import Testing
import VaporTesting

@Suite("Signing in")
struct SignInTests {
    @Test("a correct password signs in with a secure session cookie; sign-out ends the session", arguments: TestDatabase.available)
    func signInAndOut(_ database: TestDatabase) async throws {
        try await AccountsFixture.with(database) { app, _ in
            let browser = TestBrowser(app)
            let res = try await browser.signIn(TestAccounts.email("safeguardingLead"), return: "/records")
            #expect(res.status == .seeOther)
            #expect(res.headers.first(name: .location) == "/records")
            let cookie = try #require(res.headers.setCookie?[SessionAuthenticator.cookieName])
            #expect(cookie.isSecure && cookie.isHTTPOnly && cookie.sameSite == .lax)
            #expect(try await browser.get("/records").status == .ok)
            #expect(browser.lastHTML.contains("Test safeguardingLead, P81001"))
            let out = try await browser.post("/sign-out", [:])
            #expect(out.status == .seeOther)
            let after = try await browser.get("/records")
            #expect(after.status == .seeOther)
            #expect(after.headers.first(name: .location)?.hasPrefix("/sign-in?return=") == true)
        }
    }

    @Test("wrong or missing details are explained, and nobody is signed in")
    func wrongPassword() async throws {
        try await AccountsFixture.with { app, _ in
            let browser = TestBrowser(app)
            let empty = try await browser.signIn("", password: "")
            #expect(empty.status == .unprocessableEntity)
            #expect(browser.lastHTML.contains(##"<a href="#email">Enter your email address</a>"##))
            #expect(browser.lastHTML.contains(##"<a href="#password">Enter your password</a>"##))
            let wrong = try await browser.signIn(TestAccounts.email("practitioner"), password: "not the password")
            #expect(wrong.status == .unprocessableEntity)
            #expect(browser.lastHTML.contains("Enter a correct email address and password"))
            #expect(browser.lastHTML.contains(#"value="practitioner@p81001.example""#))
            let nobody = try await browser.signIn("nobody@nowhere.example")
            #expect(nobody.status == .unprocessableEntity)
            #expect(browser.lastHTML.contains("Enter a correct email address and password"))
            #expect(browser.cookies[SessionAuthenticator.cookieName] == nil)
        }
    }

    @Test("five wrong passwords lock the account; a stranger cannot tell a locked account from one that does not exist; the owner is told (issue 14)")
    func lockout() async throws {
        try await AccountsFixture.with { app, _ in
            let browser = TestBrowser(app)
            for _ in 1...5 { try await browser.signIn(TestAccounts.email("practitioner"), password: "wrong password!") }
            let lockedWrong = try await browser.signIn(TestAccounts.email("practitioner"), password: "wrong password!")
            let lockedText = Self.errorText(browser.lastHTML)
            let nobody = try await browser.signIn("nobody@p81001.example", password: "wrong password!")
            #expect(lockedWrong.status == nobody.status && lockedText == Self.errorText(browser.lastHTML) && !lockedText.isEmpty)
            #expect(!lockedText.contains("This account is locked"))
            let right = try await browser.signIn(TestAccounts.email("practitioner"))
            #expect(right.status == .unprocessableEntity)
            #expect(browser.lastHTML.contains("locked"))
        }
    }

    @Test("on a demo server, whose passwords are published, wrong passwords lock no account (the review of 7 December 2026)")
    func demoAccountsDoNotLock() async throws {
        try await withSharewell(organisations: [.example], demo: true, prepare: { store in
            _ = try await store.addUser(NewUser(organisationCode: "P81001", email: TestAccounts.email("practitioner"), displayName: "Practitioner",
                                                role: .practitioner, passwordHash: TestAccounts.passwordHash), by: .system("test"), at: Date())
        }) { app in
            let browser = TestBrowser(app)
            for _ in 1...(Store.lockoutThreshold + 2) { try await browser.signIn(TestAccounts.email("practitioner"), password: "wrong password!") }
            #expect(try await browser.signIn(TestAccounts.email("practitioner")).status == .seeOther, "the newcomer still gets in")
        }
    }

    @Test("a form without the right CSRF token is refused with 403 and changes nothing")
    func csrf() async throws {
        try await AccountsFixture.with { app, _ in
            let browser = TestBrowser(app)
            try await browser.get("/sign-in")
            let missing = try await browser.post("/sign-in", ["email": TestAccounts.email("administrator"), "password": TestAccounts.password], csrf: .some(nil))
            #expect(missing.status == .forbidden)
            let forged = try await browser.post("/sign-in", ["email": TestAccounts.email("administrator"), "password": TestAccounts.password], csrf: "forged")
            #expect(forged.status == .forbidden)
            #expect(browser.cookies[SessionAuthenticator.cookieName] == nil)

            try await browser.signIn(TestAccounts.email("administrator"))
            let create = try await browser.post("/users", ["name": "Eve", "email": "eve@p81001.example", "role": "practitioner", "password": "long enough password"], csrf: "forged")
            #expect(create.status == .forbidden)
            try await browser.get("/users")
            #expect(!browser.lastHTML.contains("eve@p81001.example"))
        }
    }

    @Test("two-factor: set up with the shown key, then sign-in needs a code from it", arguments: TestDatabase.available)
    func twoFactor(_ database: TestDatabase) async throws {
        let clock = TestClock()
        try await AccountsFixture.with(database, clock: clock) { app, _ in
            let browser = TestBrowser(app)
            try await browser.signIn(TestAccounts.email("safeguardingLead"))
            try await browser.get("/account/two-factor")
            let key = Self.shownKey(browser.lastHTML)
            let totp = try #require(TOTP(base32: key))
            #expect(browser.lastHTML.contains("otpauth://totp/Sharewell:safeguardinglead@p81001.example?secret=\(key)"))
            let wrong = try await browser.post("/account/two-factor", ["code": "000000" == totp.code(step: TOTP.timeStep(at: clock.now)) ? "111111" : "000000"])
            #expect(wrong.status == .unprocessableEntity)
            let right = try await browser.post("/account/two-factor", ["code": totp.code(step: TOTP.timeStep(at: clock.now))])
            #expect(right.status == .ok)
            #expect(browser.lastHTML.contains("Two-factor authentication is now on"))
            try await browser.post("/sign-out", [:])

            clock.advance(by: 90)
            let first = try await browser.signIn(TestAccounts.email("safeguardingLead"), return: "/records")
            #expect(first.headers.first(name: .location) == "/sign-in/code?return=%2Frecords")
            #expect(try await browser.get("/records").status == .seeOther, "a password alone must not sign in")
            try await browser.get("/sign-in/code?return=%2Frecords")
            let code = try await browser.post("/sign-in/code", ["code": totp.code(step: TOTP.timeStep(at: clock.now)), "return": "/records"])
            #expect(code.status == .seeOther)
            #expect(code.headers.first(name: .location) == "/records")
            #expect(try await browser.get("/records").status == .ok)
        }
    }

    @Test("after 30 idle minutes a posted form is kept, and comes back filled in after signing in again")
    func timeoutKeepsForm() async throws {
        let clock = TestClock()
        try await AccountsFixture.with(clock: clock) { app, _ in
            let browser = TestBrowser(app)
            try await browser.signIn(TestAccounts.email("administrator"))
            try await browser.get("/users/new")
            clock.advance(by: Store.idleTimeout + 60)
            let sent = try await browser.post("/users", ["_form": "/users/new", "name": "Sam Patel", "email": "sam.patel@p81001.example",
                                                         "role": "practitioner", "password": "a long first password"])
            #expect(sent.status == .seeOther)
            #expect(sent.headers.first(name: .location) == "/sign-in?timed-out=1&return=%2Fusers%2Fnew")
            try await browser.get("/sign-in?timed-out=1&return=%2Fusers%2Fnew")
            #expect(browser.lastHTML.contains("Your session timed out"))
            let again = try await browser.post("/sign-in", ["email": TestAccounts.email("administrator"), "password": TestAccounts.password, "return": "/users/new"])
            #expect(again.headers.first(name: .location) == "/users/new")
            try await browser.get("/users/new")
            #expect(browser.lastHTML.contains(#"value="Sam Patel""#))
            #expect(browser.lastHTML.contains(#"value="sam.patel@p81001.example""#))
            #expect(browser.lastHTML.contains(#"<option value="practitioner" selected="selected">"#))
            #expect(browser.lastHTML.contains("This has not been saved yet: we kept what you entered"))
            #expect(!browser.lastHTML.contains("a long first password"), "a password is never echoed back")
        }
    }

    @Test("a form posted after a half sign-in (password, no code) timed out is refused, not kept for the account's owner")
    func halfSignedInFormIsNotKept() async throws {
        let clock = TestClock()
        try await AccountsFixture.with(clock: clock) { app, _ in
            let owner = TestBrowser(app)
            try await owner.signIn(TestAccounts.email("safeguardingLead"))
            try await owner.get("/account/two-factor")
            let totp = try #require(TOTP(base32: Self.shownKey(owner.lastHTML)))
            #expect(try await owner.post("/account/two-factor", ["code": totp.code(step: TOTP.timeStep(at: clock.now))]).status == .ok)

            // Someone with the password alone gets a half session, then waits for it to time out.
            let intruder = TestBrowser(app)
            #expect(try await intruder.signIn(TestAccounts.email("safeguardingLead"), return: "/records").headers.first(name: .location)?.hasPrefix("/sign-in/code") == true)
            try await intruder.get("/sign-in/code?return=%2Frecords")
            let csrf = try #require(intruder.csrf)
            clock.advance(by: Store.idleTimeout + 60)
            let planted = try await intruder.post("/records/00000000-0000-0000-0000-000000000000/consent",
                                                  fields: [("_csrf", csrf), ("_form", "/records"), ("givenBy", "planted words")])
            #expect(planted.status == .forbidden)

            clock.advance(by: 30)
            try await owner.signIn(TestAccounts.email("safeguardingLead"), return: "/records")
            try await owner.get("/sign-in/code?return=%2Frecords")
            try await owner.post("/sign-in/code", ["code": totp.code(step: TOTP.timeStep(at: clock.now)), "return": "/records"])
            #expect(!(try await owner.get("/records").body.string.contains("planted words")))
        }
    }

    @Test("a return path to another site is ignored", arguments: ["//evil.example/", "https://evil.example/", "/\\evil.example"])
    func openRedirect(_ target: String) async throws {
        try await AccountsFixture.with { app, _ in
            let browser = TestBrowser(app)
            let res = try await browser.signIn(TestAccounts.email("practitioner"), return: target)
            #expect(res.headers.first(name: .location) == "/")
        }
    }

    @Test("a demo server offers one account per job on the sign-in page and every account, one per role per organisation, on its own page; no accounts otherwise")
    func demoAccounts() async throws {
        try await withSharewell(organisations: [], demo: true) { app in
            let browser = TestBrowser(app)
            try await browser.get("/sign-in")
            #expect(browser.lastHTML.contains("demo-password"))
            #expect(browser.lastHTML.contains("practitioner@201101.demo") && browser.lastHTML.contains(#"href="/sign-in/demo-accounts""#))
            #expect(!browser.lastHTML.contains("safeguardinglead@p81001.demo"), "the full list is on its own page")
            #expect(try await browser.get("/sign-in/demo-accounts").status == .ok)
            #expect(browser.lastHTML.contains("safeguardinglead@p81001.demo") && browser.lastHTML.contains("demo-password"))
            let res = try await browser.signIn("safeguardinglead@p81001.demo", password: "demo-password", return: "/records")
            #expect(res.headers.first(name: .location) == "/records")
        }
        try await AccountsFixture.with { app, _ in
            let browser = TestBrowser(app)
            try await browser.get("/sign-in")
            #expect(!browser.lastHTML.contains("demo-password"))
            #expect(try await browser.get("/sign-in/demo-accounts").status == .notFound)
            #expect(try await browser.signIn("safeguardinglead@p81001.demo", password: "demo-password").status == .unprocessableEntity)
        }
    }

    @Test("after signing in, only a path on this site is followed: every way a browser reads as another site goes home (issue 14)",
          arguments: ["/\t/evil.example", "/\n/evil.example", "/\r/evil.example", "//evil.example", "/\\evil.example", "\\/evil.example",
                      "https://evil.example", "evil.example", "/ /evil.example", "/\u{00A0}/evil.example", "/\u{2028}/evil", "/%09\t/evil", ""])
    func noOpenRedirect(_ target: String) async throws {
        #expect(SignInController.safeReturnPath(target) == nil)
        try await AccountsFixture.with { app, _ in
            let res = try await TestBrowser(app).signIn(TestAccounts.email("safeguardingLead"), return: target)
            #expect(res.status == .seeOther && res.headers.first(name: .location) == "/", "\(target.debugDescription)")
        }
    }

    @Test("paths on this site are kept as they are", arguments: ["/records", "/records?page=2&q=ava", "/attendance/poor?from=2025-09-03&to=2025-12-19", "/"])
    func keepsLocalPaths(_ target: String) {
        #expect(SignInController.safeReturnPath(target) == target)
    }

    @Test("two-factor codes cannot be guessed: five wrong codes end the half-signed-in session and the lock refuses even the right code (issue 14)",
          arguments: TestDatabase.available)
    func twoFactorGuessing(_ database: TestDatabase) async throws {
        let clock = TestClock()
        try await AccountsFixture.with(database, clock: clock) { app, _ in
            let browser = TestBrowser(app)
            try await browser.signIn(TestAccounts.email("safeguardingLead"))
            try await browser.get("/account/two-factor")
            let key = Self.shownKey(browser.lastHTML)
            try await browser.get("/account/two-factor")
            #expect(Self.shownKey(browser.lastHTML) == key, "showing the set-up page again must not change the key")
            let totp = try #require(TOTP(base32: key))
            #expect(try await browser.post("/account/two-factor", ["code": totp.code(step: TOTP.timeStep(at: clock.now))]).status == .ok)
            try await browser.post("/sign-out", [:])

            clock.advance(by: 90)
            let guesser = TestBrowser(app)
            try await guesser.signIn(TestAccounts.email("safeguardingLead"))
            let right = totp.code(step: TOTP.timeStep(at: clock.now)), wrong = right == "000000" ? "111111" : "000000"
            for attempt in 1...Store.lockoutThreshold {
                try await guesser.get("/sign-in/code")
                let res = try await guesser.post("/sign-in/code", ["code": wrong, "return": "/"])
                #expect(res.status == .unprocessableEntity, "attempt \(attempt)")
            }
            #expect(guesser.lastHTML.contains("locked"))
            let after = try await guesser.post("/sign-in/code", ["code": right, "return": "/"])
            #expect(!(after.status == .seeOther && after.headers.first(name: .location) == "/"), "the half-session was ended: \(after.status)")
            #expect(try await guesser.get("/records").status == .seeOther)

            // A fresh password sign-in while locked gets no session that takes codes.
            let again = TestBrowser(app)
            let res = try await again.signIn(TestAccounts.email("safeguardingLead"))
            #expect(res.status == .unprocessableEntity || res.headers.first(name: .location) == "/sign-in/code?return=%2F")
            if res.status == .seeOther {
                let code = try await again.post("/sign-in/code", ["code": right, "return": "/"])
                #expect(code.status != .seeOther || code.headers.first(name: .location) == "/sign-in")
            }
            #expect(try await again.get("/records").status == .seeOther)
        }
    }

    static func shownKey(_ html: String) -> String {
        guard let start = html.range(of: #"<p id="totp-key" class="code-block">"#) else { return "" }
        return String(html[start.upperBound...].prefix { $0 != "<" })
    }

    /// A one-time link page's key and the sealed copy its form sends back.
    static func activationKey(_ html: String) -> (key: SharewellStore.TOTP?, sealed: String) {
        guard let start = html.range(of: #"<input type="hidden" name="key" value=""#) else { return (nil, "") }
        return (SharewellStore.TOTP(base32: shownKey(html)), String(html[start.upperBound...].prefix { $0 != "\"" }))
    }

    @Test("a database holding demo accounts is not served without --demo (issue 14)", arguments: TestDatabase.available)
    func demoAccountsNeedDemo(_ database: TestDatabase) async throws {
        await #expect(throws: StoreError.demoAccountsWithoutDemo(2 * Role.allCases.count)) {
            try await withSharewell(database, organisations: [.example, .exampleSchool], prepare: { store in
                try await store.addDemoAccounts(passwordHash: TestAccounts.passwordHash, at: Date(timeIntervalSince1970: 1_800_000_000))
            }) { _ in Issue.record("served a database with demo accounts without --demo") }
        }
    }

    @Test("a form posted after a time-out is kept only if it carries the session's own form token (issue 14)", arguments: ["", "forged-token"])
    func timeoutNeedsToken(_ token: String) async throws {
        let clock = TestClock()
        try await AccountsFixture.with(clock: clock) { app, _ in
            let browser = TestBrowser(app)
            try await browser.signIn(TestAccounts.email("administrator"))
            try await browser.get("/users/new")
            clock.advance(by: Store.idleTimeout + 60)
            let sent = try await browser.post("/users", ["_form": "/users/new", "name": "Planted by another site", "email": "x@p81001.example",
                                                         "role": "practitioner"], csrf: .some(token.isEmpty ? nil : token))
            #expect(sent.status == .forbidden)
            #expect(sent.headers.setCookie?[PendingForm.cookieName] == nil, "nothing was kept")
        }
    }

    /// The error summary's words, without the typed email that the form shows again.
    static func errorText(_ html: String) -> String {
        guard let start = html.range(of: "error-summary"), let end = html[start.upperBound...].range(of: "</ul>") else { return "" }
        return String(html[start.upperBound..<end.lowerBound])
    }
}
