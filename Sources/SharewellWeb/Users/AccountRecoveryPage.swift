import Plot
import SharewellCore
import SharewellStore

/// An administrator asks for the recovery of an account whose holder lost their password or
/// authenticator. Nothing changes until a second person approves it (issue 14, finding 9).
enum AccountRecoveryPage {
    struct Model: Equatable {
        /// The accounts that may be recovered: `(id, "Name, email")`.
        var accounts: [Option] = []
        var user = ""
        var reason = ""
        var errors: [FieldError] = []
        var notice: String?

        struct Option: Equatable { var value: String; var label: String }
    }

    static func view(_ model: Model, context: PageContext) -> HTML {
        Layout.document(title: "Lost password or authenticator", context: context, errors: model.errors, main: .group(
            Layout.notice(model.notice),
            .p(.a(.href("/users"), .text("Back to users"))),
            .h1(.class("heading-l"), .text("Lost password or authenticator")),
            .p(.text("Asking changes nothing yet. Your organisation's safeguarding lead or information-governance lead approves the recovery; "
                     + "then the old password and two-factor stop working, and they give the person a one-time link "
                     + "with which the person sets a new password and a new authenticator.")),
            .form(.method(.post), .action("/users/recovery"), .attribute(named: "novalidate"),
                Layout.csrfField(context), Layout.pageField("/users/recovery"),
                SelectField(id: "user", label: "Whose account", options: model.accounts.map { ($0.value, $0.label) }, selected: model.user,
                            prompt: "Choose an account", error: model.errors.message(for: "user")).node,
                TextArea(id: "reason", label: "Why they need a new password or authenticator", value: model.reason,
                         hint: "For example: phone with the authenticator app lost, reported in person on Monday. The reason is kept in the audit log.",
                         error: model.errors.message(for: "reason")).node,
                .button(.type(.submit), .class("button"), .text("Ask for recovery")))
        ))
    }
}
