import Foundation
import Plot
import SharewellCore
import SharewellStore
import Vapor

/// A safeguarding lead or IG lead approves accounts and tokens that read records, made by an
/// administrator of their organisation; an approved account's holder sets their own password
/// through a one-time link (issue 14, finding 9).
enum AccessApprovalPages {
    @Sendable static func list(req: Request) async throws -> Response {
        let approver = try req.actingUser(may: .approveAccess)
        return view(try await req.store.pendingAccess(for: approver), link: nil, context: req.pageContext).response()
    }

    /// The link is shown once, on this answer, as a new API token is; a repeat finds nothing to approve.
    @Sendable static func approveAccount(req: Request) async throws -> Response {
        let approver = try req.actingUser(may: .approveAccess)
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)) else { throw Abort(.notFound) }
        let secret = try await req.store.approveAccount(id, by: approver, at: req.now)
        return view(try await req.store.pendingAccess(for: approver), link: "/activate/\(secret)", context: req.pageContext).response()
    }

    @Sendable static func approveToken(req: Request) async throws -> Response {
        let approver = try req.actingUser(may: .approveAccess)
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)) else { throw Abort(.notFound) }
        try await req.store.approveAPIToken(id, by: approver, at: req.now)
        return req.redirect(to: "/access-approvals", redirectType: .normal)
    }

    static func view(_ pending: [PendingAccess], link: String?, context: PageContext) -> HTML {
        Layout.document(title: "Access to approve", context: context, main: .group(
            .h1(.class("heading-l"), .text("Access to approve")),
            .p(.text("Accounts that read children's records, and tokens that read them, take effect only once someone other than the administrator who made them approves them.")),
            .unwrap(link) { link in
                .div(.class("notice"), .attribute(named: "role", value: "status"),
                     .p(.text("Approved. Give this one-time link to the person, in person or by phone: it lets them set their own password, once, within 72 hours.")),
                     .p(.code(.id("activation-link"), .text(link))))
            },
            .table(.class("table"), .id("pending"),
                .caption(.class("table-caption"), .text(pending.isEmpty ? "Nothing waits for approval" : "\(pending.count) waiting")),
                .thead(.tr(.forEach(["What", "Who or which", "Details"]) { .th(.attribute(named: "scope", value: "col"), .text($0)) },
                           .th(.attribute(named: "scope", value: "col"), .span(.class("visually-hidden"), .text("Action"))))),
                .tbody(.forEach(pending) { row($0, context) }))
        ))
    }

    private static func row(_ item: PendingAccess, _ context: PageContext) -> Node<HTML.TableContext> {
        let path = "/access-approvals/\(item.kind == .account ? "users" : "tokens")/\(item.id.uuidString.lowercased())"
        return .tr(.td(.text(item.kind == .account ? "Account" : "API token")), .td(.text(item.name)), .td(.text(item.detail)),
            .td(item.madeByYou ? .text("You made it: someone else approves it")
                : .form(.method(.post), .action(path), .class("inline-form"), Layout.csrfField(context),
                        .button(.type(.submit), .class("button"), .text("Approve"), .span(.class("visually-hidden"), .text(" \(item.name)"))))))
    }
}

/// `/activate/{secret}`: the holder of a one-time link sets their own password.
enum ActivationPages {
    struct Form: Content { var password: String?; var confirm: String? }

    @Sendable static func show(req: Request) async throws -> Response {
        let activation = try await working(req)
        return view(activation, errors: [], context: req.pageContext).response()
    }

    @Sendable static func submit(req: Request) async throws -> Response {
        let activation = try await working(req)
        let form = try req.content.decode(Form.self)
        let password = form.password ?? ""
        var errors: [FieldError] = []
        if password.count < Passwords.minimumLength { errors.append(.init(field: "password", message: "Enter a password of at least \(Passwords.minimumLength) characters")) }
        if password != (form.confirm ?? "") { errors.append(.init(field: "confirm", message: "Enter the same password twice")) }
        guard errors.isEmpty else { return view(activation, errors: errors, context: req.pageContext).response(status: .unprocessableEntity) }
        guard try await req.store.activate(secret(req), passwordHash: try await req.password.async.hash(password), at: req.now) else { throw gone }
        return req.redirect(to: "/sign-in?activated=1", redirectType: .normal)
    }

    private static var gone: Abort { Abort(.notFound, reason: "This link does not work: it was used already, it is more than 72 hours old, or it was never issued. Ask your safeguarding lead or IG lead for a new one.") }

    private static func secret(_ req: Request) -> String { req.parameters.get("secret") ?? "" }

    private static func working(_ req: Request) async throws -> Activation {
        guard let activation = try await req.store.activation(secret(req), at: req.now) else { throw gone }
        return activation
    }

    static func view(_ activation: Activation, errors: [FieldError], context: PageContext) -> HTML {
        Layout.document(title: "Set your password", context: context, errors: errors, main: .group(
            .h1(.class("heading-l"), .text("Set your password")),
            .p(.text("\(activation.displayName), you sign in as \(activation.email). Choose a password only you know; after signing in, turn on two-factor at Account.")),
            .form(.method(.post), .attribute(named: "novalidate"), Layout.csrfField(context),
                FormField(id: "password", label: "Password", hint: "At least \(Passwords.minimumLength) characters.", error: errors.message(for: "password"),
                          type: .password, autocomplete: "new-password").node,
                FormField(id: "confirm", label: "The same password again", error: errors.message(for: "confirm"), type: .password, autocomplete: "new-password").node,
                .button(.type(.submit), .class("button"), .text("Set password")))
        ))
    }
}
