import Plot
import SharewellDemo
import SharewellStore

/// Sign in with email and password; on a demo server, a short list of accounts to try it as.
enum SignInPage {
    struct Model: Equatable {
        var email = ""
        var returnPath = "/"
        var errors: [FieldError] = []
        var notice: String?
        /// On a demo server: where to start, one account per job.
        var demoStarts: [DemoStart] = []

        static let example = Model(notice: "Your session timed out. Sign in again to carry on where you left off.")
    }

    static func view(_ model: Model, context: PageContext) -> HTML {
        Layout.document(title: "Sign in", context: context, errors: model.errors, main: .group(
            Layout.notice(model.notice),
            .h1(.class("heading-l"), .text("Sign in")),
            .form(.method(.post), .action("/sign-in"), .attribute(named: "novalidate"),
                Layout.csrfField(context),
                .input(.type(.hidden), .name("return"), .value(model.returnPath)),
                FormField(id: "email", label: "Email address", value: model.email, error: model.errors.message(for: "email"), type: .email, autocomplete: "username").node,
                FormField(id: "password", label: "Password", error: model.errors.message(for: "password"), type: .password, autocomplete: "current-password").node,
                .button(.type(.submit), .class("button"), .text("Sign in"))),
            .if(!model.demoStarts.isEmpty, demoStarts(model.demoStarts))
        ))
    }

    /// One account per job, each with what to do first as a link to the page to start at; every
    /// account is on its own page (`DemoAccountsPage`).
    private static func demoStarts(_ starts: [DemoStart]) -> Node<HTML.BodyContext> {
        .section(.ariaLabel("Try it as"),
            .h2(.class("heading-m"), .id("try-it"), .text("Try it as…")),
            .p(.text("Every demo account has the password "), .strong(.text(Store.demoPassword)),
               .text(" and no two-factor set up. Each link opens the page where that job's work is waiting, once you have signed in as its account.")),
            .ul(.class("list"), .id("demo-starts"), .forEach(starts) { start in
                .li(.class("demo-start"),
                    .strong(.text(start.job)), .text(": "), .code(.text(start.email)), .br(),
                    .a(.href(start.path), .text(start.firstStep)))
            }),
            .p(.a(.href("/sign-in/demo-accounts"), .id("all-demo-accounts"), .text("All demo accounts, one for each role in every organisation"))))
    }
}

/// Every demo account, one per role in every organisation (a demo server only).
enum DemoAccountsPage {
    static func view(_ accounts: [DemoAccount], context: PageContext) -> HTML {
        Layout.document(title: "All demo accounts", context: context, main: .group(
            .h1(.class("heading-l"), .text("All demo accounts")),
            .p(.text("Every demo account has the password "), .strong(.text(Store.demoPassword)), .text(" and no two-factor set up. "),
               .a(.href("/sign-in"), .text("Back to sign in")), .text(", where a short list suggests where to start.")),
            .table(.class("table"), .id("demo-accounts"),
                .caption(.class("table-caption"), .text("\(accounts.count) demo accounts")),
                .thead(.tr(.th(.attribute(named: "scope", value: "col"), .text("Organisation")),
                           .th(.attribute(named: "scope", value: "col"), .text("Role")),
                           .th(.attribute(named: "scope", value: "col"), .text("Email")))),
                .tbody(.forEach(accounts) { account in
                    .tr(.td(.text(account.organisationName)), .td(.text(account.role.displayName)), .td(.text(account.email)))
                }))
        ))
    }
}

/// The second step: the code from the authenticator app.
enum TwoFactorCodePage {
    struct Model: Equatable {
        var returnPath = "/"
        var errors: [FieldError] = []
    }

    static func view(_ model: Model, context: PageContext) -> HTML {
        Layout.document(title: "Enter your code", context: context, errors: model.errors, main: .group(
            .h1(.class("heading-l"), .text("Enter the code from your authenticator app")),
            .form(.method(.post), .action("/sign-in/code"), .attribute(named: "novalidate"),
                Layout.csrfField(context),
                .input(.type(.hidden), .name("return"), .value(model.returnPath)),
                FormField(id: "code", label: "6-digit code", hint: "The app shows a new code every 30 seconds.",
                          error: model.errors.message(for: "code"), autocomplete: "one-time-code").node,
                .button(.type(.submit), .class("button"), .text("Continue")))
        ))
    }
}

/// Setting up two-factor: the key to type or the otpauth link, then a code to confirm it.
enum TwoFactorSetupPage {
    struct Model: Equatable {
        var enabled: Bool
        var key: String
        var uri: String
        var errors: [FieldError] = []
        var notice: String?

        static let example = Model(enabled: false, key: "JBSWY3DPEHPK3PXP", uri: "otpauth://totp/Sharewell:amina.khan%40nhs.example?secret=JBSWY3DPEHPK3PXP&issuer=Sharewell&algorithm=SHA1&digits=6&period=30")
    }

    static func view(_ model: Model, context: PageContext) -> HTML {
        Layout.document(title: "Two-factor authentication", context: context, errors: model.errors, main: .group(
            Layout.notice(model.notice),
            .h1(.class("heading-l"), .text("Two-factor authentication")),
            .if(model.enabled,
                .p(.text("Two-factor authentication is on. You will be asked for a code from your authenticator app each time you sign in.")),
                else: .group(
                    .p(.text("Add Sharewell to an authenticator app (for example on your work phone), then enter the code it shows.")),
                    .h2(.class("heading-m"), .text("Key to enter in the app")),
                    .p(.id("totp-key"), .class("code-block"), .text(model.key)),
                    .p(.text("Or open this link on the device that has the app: "), .a(.id("totp-uri"), .href(model.uri), .text("add Sharewell to your authenticator app"))),
                    .form(.method(.post), .action("/account/two-factor"), .attribute(named: "novalidate"),
                        Layout.csrfField(context),
                        FormField(id: "code", label: "6-digit code from the app", error: model.errors.message(for: "code"), autocomplete: "one-time-code").node,
                        .button(.type(.submit), .class("button"), .text("Turn on two-factor authentication")))))
        ))
    }
}
