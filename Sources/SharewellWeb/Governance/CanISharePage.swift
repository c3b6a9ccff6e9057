import Foundation
import Plot
import SharewellCore
import SharewellStore

/// "Can I share this?": a practitioner describes a case-by-case sharing, reads the decision with
/// the rules that led to it, and records it.
enum CanISharePage {
    struct Form: Equatable {
        // No answer is chosen for the user (GOV.UK: no pre-selected radios): a hurried "No" to
        // "significant harm" would give a confidently wrong decision (issue 16, item 5).
        var recipient = "", purpose = "", record = "", identifiable = "", confidential = "", consent = ""
        var significantHarm = "", publicInterest = "", consentWouldEndanger = "", justification = ""
    }

    struct Model {
        var form = Form()
        var organisations: [(value: String, label: String)]
        var personName: String?
        var decision: SharingDecision?
        var agreement: String?
        var errors: [FieldError] = []
        var notice: String?
    }

    static func view(_ model: Model, context: PageContext) -> HTML {
        let form = model.form, errors = model.errors
        return Layout.document(title: "Can I share this?", context: context, errors: errors, main: .group(
            Layout.notice(model.notice),
            .h1(.class("heading-l"), .text("Can I share this?")),
            .unwrap(model.decision) { result($0, model) },
            .p(.text("Describe the sharing you have in mind. You will get a decision, the rules that led to it, and what you must record.")),
            .form(.method(.post), .action("/can-i-share"), .attribute(named: "novalidate"),
                Layout.csrfField(context), Layout.pageField("/can-i-share"),
                .input(.type(.hidden), .name("record"), .value(form.record)),
                .unwrap(model.personName) { .p(.strong(.text("About: ")), .text($0)) },
                SelectField(id: "recipient", label: "Who would you share with?", options: model.organisations, selected: form.recipient,
                            prompt: "Choose an organisation", error: errors.message(for: "recipient")).node,
                SelectField(id: "purpose", label: "What for?", options: SharingPurpose.allCases.sorted().map { ($0.rawValue, $0.displayName) },
                            selected: form.purpose, prompt: "Choose the purpose", error: errors.message(for: "purpose")).node,
                Choices(name: "identifiable", legend: "Would the information identify the child or family?", options: Choices.yesNo, selected: [form.identifiable],
                        hint: "Anonymised or aggregated figures identify no one.", error: errors.message(for: "identifiable"), inline: true).node,
                Choices(name: "confidential", legend: "Is it confidential?", options: Choices.yesNo, selected: [form.confidential],
                        hint: "Health, family circumstances and concerns are confidential; the fact of a birth is not.", error: errors.message(for: "confidential"), inline: true).node,
                Choices(name: "consent", legend: "What is the position on consent?",
                        options: [("given", "Consent was given"), ("refused", "Consent was refused"), ("withdrawn", "Consent was withdrawn"), ("not-sought", "Consent has not been sought")],
                        selected: [form.consent], hint: "Check the consent register on the person's record.", error: errors.message(for: "consent")).node,
                Choices(name: "significantHarm", legend: "Is a child suffering, or likely to suffer, significant harm?", options: Choices.yesNo,
                        selected: [form.significantHarm], error: errors.message(for: "significantHarm"), inline: true).node,
                Choices(name: "publicInterest", legend: "Is there an overriding public interest in sharing?", options: Choices.yesNo,
                        selected: [form.publicInterest], error: errors.message(for: "publicInterest"), inline: true).node,
                Choices(name: "consentWouldEndanger", legend: "Would seeking consent itself put the child at risk?", options: Choices.yesNo,
                        selected: [form.consentWouldEndanger], error: errors.message(for: "consentWouldEndanger"), inline: true).node,
                .unwrap(model.decision) { justification($0, form, errors) },
                .div(.class("button-group"),
                    .button(.type(.submit), .name("action"), .value("decide"), .class(model.decision == nil ? "button" : "button secondary-button"),
                            .text(model.decision == nil ? "Get the decision" : "Decide again")),
                    .if(model.decision != nil, .button(.type(.submit), .name("action"), .value("record"), .class("button"), .id("record-decision"),
                                                       .text("Record this decision")))))
        ))
    }

    /// The decision, first on the page, saying one thing: where the rules allow sharing but no
    /// agreement lets Sharewell carry it, the answer is to share directly, not "you may share" beside
    /// "Sharewell will not send it".
    private static func result(_ decision: SharingDecision, _ model: Model) -> Node<HTML.BodyContext> {
        let direct = decision.outcome.allowsSharing && model.agreement == nil
        let kind = switch decision.outcome {
        case .share, .shareWithJustification: direct ? "decision" : "decision decision-share"
        case .doNotShare: "decision decision-do-not-share"
        case .seekConsent: "decision"
        }
        return .div(.class(kind), .id("decision"), .attribute(named: "role", value: "status"),
            .h2(.class("heading-m"), .text(direct ? "Share it directly, not through Sharewell" : decision.outcome.words)),
            .if(direct, directly(decision, model)),
            .unwrap(decision.outcome.allowsSharing ? model.agreement : nil) { .p(.text("Sharewell can send it under the agreement ‘\($0)’.")) },
            .h3(.class("heading-s"), .text("Why")),
            .ol(.class("list"), .forEach(decision.path) { .li(.text($0)) }),
            .if(!decision.obligations.isEmpty, .group(
                .h3(.class("heading-s"), .text("What you must do")),
                .ul(.class("list"), .forEach(decision.obligations) { .li(.text($0.words)) }))))
    }

    private static func directly(_ decision: SharingDecision, _ model: Model) -> Node<HTML.BodyContext> {
        let code = model.form.recipient
        let recipient = model.organisations.first { $0.value == code }.map { $0.label.replacingOccurrences(of: " (\(code))", with: "") } ?? "the organisation"
        let purpose = SharingPurpose(rawValue: model.form.purpose).map { " for " + $0.displayName.prefix(1).lowercased() + $0.displayName.dropFirst() } ?? ""
        return .group(
            .p(.text("The rules allow this sharing, but no active information sharing agreement with \(recipient)\(purpose) lets Sharewell carry it. "
                     + "Share it with them directly by telephone or secure email, and record this decision here. "
                     + "Where a child is at risk, telephone children's social care now.")),
            .p(.text("To share through Sharewell in future, ask your information governance (IG) lead to set up an agreement: "),
               .a(.href("/agreements"), .text("your organisation's agreements")), .text(".")))
    }

    private static func justification(_ decision: SharingDecision, _ form: Form, _ errors: [FieldError]) -> Node<HTML.FormContext> {
        .if(decision.obligations.contains(.recordJustification),
            TextArea(id: "justification", label: "Your justification", value: form.justification,
                     hint: "Why sharing without consent is necessary and proportionate. It is recorded with the decision and in the audit log.",
                     error: errors.message(for: "justification")).node)
    }
}

/// The organisation's recorded decisions, and one decision.
enum DecisionsPage {
    static func view(_ decisions: [RecordedDecision], context: PageContext) -> HTML {
        Layout.document(title: "Sharing decisions", context: context, main: .group(
            .h1(.class("heading-l"), .text("Sharing decisions")),
            .if(context.may(.decideSharing), .p(.a(.class("button"), .href("/can-i-share"), .text("Can I share this?")))),
            .table(.class("table"), .id("decisions"),
                .caption(.class("table-caption"), .text("\(counted(decisions.count, "decision")) recorded by your organisation")),
                .thead(.tr(.forEach(["When", "By", "With", "Purpose", "Decision"]) { .th(.attribute(named: "scope", value: "col"), .text($0)) })),
                .tbody(.forEach(decisions) { d in
                    .tr(.td(.class("nowrap"), .a(.href("/decisions/\(d.id.uuidString.lowercased())"), .text(AgreementPage.time(d.madeAt)))),
                        .td(.text(d.madeBy)), .td(.text(d.recipient)), .td(.text(d.purpose.displayName)), .td(.text(d.outcome.words)))
                }))
        ))
    }

    static func view(_ d: RecordedDecision, notice: String?, context: PageContext) -> HTML {
        Layout.document(title: "Sharing decision", context: context, main: .group(
            Layout.notice(notice),
            .h1(.class("heading-l"), .text("Sharing decision: \(d.outcome.words.lowercased())")),
            .dl(.class("summary-list"), .forEach([("Made by", d.madeBy), ("When", AgreementPage.time(d.madeAt)), ("Share with", d.recipient),
                                                  ("Purpose", d.purpose.displayName), ("Justification", d.justification.isEmpty ? "None needed" : d.justification)]) { row in
                .div(.class("summary-row"), .dt(.class("summary-key"), .text(row.0)), .dd(.class("summary-value"), .text(row.1)))
            }),
            .h2(.class("heading-m"), .text("Why")),
            .ol(.class("list"), .id("decision-path"), .forEach(d.path) { .li(.text($0)) }),
            .if(!d.obligations.isEmpty, .group(.h2(.class("heading-m"), .text("What must be done")),
                                               .ul(.class("list"), .forEach(d.obligations) { .li(.text($0.words)) })))
        ))
    }
}
