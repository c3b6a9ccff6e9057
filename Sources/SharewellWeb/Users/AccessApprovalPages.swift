import Foundation
import Plot
import SharewellCore
import SharewellStore
import Vapor

/// A safeguarding lead or IG lead approves accounts and tokens that read records, made by an
/// administrator of their organisation, and the recovery of accounts whose password or authenticator
/// was lost, asked for by one; an approved account's holder sets their own password through a
/// one-time link (issue 14, finding 9).
enum AccessApprovalPages {
    /// A one-time link just issued, and whose it is.
    struct IssuedLink { var path: String; var holder: Activation }

    @Sendable static func list(req: Request) async throws -> Response {
        let approver = try req.actingUser(may: .approveAccess)
        let secret = req.cookies[linkCookieName]?.string
        var link: IssuedLink?
        if let secret, let holder = try await req.store.activation(secret, at: req.now) { link = IssuedLink(path: "/activate/\(secret)", holder: holder) }
        let response = view(try await req.store.pendingAccess(for: approver), link: link, context: req.pageContext).response()
        if secret != nil { response.cookies[linkCookieName] = linkCookie(nil) }
        return response
    }

    @Sendable static func approveAccount(req: Request) async throws -> Response {
        try await handOverLink(req) { id, approver in try await req.store.approveAccount(id, by: approver, at: req.now) }
    }

    @Sendable static func approveRecovery(req: Request) async throws -> Response {
        try await handOverLink(req) { id, approver in try await req.store.approveAccountRecovery(id, by: approver, at: req.now) }
    }

    @Sendable static func approveToken(req: Request) async throws -> Response {
        let (approver, id) = try target(req)
        try await req.store.approveAPIToken(id, by: approver, at: req.now)
        return req.redirect(to: "/access-approvals", redirectType: .normal)
    }

    /// The link is shown once, on the page the approval redirects to (Post/Redirect/Get): its secret
    /// goes there in a short-lived cookie for that page only, never in an address, and the page
    /// clears it. A repeated approval finds nothing to approve.
    private static func handOverLink(_ req: Request, _ approve: (UUID, ActingUser) async throws -> String) async throws -> Response {
        let (approver, id) = try target(req)
        let secret = try await approve(id, approver)
        let response = req.redirect(to: "/access-approvals", redirectType: .normal)
        response.cookies[linkCookieName] = linkCookie(secret)
        return response
    }

    private static func target(_ req: Request) throws -> (ActingUser, UUID) {
        let approver = try req.actingUser(may: .approveAccess)
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)) else { throw Abort(.notFound) }
        return (approver, id)
    }

    private static let linkCookieName = "sharewell-issued-link"

    /// The cookie carrying a link's secret to the next page, or (`nil`) the one that clears it.
    private static func linkCookie(_ secret: String?) -> HTTPCookies.Value {
        HTTPCookies.Value(string: secret ?? "", expires: secret == nil ? Date(timeIntervalSince1970: 0) : nil, maxAge: secret == nil ? 0 : 300,
                          path: "/access-approvals", isSecure: true, isHTTPOnly: true, sameSite: .strict)
    }

    static func view(_ pending: [PendingAccess], link: IssuedLink?, context: PageContext) -> HTML {
        Layout.document(title: "Access to approve", context: context, main: .group(
            .h1(.class("heading-l"), .text("Access to approve")),
            .p(.text("Accounts that read children's records, and tokens that read them, take effect only once someone other than the administrator who made them approves them. So does the recovery of an account whose password or authenticator was lost: approving it stops the old password and two-factor working at once.")),
            .unwrap(link) { link in
                .div(.class("notice"), .attribute(named: "role", value: "status"),
                     .p(.text("Approved. Give this one-time link to \(link.holder.displayName) (\(link.holder.email)), in person or by phone: it lets them set their own password, once, within 72 hours.")),
                     .p(.code(.id("activation-link"), .text(link.path))))
            },
            .table(.class("table"), .id("pending"),
                .caption(.class("table-caption"), .text(pending.isEmpty ? "Nothing waits for approval" : "\(pending.count) waiting")),
                .thead(.tr(.forEach(["What", "Who or which", "Details"]) { .th(.attribute(named: "scope", value: "col"), .text($0)) },
                           .th(.attribute(named: "scope", value: "col"), .span(.class("visually-hidden"), .text("Action"))))),
                .tbody(.forEach(pending) { row($0, context) }))
        ))
    }

    private static func row(_ item: PendingAccess, _ context: PageContext) -> Node<HTML.TableContext> {
        let (what, folder) = switch item.kind {
        case .account: ("Account", "users")
        case .token: ("API token", "tokens")
        case .recovery: ("Lost password or authenticator", "recoveries")
        }
        let path = "/access-approvals/\(folder)/\(item.id.uuidString.lowercased())"
        return .tr(.td(.text(what)), .td(.text(item.name)), .td(.text(item.detail)),
            .td(item.approvable
                ? .form(.method(.post), .action(path), .class("inline-form"), Layout.csrfField(context),
                        .button(.type(.submit), .class("button"), .text("Approve"), .span(.class("visually-hidden"), .text(" \(item.name)"))))
                : .text(item.yourOwnAccount ? "Your own account: someone else approves it"
                        : item.kind == .recovery ? "You asked for it: someone else approves it" : "You made it: someone else approves it")))
    }
}

/// `/activate/{secret}`: the holder of a one-time link sets their own password and two-factor.
enum ActivationPages {
    struct Form: Content { var password: String?; var confirm: String?; var code: String?; var key: String? }

    @Sendable static func show(req: Request) async throws -> Response {
        let activation = try await working(req)
        let (key, sealed) = try req.store.newActivationKey()
        return view(activation, key: key, sealedKey: sealed, errors: [], context: req.pageContext).response()
    }

    @Sendable static func submit(req: Request) async throws -> Response {
        let activation = try await working(req)
        let form = try req.content.decode(Form.self)
        // The key the page showed comes back sealed; one that is not ours is replaced by a new one.
        var sealedKey = form.key ?? ""
        let key: SharewellStore.TOTP
        if let shown = req.store.activationKey(sealed: sealedKey) { key = shown } else { (key, sealedKey) = try req.store.newActivationKey() }
        let password = form.password ?? ""
        var errors: [FieldError] = []
        if password.count < Passwords.minimumLength { errors.append(.init(field: "password", message: "Enter a password of at least \(Passwords.minimumLength) characters")) }
        if password != (form.confirm ?? "") { errors.append(.init(field: "confirm", message: "Enter the same password twice")) }
        let code = (form.code ?? "").filter { !$0.isWhitespace }
        // A well-formed code that is wrong for the key is named with the password's problems, not after them.
        if code.count != 6 || !code.allSatisfy(\.isASCII) || !code.allSatisfy(\.isNumber) || (!errors.isEmpty && key.matchingStep(for: code, at: req.now) == nil) {
            errors.append(Self.codeError)
        }
        guard errors.isEmpty else { return view(activation, key: key, sealedKey: sealedKey, errors: errors, context: req.pageContext).response(status: .unprocessableEntity) }
        switch try await req.store.activate(secret(req), passwordHash: try await req.password.async.hash(password), key: sealedKey, code: code, at: req.now) {
        case .done: return req.redirect(to: "/sign-in?activated=1", redirectType: .normal)
        case .wrongCode: return view(activation, key: key, sealedKey: sealedKey, errors: [Self.codeError], context: req.pageContext).response(status: .unprocessableEntity)
        case .linkGone: throw gone
        }
    }

    private static let codeError = FieldError(field: "code", message: "Enter the 6-digit code your authenticator app shows now for this key")

    private static var gone: Abort { Abort(.notFound, reason: "This link does not work: it was used already, it is more than 72 hours old, or it was never issued. Ask your safeguarding lead or IG lead for a new one.") }

    private static func secret(_ req: Request) -> String { req.parameters.get("secret") ?? "" }

    private static func working(_ req: Request) async throws -> Activation {
        guard let activation = try await req.store.activation(secret(req), at: req.now) else { throw gone }
        return activation
    }

    static func view(_ activation: Activation, key: SharewellStore.TOTP, sealedKey: String, errors: [FieldError], context: PageContext) -> HTML {
        Layout.document(title: "Set your password and two-factor", context: context, errors: errors, main: .group(
            .h1(.class("heading-l"), .text("Set your password and two-factor")),
            .p(.text("\(activation.displayName), you sign in as \(activation.email). Choose a password only you know, and add Sharewell to an authenticator app (for example on your work phone): each sign-in asks for its code. The key below is new each time this page is opened: use the one shown now.")),
            .form(.method(.post), .attribute(named: "novalidate"), Layout.csrfField(context),
                .input(.type(.hidden), .name("key"), .value(sealedKey)),
                FormField(id: "password", label: "Password", hint: "At least \(Passwords.minimumLength) characters.", error: errors.message(for: "password"),
                          type: .password, autocomplete: "new-password").node,
                FormField(id: "confirm", label: "The same password again", error: errors.message(for: "confirm"), type: .password, autocomplete: "new-password").node,
                .h2(.class("heading-m"), .text("Key to enter in the app")),
                .p(.id("totp-key"), .class("code-block"), .text(key.base32)),
                .p(.text("Or open this link on the device that has the app: "),
                   .a(.id("totp-uri"), .href(key.provisioningURI(account: activation.email)), .text("add Sharewell to your authenticator app"))),
                FormField(id: "code", label: "6-digit code from the app", error: errors.message(for: "code"), autocomplete: "one-time-code").node,
                .button(.type(.submit), .class("button"), .text("Set password and two-factor")))
        ))
    }
}
