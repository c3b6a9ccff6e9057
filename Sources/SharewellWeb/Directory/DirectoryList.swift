import Plot
import SharewellCore

/// The directory: search by name, code, postcode or safeguarding lead, filter by kind, and see each organisation's
/// safeguarding lead and direct line in the results, so finding them is one step.
enum DirectoryList {
    struct Model: Equatable {
        var text: String
        /// As submitted, so a bad value is shown back rather than lost.
        var kind: String
        var entries: [DirectoryEntry]
        var errors: [FieldError] = []

        static let example = Model(text: "", kind: "", entries: [.example, .exampleSchool])
    }

    static func view(_ model: Model, context: PageContext) -> HTML {
        Layout.document(title: "Directory", context: context, errors: model.errors, main: .group(
            .h1(.class("heading-l"), .text("Directory")),
            .p(.text("Find an organisation and its designated safeguarding lead: their name, secure email and direct line.")),
            searchForm(model),
            results(model)
        ))
    }

    private static func searchForm(_ model: Model) -> Node<HTML.BodyContext> {
        let textError = model.errors.first { $0.field == "q" }, kindError = model.errors.first { $0.field == "kind" }
        return .form(.method(.get), .action("/directory"), .attribute(named: "role", value: "search"), .class("search-form"),
            .div(.class(textError == nil ? "form-group" : "form-group form-group-error"),
                .label(.for("q"), .class("label"), .text("Name, code, postcode or lead")),
                .p(.id("q-hint"), .class("hint"), .text("An organisation's name or code, a postcode, or a safeguarding lead's name.")),
                .if(textError != nil, .p(.id("q-error"), .class("error-message"), .span(.class("visually-hidden"), .text("Error:")), .text(" " + (textError?.message ?? "")))),
                .input(.type(.search), .id("q"), .name("q"), .value(model.text), .class(textError == nil ? "input" : "input input-error"),
                       .describedBy(textError == nil ? "q-hint" : "q-hint q-error"))),
            .div(.class(kindError == nil ? "form-group" : "form-group form-group-error"),
                .label(.for("kind"), .class("label"), .text("Kind of organisation")),
                .if(kindError != nil, .p(.id("kind-error"), .class("error-message"), .span(.class("visually-hidden"), .text("Error:")), .text(" " + (kindError?.message ?? "")))),
                .select(.id("kind"), .attribute(named: "name", value: "kind"), .class("select"), .attribute(named: "aria-describedby", value: kindError == nil ? "" : "kind-error"),
                    option(value: "", label: "All kinds", selected: model.kind.isEmpty),
                    .forEach(OrganisationKind.allCases.sorted()) { option(value: $0.rawValue, label: $0.displayName, selected: model.kind == $0.rawValue) })),
            .button(.type(.submit), .class("button"), .text("Search")))
    }

    private static func option(value: String, label: String, selected: Bool) -> Node<HTML.SelectContext> {
        .element(named: "option", nodes: [.attribute(named: "value", value: value, ignoreIfValueIsEmpty: false), .if(selected, .attribute(named: "selected", value: "selected")), .text(label)])
    }

    private static func results(_ model: Model) -> Node<HTML.BodyContext> {
        guard model.errors.isEmpty else { return .empty }
        guard !model.entries.isEmpty else {
            return .p(.id("no-results"), .text("No organisations match. Check the spelling, or search by code or postcode."))
        }
        return .table(.class("table"), .id("results"),
            .caption(.class("table-caption"), .text(counted(model.entries.count, "organisation"))),
            .thead(.tr(.th(.attribute(named: "scope", value: "col"), .text("Organisation")),
                       .th(.attribute(named: "scope", value: "col"), .text("Code")),
                       .th(.attribute(named: "scope", value: "col"), .text("Safeguarding lead")),
                       .th(.attribute(named: "scope", value: "col"), .text("Direct line")))),
            .tbody(.forEach(model.entries) { entry in
                .tr(.td(.a(.href("/directory/\(entry.code)"), .text(entry.name)), .br(), .span(.class("secondary-text"), .text(entry.kind.displayName))),
                    .td(.text(entry.code)),
                    .td(.text(entry.safeguardingLead.name), .br(), .a(.href("mailto:\(entry.safeguardingLead.secureEmail)"), .text(entry.safeguardingLead.secureEmail))),
                    .td(.class("nowrap"), .text(entry.safeguardingLead.directPhone)))
            }))
    }
}
