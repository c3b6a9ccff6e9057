import Plot
import Vapor

/// The chrome every page shares: skip link, header with the service name and navigation by
/// pathway, the main content, and the footer. GOV.UK conventions, our own CSS.
enum Layout {
    struct Section { let title: String; let path: String }

    /// Only areas that exist are linked; pathways join this list as they are built.
    static let sections = [
        Section(title: "Home", path: "/"),
        Section(title: "Directory", path: "/directory"),
    ]

    static func document(title: String, context: PageContext, errors: [FieldError] = [], main: Node<HTML.BodyContext>) -> HTML {
        HTML(
            .lang(.english),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .title((errors.isEmpty ? "" : "Error: ") + title + " – Sharewell"),
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
                           main)),
                .footer(.class("footer"), .div(.class("width-container"),
                    .p(.text("Sharewell: safe, lawful and useful information sharing for the organisations around a child.")),
                    .p(.a(.href("/api/openapi.yaml"), .text("API description (OpenAPI)")))))
            )
        )
    }

    private static func header(_ context: PageContext) -> Node<HTML.BodyContext> {
        .header(.class("header"),
            .div(.class("width-container header-row"),
                .a(.class("service-name"), .href("/"), .text("Sharewell")),
                .nav(.ariaLabel("Main"),
                    .ul(.class("nav-list"), .forEach(sections) { section in
                        .li(.a(.href(section.path), .if(isCurrent(section, context.path), .attribute(named: "aria-current", value: "page")),
                               .text(section.title)))
                    }))))
    }

    private static func isCurrent(_ section: Section, _ path: String) -> Bool {
        section.path == "/" ? path == "/" : path.hasPrefix(section.path)
    }

    /// "There is a problem", each error a link to its field (GOV.UK error summary).
    static func errorSummary(_ errors: [FieldError]) -> Node<HTML.BodyContext> {
        .div(.class("error-summary"), .attribute(named: "role", value: "alert"), .attribute(named: "aria-labelledby", value: "error-summary-title"),
             .h2(.id("error-summary-title"), .class("error-summary-title"), .text("There is a problem")),
             .ul(.forEach(errors) { .li(.a(.href("#\($0.field)"), .text($0.message))) }))
    }
}

extension HTML {
    /// The rendered page as a response; Plot's nodes never leave the handler that built them.
    func response(status: HTTPResponseStatus = .ok) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .html
        return Response(status: status, headers: headers, body: .init(string: render(indentedBy: .spaces(1))))
    }
}

extension Attribute where Context == HTML.InputContext {
    /// `aria-describedby` linking a field to its hint or error message; left out when `nil`.
    static func describedBy(_ id: String?) -> Attribute { Attribute(name: "aria-describedby", value: id ?? "") }
}

extension String {
    /// The text made safe inside a quoted HTML attribute. Plot escapes text nodes but writes
    /// attribute values as given, so every value that comes from data or input passes here.
    var attributeEscaped: String {
        var out = ""
        out.reserveCapacity(count)
        for c in self {
            switch c {
            case "&": out += "&amp;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default: out.append(c)
            }
        }
        return out
    }
}
