import Plot
import SharewellCore
import Vapor

/// Adding an organisation, or an administrator editing their own organisation's entry.
enum DirectoryEntryFormPage {
    struct Model {
        var draft: DirectoryEntryDraft
        /// The code of the entry being edited; `nil` when adding.
        var editing: String?
        var errors: [FieldError] = []
        var notice: String?
    }

    typealias Field = (name: String, label: String, hint: String?, path: WritableKeyPath<DirectoryEntryDraft, String>)

    static let organisationFields: [Field] = [
        ("name", "Name", nil, \.name), ("addressLine", "Address", "Building and street", \.addressLine), ("town", "Town", nil, \.town),
        ("postcode", "Postcode", nil, \.postcode),
        ("secureMailbox", "Secure mailbox", "For sharing about a child: never a general enquiries address.", \.secureMailbox),
        ("directPhone", "Direct line", "A number that reaches the team without going through reception.", \.directPhone),
        ("catchment", "Catchment (children's centres only)", "Postcode sectors served, separated by commas: for example AW1 2, AW1 3.", \.catchment),
    ]

    static let leadFields: [Field] = [
        ("leadName", "Name", nil, \.leadName), ("leadJobTitle", "Job title", nil, \.leadJobTitle),
        ("leadEmail", "Secure email", nil, \.leadEmail), ("leadPhone", "Direct line", nil, \.leadPhone),
    ]

    static let deputyFields: [Field] = [
        ("deputyName", "Name", nil, \.deputyName), ("deputyJobTitle", "Job title", nil, \.deputyJobTitle),
        ("deputyEmail", "Secure email", nil, \.deputyEmail), ("deputyPhone", "Direct line", nil, \.deputyPhone),
    ]

    /// The draft from a posted form; fields not sent are empty.
    static func draft(from content: ContentContainer) -> DirectoryEntryDraft {
        var draft = DirectoryEntryDraft()
        for field in organisationFields + leadFields + deputyFields + [("code", "", nil, \.code), ("kind", "", nil, \.kind)] {
            draft[keyPath: field.path] = (try? content.get(String.self, at: field.name)) ?? ""
        }
        return draft
    }

    static func view(_ model: Model, context: PageContext) -> HTML {
        let draft = model.draft, errors = model.errors
        let title = model.editing == nil ? "Add an organisation" : "Edit \(draft.name)"
        let action = model.editing.map { "/directory/\($0)/edit" } ?? "/directory"
        func inputs(_ fields: [Field]) -> Node<HTML.FormContext> {
            .forEach(fields) { field in
                FormField(id: field.name, label: field.label, value: draft[keyPath: field.path], hint: field.hint,
                          error: errors.message(for: field.name), autocomplete: "off").node
            }
        }
        return Layout.document(title: title, context: context, errors: errors, main: .group(
            Layout.notice(model.notice),
            .h1(.class("heading-l"), .text(title)),
            .form(.method(.post), .action(action), .attribute(named: "novalidate"),
                Layout.csrfField(context), Layout.pageField(model.editing == nil ? "/directory/new" : action),
                .if(model.editing == nil, .group(
                    SelectField(id: "kind", label: "Kind of organisation", options: OrganisationKind.allCases.sorted().map { ($0.rawValue, $0.displayName) },
                                selected: draft.kind, prompt: "Choose a kind", error: errors.message(for: "kind")).node,
                    FormField(id: "code", label: "National code", value: draft.code, hint: "The URN (schools, children's centres), ODS code (NHS) or LA team code (for example 353-EH).",
                              error: errors.message(for: "code"), autocomplete: "off").node)),
                inputs(organisationFields),
                .fieldset(.class("fieldset"), .element(named: "legend", nodes: [.class("heading-m"), .text("Designated safeguarding lead")]), inputs(leadFields)),
                .fieldset(.class("fieldset"), .element(named: "legend", nodes: [.class("heading-m"), .text("Deputy (optional)")]), inputs(deputyFields)),
                .button(.type(.submit), .class("button"), .text(model.editing == nil ? "Add organisation" : "Save changes")))
        ))
    }
}
