import Plot
import SharewellCore
import SharewellStore

/// An administrator's list of their organisation's accounts, with enable/disable.
enum UsersPage {
    struct Model: Equatable {
        var users: [UserSummary]
        var notice: String?
    }

    static func view(_ model: Model, context: PageContext) -> HTML {
        Layout.document(title: "Users", context: context, main: .group(
            Layout.notice(model.notice),
            .h1(.class("heading-l"), .text("Users")),
            .p(.a(.class("button"), .href("/users/new"), .text("Add a user"))),
            .table(.class("table"), .id("users"),
                .caption(.class("table-caption"), .text("\(counted(model.users.count, "account")) in your organisation")),
                .thead(.tr(.th(.attribute(named: "scope", value: "col"), .text("Name")), .th(.attribute(named: "scope", value: "col"), .text("Email")),
                           .th(.attribute(named: "scope", value: "col"), .text("Role")), .th(.attribute(named: "scope", value: "col"), .text("Status")),
                           .th(.attribute(named: "scope", value: "col"), .span(.class("visually-hidden"), .text("Action"))))),
                .tbody(.forEach(model.users) { row($0, context) }))
        ))
    }

    private static func row(_ user: UserSummary, _ context: PageContext) -> Node<HTML.TableContext> {
        let status = user.disabled ? "Disabled" : user.awaitingApproval ? "Awaiting approval" : user.recoveryAwaitingApproval ? "Recovery awaiting approval"
            : user.locked ? "Locked" : user.twoFactor ? "Active, two-factor on" : "Active"
        let id = user.id.uuidString.lowercased()
        return .tr(.td(.text(user.displayName)), .td(.text(user.email)), .td(.text(user.role.displayName)), .td(.text(status)),
            .td(.if(user.recoverable && !user.recoveryAwaitingApproval,
                    .p(.a(.href("/users/recovery?user=\(id)"), .text("Lost password or authenticator"),
                          .span(.class("visually-hidden"), .text(" of \(user.displayName)"))))),
                .form(.method(.post), .action("/users/\(id)/\(user.disabled ? "enable" : "disable")"), .class("inline-form"),
                      Layout.csrfField(context),
                      .button(.type(.submit), .class("button secondary-button"),
                              .text(user.disabled ? "Enable" : "Disable"), .span(.class("visually-hidden"), .text(" \(user.displayName)"))))))
    }
}

/// The form for a new account in the administrator's organisation.
enum NewUserPage {
    struct Model: Equatable {
        var email = "", name = "", role = ""
        var errors: [FieldError] = []
        var notice: String?
    }

    static func view(_ model: Model, context: PageContext) -> HTML {
        Layout.document(title: "Add a user", context: context, errors: model.errors, main: .group(
            Layout.notice(model.notice),
            .h1(.class("heading-l"), .text("Add a user")),
            .form(.method(.post), .action("/users"), .attribute(named: "novalidate"),
                Layout.csrfField(context), Layout.pageField("/users/new"),
                FormField(id: "name", label: "Full name", value: model.name, error: model.errors.message(for: "name"), autocomplete: "off").node,
                FormField(id: "email", label: "Email address", value: model.email, hint: "Their work email: they sign in with it.",
                          error: model.errors.message(for: "email"), type: .email, autocomplete: "off").node,
                SelectField(id: "role", label: "Role", options: Role.allCases.sorted().map { ($0.rawValue, $0.displayName) }, selected: model.role,
                            prompt: "Choose a role", error: model.errors.message(for: "role")).node,
                FormField(id: "password", label: "First password",
                          hint: "At least \(Passwords.minimumLength) characters. Give it to them in person or by phone, not by email. Not for safeguarding leads, practitioners or IG leads: their account waits for a second person's approval, and they set their own password.",
                          error: model.errors.message(for: "password"), type: .password, autocomplete: "new-password").node,
                .button(.type(.submit), .class("button"), .text("Add user")))
        ))
    }
}
