import Foundation
import SharewellCore
import SharewellDemo
import SharewellStore
import Vapor

/// Sign-in (password, then a one-time code when two-factor is on), sign-out, and two-factor set-up.
enum SignInController {
    struct SignInForm: Content { var email: String?; var password: String?; var `return`: String? }
    struct CodeForm: Content { var code: String?; var `return`: String? }

    @Sendable static func show(req: Request) async throws -> Response {
        let returnPath = req.query[String.self, at: "return"].flatMap(safeReturnPath) ?? "/"
        let notice = req.query[String.self, at: "timed-out"] != nil || req.storage[SessionExpiredKey.self] == true
            ? "Your session timed out after 30 minutes without activity. Sign in again to carry on; anything you were sending has been kept."
            : nil
        return try await page(req, .init(returnPath: returnPath, notice: notice))
    }

    @Sendable static func signIn(req: Request) async throws -> Response {
        let form = try req.content.decode(SignInForm.self)
        let email = (form.email ?? "").trimmingCharacters(in: .whitespaces), password = form.password ?? ""
        let returnPath = form.return.flatMap(safeReturnPath) ?? "/"
        var model = SignInPage.Model(email: email, returnPath: returnPath)
        if email.isEmpty { model.errors.append(.init(field: "email", message: "Enter your email address")) }
        if password.isEmpty { model.errors.append(.init(field: "password", message: "Enter your password")) }
        guard model.errors.isEmpty else { return try await page(req, model, status: .unprocessableEntity) }

        let credentials = try await req.store.credentials(email: email)
        // Always run bcrypt, and answer a wrong password the same way whether the account exists,
        // is locked or was just locked: neither the words nor the time tell a stranger anything.
        // Only someone who knows the password learns that the account is locked.
        // An account waiting for approval holds no password hash at all: it is checked against one that matches nothing.
        let stored = credentials?.passwordHash ?? ""
        let hash = stored.hasPrefix("$2") ? stored : Passwords.unmatchableHash
        let rightPassword = (try? await req.password.async.verify(password, created: hash)) ?? false
        guard rightPassword, let credentials, !credentials.disabled else {
            // On a demo server every password is published, so a lock guards nothing and would only
            // let anyone shut a newcomer out of the accounts offered to try (the review of 7 December 2026).
            if let credentials, !(credentials.lockedUntil.map { $0 > req.now } ?? false), req.application.storage[DemoModeKey.self] != true {
                _ = try await req.store.recordFailedSignIn(credentials.userID, at: req.now)
            }
            model.errors = [.init(field: "email", message: "Enter a correct email address and password. After \(Store.lockoutThreshold) wrong tries in a row the account is locked for 15 minutes.")]
            return try await page(req, model, status: .unprocessableEntity)
        }
        if let lockedUntil = credentials.lockedUntil, lockedUntil > req.now {
            model.errors = [.init(field: "email", message: lockedMessage(lockedUntil))]
            return try await page(req, model, status: .unprocessableEntity)
        }
        let token = try await req.store.startSession(credentials.userID, secondFactorPending: credentials.totp != nil, at: req.now)
        let next = credentials.totp != nil ? "/sign-in/code?return=\(returnPath.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/")" : returnPath
        let response = req.redirect(to: next, redirectType: .normal)
        response.cookies[SessionAuthenticator.cookieName] = SessionAuthenticator.cookie(token)
        return response
    }

    @Sendable static func showCode(req: Request) async throws -> Response {
        guard req.signedIn?.secondFactorPending == true else { return req.redirect(to: "/sign-in", redirectType: .normal) }
        let returnPath = req.query[String.self, at: "return"].flatMap(safeReturnPath) ?? "/"
        return TwoFactorCodePage.view(.init(returnPath: returnPath), context: req.pageContext).response()
    }

    @Sendable static func submitCode(req: Request) async throws -> Response {
        guard let session = req.signedIn, session.secondFactorPending, let userID = session.user.userID,
              let token = req.cookies[SessionAuthenticator.cookieName]?.string else { return req.redirect(to: "/sign-in", redirectType: .normal) }
        let form = try req.content.decode(CodeForm.self)
        let returnPath = form.return.flatMap(safeReturnPath) ?? "/"
        guard try await req.store.acceptTwoFactorCode(userID, code: form.code ?? "", at: req.now),
              let fullToken = try await req.store.completeSecondFactor(token: token, at: req.now) else {
            let lockedNow = try await req.store.recordFailedSignIn(userID, at: req.now)
            let lockedBefore = try await req.store.lockedUntil(userID, at: req.now)
            if let lockedUntil = lockedNow ?? lockedBefore {
                // The lock ends the half-signed-in session too, so guessing cannot go on in it.
                try await req.store.endSession(token: token, at: req.now)
                let model = TwoFactorCodePage.Model(returnPath: returnPath, errors: [.init(field: "code", message: lockedMessage(lockedUntil))])
                let response = TwoFactorCodePage.view(model, context: req.pageContext).response(status: .unprocessableEntity)
                response.cookies[SessionAuthenticator.cookieName] = .expired
                return response
            }
            let model = TwoFactorCodePage.Model(returnPath: returnPath, errors: [.init(field: "code", message: "Enter the 6-digit code your authenticator app shows now")])
            return TwoFactorCodePage.view(model, context: req.pageContext).response(status: .unprocessableEntity)
        }
        let response = req.redirect(to: returnPath, redirectType: .normal)
        response.cookies[SessionAuthenticator.cookieName] = SessionAuthenticator.cookie(fullToken)
        return response
    }

    @Sendable static func signOut(req: Request) async throws -> Response {
        if let token = req.cookies[SessionAuthenticator.cookieName]?.string { try await req.store.endSession(token: token, at: req.now) }
        let response = req.redirect(to: "/sign-in", redirectType: .normal)
        response.cookies[SessionAuthenticator.cookieName] = .expired
        return response
    }

    @Sendable static func showTwoFactor(req: Request) async throws -> Response {
        let user = try req.actingUser()
        guard let userID = user.userID else { throw Abort(.notFound) }
        if try await req.store.credentials(forUser: userID)?.totp != nil {
            return TwoFactorSetupPage.view(.init(enabled: true, key: "", uri: ""), context: req.pageContext).response()
        }
        // Showing the page again keeps the key being set up: a reload must not undo a scanned key.
        let secret: SharewellStore.TOTP
        if let pending = try await req.store.pendingTwoFactorSecret(userID) {
            secret = pending
        } else {
            secret = SharewellStore.TOTP.generate()
            try await req.store.beginTwoFactor(userID, secret: secret)
        }
        return try await setupPage(req, user: user, secret: secret)
    }

    @Sendable static func confirmTwoFactor(req: Request) async throws -> Response {
        let user = try req.actingUser()
        guard let userID = user.userID else { throw Abort(.notFound) }
        let code = try req.content.decode(CodeForm.self).code ?? ""
        if try await req.store.confirmTwoFactor(userID, code: code, at: req.now) {
            return TwoFactorSetupPage.view(.init(enabled: true, key: "", uri: "", notice: "Two-factor authentication is now on."), context: req.pageContext).response()
        }
        guard let secret = try await req.store.pendingTwoFactorSecret(userID) else { return req.redirect(to: "/account/two-factor", redirectType: .normal) }
        return try await setupPage(req, user: user, secret: secret, errors: [.init(field: "code", message: "Enter the 6-digit code your authenticator app shows now")], status: .unprocessableEntity)
    }

    private static func setupPage(_ req: Request, user: ActingUser, secret: SharewellStore.TOTP, errors: [FieldError] = [], status: HTTPResponseStatus = .ok) async throws -> Response {
        let account = try await req.store.email(of: user.userID!) ?? user.displayName
        let model = TwoFactorSetupPage.Model(enabled: false, key: secret.base32, uri: secret.provisioningURI(account: account), errors: errors)
        return TwoFactorSetupPage.view(model, context: req.pageContext).response(status: status)
    }

    private static func page(_ req: Request, _ model: SignInPage.Model, status: HTTPResponseStatus = .ok) async throws -> Response {
        var model = model
        if req.application.storage[DemoModeKey.self] == true { model.demoStarts = DemoTour.starts(on: CalendarDate(inEngland: req.now)) }
        return SignInPage.view(model, context: req.pageContext).response(status: status)
    }

    /// Every demo account: a demo server only, like the list on the sign-in page.
    @Sendable static func demoAccounts(req: Request) async throws -> Response {
        guard req.application.storage[DemoModeKey.self] == true else { throw Abort(.notFound) }
        return DemoAccountsPage.view(try await req.store.demoAccounts(), context: req.pageContext).response()
    }

    private static func lockedMessage(_ until: Date) -> String {
        var style = Date.FormatStyle(date: .omitted, time: .shortened).locale(Locale(identifier: "en_GB"))
        style.timeZone = TimeZone(identifier: "Europe/London") ?? .gmt
        let time = until.formatted(style)
        return "This account is locked after \(Store.lockoutThreshold) wrong tries in a row. Try again after \(time), or ask your organisation's administrator."
    }

    /// Only a path on this site ("/records"), never another site ("//evil.example", "https://…").
    /// A path on this site only. Browsers drop tabs and line breaks from a URL and read `\\` as `/`,
    /// so `/\t/evil.example` would leave the site: only printable URL characters are kept (anything
    /// else refuses the whole path), and the path may not start with two slashes once read.
    static func safeReturnPath(_ text: String) -> String? {
        guard text.utf8.count < 500, text.utf8.allSatisfy(returnPathBytes.contains),
              text.hasPrefix("/"), !text.hasPrefix("//") else { return nil }
        return text
    }

    private static let returnPathBytes = Set(("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789" + "-._~/?=&%+,;:@!$*()").utf8)
}

/// Password hashing (bcrypt via Vapor).
public enum Passwords {
    /// Hashes a password for storage (bcrypt, cost 12).
    public static func hash(_ password: String) throws -> String { try Bcrypt.hash(password, cost: 12) }

    /// A valid bcrypt hash no password matches in practice: verifying against it costs what a real check costs.
    static let unmatchableHash: String = (try? Bcrypt.hash(Secrets.newToken(), cost: 12)) ?? ""

    /// At least 12 characters (NCSC: length beats complexity rules).
    public static let minimumLength = 12
}
