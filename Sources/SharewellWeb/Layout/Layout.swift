import Plot
import SharewellCore
import Vapor

/// The chrome every page shares: skip link, header with the service name, navigation and the
/// signed-in user, the main content, and the footer. GOV.UK conventions, our own CSS.
enum Layout {
    struct Section {
        let title: String; let path: String; let permission: Permission?
        /// The kinds of organisation the area is for; `nil` for all.
        var kinds: Set<OrganisationKind>? = nil

        func isOffered(to context: PageContext) -> Bool {
            (permission.map(context.may) ?? true) && (kinds.map { kinds in context.user?.organisationKind.map(kinds.contains) ?? false } ?? true)
        }
    }

    /// Only areas that exist and that the user may use are linked: the ones every organisation
    /// shares, with each pathway's own (`WebPathway.sections`) in between.
    static let sections = [
        Section(title: "Home", path: "/", permission: nil),
        Section(title: "Directory", path: "/directory", permission: nil),
        Section(title: "Records", path: "/records", permission: .viewIdentifiableRecords),
        Section(title: "Who has seen a record", path: "/access-log", permission: .readAccessLog),
        Section(title: "Can I share this?", path: "/can-i-share", permission: .decideSharing),
    ] + WebPathways.all.flatMap(\.sections) + [
        Section(title: "Decisions", path: "/decisions", permission: .readSharingDecisions),
        Section(title: "Agreements", path: "/agreements", permission: .readAgreements),
        Section(title: "Users", path: "/users", permission: .manageUsers),
        Section(title: "API tokens", path: "/api-tokens", permission: .manageAPITokens),
    ]

    static func document(title: String, context: PageContext, errors given: [FieldError] = [], main: Node<HTML.BodyContext>) -> HTML {
        let errors = given.isEmpty ? context.tooLongField.map { [FieldError(field: $0, message: "What you typed here is longer than \(CSRFMiddleware.fieldLimit) characters: shorten it, then send the form again")] } ?? [] : given
        return HTML(
            .lang(.english),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .title(documentTitle(title, errors: !errors.isEmpty)),
                .link(.rel(.stylesheet), .href("/sharewell.css"))
            ),
            .body(
                .a(.class("skip-link"), .href("#main-content"), .text("Skip to main content")),
                header(context),
                .div(.class("width-container"),
                     .if(context.demo, .div(.class("phase-banner"), .p(
                         .strong(.class("tag"), .text("Demo")),
                         .text(" Every person and organisation here is synthetic. Do not enter real information.")))),
                     .main(.id("main-content"), .class("main"), .attribute(named: "tabindex", value: "-1"),
                           .if(!errors.isEmpty, errorSummary(errors)),
                           TimedOutUpload.offer(context),
                           .if(context.sentAgain, .div(.class("notification"), .id("sent-again"), .attribute(named: "role", value: "status"),
                               .p(.text("You sent that form more than once (a double click or a reload): it was done once, as shown here.")))),
                           main)),
                .footer(.class("footer"), .div(.class("width-container"),
                    .p(.text("Sharewell: safe, lawful and useful information sharing for the organisations around a child.")),
                    .p(.a(.href("/api/openapi.yaml"), .text("API description (OpenAPI)")))))
            )
        )
    }

    /// "Page – Sharewell", as GOV.UK titles pages; the home page, titled with the service's name, is
    /// "Sharewell" alone, not "Sharewell – Sharewell".
    static func documentTitle(_ title: String, errors: Bool) -> String {
        (errors ? "Error: " : "") + (title == serviceName ? title : "\(title) – \(serviceName)")
    }

    static let serviceName = "Sharewell"

    private static func header(_ context: PageContext) -> Node<HTML.BodyContext> {
        .header(.class("header"),
            .div(.class("width-container header-row"),
                .a(.class("service-name"), .href("/"), .text("Sharewell")),
                .nav(.ariaLabel("Main"),
                    .ul(.class("nav-list"), .forEach(sections.filter { $0.isOffered(to: context) }) { section in
                        .li(.a(.href(section.path), .if(isCurrent(section, context.path), .attribute(named: "aria-current", value: "page")),
                               .text(section.title)))
                    })),
                account(context)))
    }

    private static func account(_ context: PageContext) -> Node<HTML.BodyContext> {
        guard let user = context.user else {
            return .a(.class("header-link"), .href("/sign-in"), .text("Sign in"))
        }
        return .div(.class("header-account"),
            .p(.class("header-user"), .text("\(user.name), \(user.organisation)")),
            .a(.class("header-link"), .href("/account/two-factor"), .text("Two-factor")),
            .form(.method(.post), .action("/sign-out"), .class("inline-form"),
                  csrfField(context),
                  .button(.type(.submit), .class("link-button"), .text("Sign out"))))
    }

    private static func isCurrent(_ section: Section, _ path: String) -> Bool {
        section.path == "/" ? path == "/" : path.hasPrefix(section.path)
    }

    /// "There is a problem", each error a link to its field (GOV.UK error summary). It takes focus
    /// when the page loads (`autofocus` on a `tabindex="-1"` box, no script), so keyboard and
    /// screen-reader users start at the list of what to fix.
    static func errorSummary(_ errors: [FieldError]) -> Node<HTML.BodyContext> {
        .div(.class("error-summary"), .attribute(named: "role", value: "alert"), .attribute(named: "aria-labelledby", value: "error-summary-title"),
             .attribute(named: "tabindex", value: "-1"), .attribute(named: "autofocus", value: "autofocus"),
             .h2(.id("error-summary-title"), .class("error-summary-title"), .text("There is a problem")),
             .ul(.forEach(errors) { error in
                 .li(.a(.href("#\(error.field)"), .text(error.message)),
                     .unwrap(error.onward) { .group(.text(" "), .a(.class("error-summary-onward"), .href($0.path), .text($0.text))) })
             }))
    }

    /// The hidden token every form carries (checked by `CSRFMiddleware`).
    /// The form's token against other sites, and its one-time token against being sent twice.
    static func csrfField(_ context: PageContext) -> Node<HTML.FormContext> {
        .group(.input(.type(.hidden), .name(CSRFMiddleware.fieldName), .value(context.csrfToken)),
               .input(.type(.hidden), .name(SubmittedOnce.fieldName), .value(context.submissionToken)))
    }

    /// The hidden note of which page a form lives on, so a form sent after a time-out comes back there.
    static func pageField(_ path: String) -> Node<HTML.FormContext> {
        .input(.type(.hidden), .name(PendingForm.pageField), .value(path))
    }

    /// A notice in a blue panel ("Your session timed out …").
    static func notice(_ text: String?) -> Node<HTML.BodyContext> {
        .unwrap(text) { .div(.class("notification"), .attribute(named: "role", value: "status"), .p(.text($0))) }
    }
}

extension HTML {
    /// The rendered page as a response; Plot's nodes never leave the handler that built them.
    func response(status: HTTPResponseStatus = .ok) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .html
        // Pages can hold a child's details: never keep them in a shared or back-button cache.
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return Response(status: status, headers: headers, body: .init(string: render(indentedBy: .spaces(1))))
    }
}

extension Attribute where Context == HTML.InputContext {
    /// `aria-describedby` linking a field to its hint or error message; left out when `nil`.
    static func describedBy(_ id: String?) -> Attribute { .attribute(named: "aria-describedby", value: id ?? "") }
}
