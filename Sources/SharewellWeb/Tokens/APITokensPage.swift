import Plot
import SharewellCore
import SharewellStore

/// An administrator's API tokens for machine clients (a school MIS, a GP system).
enum APITokensPage {
    struct Model: Equatable {
        var tokens: [APITokenSummary]
        /// Shown once, straight after creation.
        var newSecret: String?
        var name = ""
        var errors: [FieldError] = []
        var notice: String?
    }

    static func view(_ model: Model, context: PageContext) -> HTML {
        Layout.document(title: "API tokens", context: context, errors: model.errors, main: .group(
            .h1(.class("heading-l"), .text("API tokens")),
            Layout.notice(model.notice),
            .unwrap(model.newSecret) { secret in
                .div(.class("notification"), .attribute(named: "role", value: "status"),
                     .p(.text("Copy this token now: it is shown only once and cannot be recovered.")),
                     .p(.id("new-token"), .class("code-block"), .text(secret)))
            },
            .form(.method(.post), .action("/api-tokens"), .attribute(named: "novalidate"),
                Layout.csrfField(context), Layout.pageField("/api-tokens"),
                FormField(id: "name", label: "What the token is for", value: model.name, hint: "For example: school MIS nightly export",
                          error: model.errors.message(for: "name"), autocomplete: "off").node,
                .fieldset(.class("form-group"),
                    .element(named: "legend", nodes: [.class("label"), .text("What it may do")]),
                    .forEach(APIScope.issuedOnPage) { scope in
                        .div(.class("checkbox"),
                             .input(.type(.checkbox), .id("scope-\(scope.rawValue.replacingOccurrences(of: ":", with: "-"))"), .name("scopes[]"), .value(scope.rawValue)),
                             .label(.for("scope-\(scope.rawValue.replacingOccurrences(of: ":", with: "-"))"), .text("\(scope.rawValue): \(scope.explanation)")))
                    }),
                .button(.type(.submit), .class("button"), .text("Create token"))),
            .table(.class("table"), .id("tokens"),
                .caption(.class("table-caption"), .text(counted(model.tokens.count, "token"))),
                .thead(.tr(.th(.attribute(named: "scope", value: "col"), .text("Name")), .th(.attribute(named: "scope", value: "col"), .text("Scopes")),
                           .th(.attribute(named: "scope", value: "col"), .text("Status")), .th(.attribute(named: "scope", value: "col"), .span(.class("visually-hidden"), .text("Action"))))),
                .tbody(.forEach(model.tokens) { token in
                    .tr(.td(.text(token.name)), .td(.text(token.scopes.map(\.rawValue).joined(separator: ", "))), .td(.text(token.revoked ? "Revoked" : "Active")),
                        .td(.if(!token.revoked, .form(.method(.post), .action("/api-tokens/\(token.id.uuidString.lowercased())/revoke"), .class("inline-form"),
                                                        Layout.csrfField(context),
                                                        .button(.type(.submit), .class("button warning-button"), .text("Revoke"), .span(.class("visually-hidden"), .text(" \(token.name)")))))))
                }))
        ))
    }
}
