import Foundation
import Plot
import SharewellCore
import SharewellStore

/// A person's consent and opt-out register: the whole history, and a form to add a line.
enum ConsentPage {
    struct Form: Equatable {
        var kind = "", scope = "", givenBy = "", method = "", note = ""
        var givenOn = DateParts(), expires = DateParts()
    }

    struct Model {
        var record: PersonRecordView
        var history: [ConsentHistoryLine]
        /// Scope key → label: every purpose, then the organisation's agreements.
        var scopes: [(value: String, label: String)]
        var form = Form()
        var errors: [FieldError] = []
        var notice: String?
    }

    static func view(_ model: Model, context: PageContext) -> HTML {
        let record = model.record, form = model.form, errors = model.errors
        let base = "/records/\(record.id.uuidString.lowercased())"
        let labels = Dictionary(model.scopes.map { ($0.value, $0.label) }) { a, _ in a }
        return Layout.document(title: "Consent: \(record.givenName) \(record.familyName)", context: context, errors: errors, main: .group(
            Layout.notice(model.notice),
            .p(.a(.href(base), .text("Back to the record"))),
            .h1(.class("heading-l"), .text("Consent and opt-outs: \(record.givenName) \(record.familyName)")),
            .p(.text("Every line is kept. The newest line for a purpose or agreement decides; a withdrawal takes effect at once.")),
            Layout.scrolling("Consent history", .table(.class("table"), .id("consent-history"),
                .caption(.class("table-caption"), .text("History (\(counted(model.history.count, "entry", "entries")))")),
                .thead(.tr(.forEach(["What", "For", "Given by", "How", "Date", "Expires", "Recorded by"]) { .th(.attribute(named: "scope", value: "col"), .text($0)) })),
                .tbody(.forEach(model.history.reversed()) { line in
                    .tr(.td(.text(line.kind.displayName)), .td(.text(labels[line.scope.key] ?? line.scope.key)), .td(.text(line.givenBy)),
                        .td(.text(line.method + (line.note.isEmpty ? "" : " (\(line.note))"))), .td(.class("nowrap"), .text(line.givenOn)),
                        .td(.class("nowrap"), .text(line.expires ?? "")), .td(.text("\(line.recordedBy), \(AgreementPage.time(line.recordedAt))")))
                }))),
            .h2(.class("heading-m"), .text("Record consent, a refusal, a withdrawal or an opt-out")),
            .form(.method(.post), .action("\(base)/consent"), .attribute(named: "novalidate"),
                Layout.csrfField(context), Layout.pageField("\(base)/consent"),
                Choices(name: "kind", legend: "What happened", options: ConsentEntry.Kind.allCases.map { ($0.rawValue, $0.displayName) },
                        selected: [form.kind], error: errors.message(for: "kind")).node,
                SelectField(id: "scope", label: "For", options: model.scopes, selected: form.scope, prompt: "Choose a purpose or agreement",
                            error: errors.message(for: "scope")).node,
                FormField(id: "givenBy", label: "Given by", value: form.givenBy, hint: "The person, or who for them: for example \"mother, Jane Doe\".",
                          error: errors.message(for: "givenBy"), autocomplete: "off").node,
                FormField(id: "method", label: "How", value: form.method, hint: "For example \"verbally at the antenatal booking\" or \"opt-out form\".",
                          error: errors.message(for: "method"), autocomplete: "off").node,
                DateInput(id: "givenOn", legend: "Date", parts: form.givenOn, errors: errors).node,
                DateInput(id: "expires", legend: "Expires (optional)", parts: form.expires,
                          hint: "Consent that was given can lapse; leave empty if it does not. \(DateInput.example).", errors: errors).node,
                TextArea(id: "note", label: "Note (optional)", value: form.note).node,
                .button(.type(.submit), .class("button"), .text("Record")))
        ))
    }
}
