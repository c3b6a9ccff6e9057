import Foundation
import Plot
import SharewellCore
import SharewellStore

/// The agreements the user's organisation is a party to.
enum AgreementsPage {
    struct Model {
        var agreements: [AgreementRecord]
        /// The directory's names of the parties, by code.
        var names: [String: String]
    }

    static func view(_ model: Model, context: PageContext) -> HTML {
        Layout.document(title: "Sharing agreements", context: context, main: .group(
            .h1(.class("heading-l"), .text("Sharing agreements")),
            .p(.text("No identifiable information moves between organisations unless an active agreement covers the organisations, the purpose and every item shared.")),
            .if(context.may(.manageAgreements), .p(.a(.class("button"), .href("/agreements/new"), .text("Draft an agreement")))),
            .table(.class("table"), .id("agreements"),
                .caption(.class("table-caption"), .text(counted(model.agreements.count, "agreement"))),
                .thead(.tr(.th(.attribute(named: "scope", value: "col"), .text("Title")), .th(.attribute(named: "scope", value: "col"), .text("Purpose")),
                           .th(.attribute(named: "scope", value: "col"), .text("Parties")), .th(.attribute(named: "scope", value: "col"), .text("Status")),
                           .th(.attribute(named: "scope", value: "col"), .text("Review")))),
                .tbody(.forEach(model.agreements) { agreement in
                    let terms = agreement.newest.terms
                    return .tr(.td(.a(.href("/agreements/\(agreement.id.uuidString.lowercased())"), .text(terms.title))),
                               .td(.text(terms.purpose.displayName)), .td(.text(terms.parties.joined(separator: ", "))),
                               .td(AgreementPage.standingTag(agreement.standing, names: model.names)), .td(.class("nowrap"), .text(terms.review.description)))
                }))
        ))
    }
}

/// Drafting or revising an agreement.
enum AgreementFormPage {
    struct Model {
        var form: AgreementForm
        var errors: [FieldError] = []
        /// `nil` for a new agreement.
        var agreementID: UUID?
        var notice: String?
        /// The agreement this draft would duplicate, to revise instead.
        var twin: UUID? = nil
    }

    static func view(_ model: Model, context: PageContext) -> HTML {
        let form = model.form, errors = model.errors
        let action = model.agreementID.map { "/agreements/\($0.uuidString.lowercased())/edit" } ?? "/agreements"
        let title = model.agreementID == nil ? "Draft an agreement" : "Revise the agreement"
        return Layout.document(title: title, context: context, errors: errors, main: .group(
            Layout.notice(model.notice),
            .h1(.class("heading-l"), .text(title)),
            .unwrap(model.twin) { .p(.id("twin"), .a(.href("/agreements/\($0.uuidString.lowercased())/edit"), .text("Revise the agreement already in place"))) },
            .if(model.agreementID != nil, .p(.text("Your revision becomes a new version. The version in force stays in force until every party's IG lead approves the new one."))),
            .form(.method(.post), .action(action), .attribute(named: "novalidate"),
                Layout.csrfField(context), Layout.pageField(model.agreementID == nil ? "/agreements/new" : action),
                FormField(id: "title", label: "Title", value: form.title, error: errors.message(for: "title"), autocomplete: "off").node,
                SelectField(id: "purpose", label: "Purpose", options: SharingPurpose.allCases.sorted().map { ($0.rawValue, $0.displayName) },
                            selected: form.purpose, prompt: "Choose the purpose", error: errors.message(for: "purpose")).node,
                FormField(id: "parties", label: "Parties", value: form.parties, hint: "Directory codes of every party, your own included, separated by commas: for example 200101, P81001.",
                          error: errors.message(for: "parties"), autocomplete: "off").node,
                FormField(id: "discloser", label: "Disclosing party (optional)", value: form.discloser,
                          hint: "The code of the one party that sends information to the others. Leave empty if every party may send.",
                          error: errors.message(for: "discloser"), autocomplete: "off").node,
                Choices(name: "mode", legend: "How information is shared", options: [("bulk", "Bulk, pre-planned (a list or extract)"), ("case-by-case", "Case by case (one child or family at a time)")],
                        selected: [form.mode], error: errors.message(for: "mode")).node,
                Choices(name: "dataItems", legend: "Data items allowed", options: DataItem.allCases.map { ($0.rawValue, $0.displayName) }, selected: Set(form.dataItems),
                        kind: .checkbox, hint: "Only the minimum needed. Each item must belong to the purpose.", error: errors.message(for: "dataItems")).node,
                Choices(name: "legalBases", legend: "Legal bases", options: LegalBasis.allCases.map { ($0.rawValue, $0.displayName) }, selected: Set(form.legalBases),
                        kind: .checkbox, hint: "UK GDPR Article 6 and, for health data, Article 9 bases, with any statutory gateway.", error: errors.message(for: "legalBases")).node,
                FormField(id: "dpiaReference", label: "DPIA reference", value: form.dpiaReference, hint: "Required for bulk sharing.", error: errors.message(for: "dpiaReference"), autocomplete: "off").node,
                DateInput(id: "dpiaDate", legend: "DPIA date", parts: form.dpiaDate, errors: errors).node,
                FormField(id: "retentionMonths", label: "Retention period in months", value: form.retentionMonths, error: errors.message(for: "retentionMonths"), autocomplete: "off").node,
                DateInput(id: "start", legend: "Start date", parts: form.start, errors: errors).node,
                DateInput(id: "review", legend: "Review date", parts: form.review, errors: errors).node,
                DateInput(id: "end", legend: "End date", parts: form.end, hint: "The agreement lapses on this date. \(DateInput.example).", errors: errors).node,
                .if(model.agreementID != nil, TextArea(id: "changeNote", label: "What changed and why", value: form.changeNote).node),
                .button(.type(.submit), .class("button"), .text(model.agreementID == nil ? "Save draft" : "Save new version")))
        ))
    }
}
