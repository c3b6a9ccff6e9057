import Foundation
import Plot
import SharewellCore
import SharewellStore
import Vapor

/// Early help data matching (issue 8) as each side works it. A practice: the privacy notice, the
/// opt-outs, and sending the patient list. The council's early help team: the patient lists
/// received, matching them to its own people, and the pairs waiting for review.
enum EarlyHelpPage {
    struct Model {
        var agreements: [(id: UUID, terms: AgreementTerms, partnerNames: [String: String])] = []
        var optedOut = 0
        var sent: [SentExtract] = []
        var received: [ReceivedExtract] = []
        var toReview = 0
        var replyBy = DateParts(), council = ""
        /// After a repeat: the confirmed full re-send is offered.
        var offerResend = false
        var notice: String?
        var errors: [FieldError] = []
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let user = try user(req)
        var model = Model()
        if Done.what(req) == "patient-list" { model.notice = "" }
        return try await page(req, user, model).response()
    }

    /// A practice's or council's user; anyone else is turned away.
    static func user(_ req: Request) throws -> ActingUser {
        let user = try req.actingUser(may: .viewIdentifiableRecords)
        guard user.organisationKind == .gpPractice || user.organisationKind == .earlyHelp else {
            throw Abort(.forbidden, reason: "Early help data matching is for GP practices and the council's early help team.")
        }
        return user
    }

    static func page(_ req: Request, _ user: ActingUser, _ model: Model) async throws -> HTML {
        var model = model
        if user.organisationKind == .gpPractice {
            model.agreements = try await req.store.earlyHelpAgreements(for: user, at: req.now)
            model.optedOut = try await req.store.earlyHelpOptOutCount(for: user)
            model.sent = try await req.store.sentExtracts(for: user)
            // After a sending (Post/Redirect/Get) the notice is read back from what was sent.
            if model.notice == "", let last = model.sent.first {
                model.notice = "Sent \(counted(last.sent, "patient")) to \(last.recipientName); \(counted(last.optedOut, "who opted out was", "who opted out were")) left out. The council must destroy the list by \(CalendarDate(iso: last.destroyAfter)?.longDescription ?? last.destroyAfter)."
            }
            return practiceView(model, user: user, context: req.pageContext)
        }
        model.received = try await req.store.receivedExtracts(for: user)
        model.toReview = try await req.store.linkReviewCount(for: user)
        return councilView(model, context: req.pageContext)
    }

    static func practiceView(_ model: Model, user: ActingUser, context: PageContext) -> HTML {
        let councils = model.agreements.flatMap { a in a.terms.parties.filter { $0 != user.organisationCode }.map { ($0, a.partnerNames[$0] ?? $0) } }
        return Layout.document(title: "Early help data matching", context: context, errors: model.errors, main: .group(
            Layout.notice(model.notice),
            .h1(.class("heading-l"), .text("Early help data matching")),
            .p(.text("Working in partnership with the council's early help team to find households who may need help early. Tell every patient first, honour every opt-out, then send the patient list.")),
            .if(model.agreements.isEmpty, .p(.class("notification"), .id("no-agreement"), .text("There is no active early help data matching agreement with the council yet. Your information-governance lead drafts one under Agreements; nothing can be sent until both sides approve it."))),
            .h2(.class("heading-m"), .text("1. Tell your patients")),
            .p(.text("The privacy notice is written from the agreement: what is shared, with whom, how it is kept safe and for how long, and how to opt out.")),
            .form(.method(.get), .action("/early-help/notice"), .attribute(named: "novalidate"),
                DateInput(id: "reply_by", legend: "Opt-outs to reach the practice by", parts: model.replyBy,
                          hint: "Allow patients at least four weeks. \(DateInput.example).", errors: model.errors).node,
                .button(.type(.submit), .class("button secondary-button"), .id("show-notice"), .text("Show the letter to print"))),
            .h2(.class("heading-m"), .text("2. Record opt-outs")),
            .p(.text("\(counted(model.optedOut, "patient has", "patients have")) opted out. They are left out of every extract automatically. "), .a(.href("/early-help/opt-outs"), .id("opt-outs-link"), .text("Record returned forms and see the list"))),
            .h2(.class("heading-m"), .text("3. Send the patient list")),
            .p(.text("Given name, family name, date of birth, sex, address and practice patient number of every registered patient who has not opted out, sent under the agreement.")),
            .form(.method(.post), .action("/early-help/patient-list"), .attribute(named: "novalidate"), Layout.csrfField(context),
                SelectField(id: "council", label: "Send to", options: councils.map { ($0.0, "\($0.1) (\($0.0))") }, selected: councils.count == 1 ? councils[0].0 : model.council,
                            prompt: "Choose the early help team", error: model.errors.message(for: "council")).node,
                .button(.type(.submit), .class("button"), .id("send-patient-list"), .text("Send the patient list"))),
            .if(model.offerResend, resendForm(model, context: context)),
            .h2(.class("heading-m"), .text("4. Demand codes and case discussions")),
            .ul(.class("list"),
                .li(.a(.href("/early-help/demand-codes"), .id("demand-codes-link"), .text("Demand codes: what they mean, and sending them"))),
                .li(.a(.href("/early-help/meetings"), .id("meetings-link"), .text("Case discussions with the council")))),
            .if(!model.sent.isEmpty, .table(.class("table"), .id("sent"),
                .caption(.class("table-caption"), .text("Sent")),
                .thead(.tr(.forEach(["Sent", "What", "To", "Patients", "Opted out, not sent", "Destroyed by"]) { .th(.attribute(named: "scope", value: "col"), .text($0)) })),
                .tbody(.forEach(model.sent) { s in
                    .tr(.td(.class("nowrap"), .text(CalendarDate(inEngland: s.sentAt).description)), .td(.text(s.what)), .td(.text(s.recipientName)), .td(.text(String(s.sent))),
                        .td(.text(String(s.optedOut))), .td(.class("nowrap"), .text(s.destroyAfter)))
                })))
        ))
    }

    /// The deliberate full re-send, offered only after a repeat was refused (the council lost or
    /// destroyed the list it had): it must be confirmed, and it is a new sending, audited as one.
    static func resendForm(_ model: Model, context: PageContext) -> Node<HTML.BodyContext> {
        .form(.method(.post), .action("/early-help/patient-list"), .id("resend-form"), .attribute(named: "novalidate"), Layout.csrfField(context),
            .input(.type(.hidden), .name("council"), .value(model.council)),
            .input(.type(.hidden), .name("resend"), .value("yes")),
            Choices(name: "confirm", legend: "Send every patient again",
                    options: [("yes", "The council needs the whole list again (for example, it destroyed the last one)")], selected: [], kind: .checkbox,
                    error: model.errors.message(for: "confirm")).node,
            .button(.type(.submit), .class("button warning-button"), .id("resend-patient-list"), .text("Send the whole list again")))
    }

    static func councilView(_ model: Model, context: PageContext) -> HTML {
        Layout.document(title: "Early help data matching", context: context, errors: model.errors, main: .group(
            Layout.notice(model.notice),
            .h1(.class("heading-l"), .text("Early help data matching")),
            .p(.text("Patient lists practices sent under an agreement. Match each to the council's people: sure pairs are linked, uncertain ones wait for a person to decide. Once none wait, the names and addresses are destroyed and only the practice patient number is kept.")),
            .ul(.class("list"),
                .li(.a(.href("/early-help/review"), .id("review-link"), .text("Pairs waiting for review: \(model.toReview)"))),
                .li(.a(.href("/early-help/indicators"), .id("indicators-link"), .text("Council indicators and institutions"))),
                .li(.a(.href("/early-help/shortlist"), .id("shortlist-link"), .text("Shortlist and scheduling a case discussion"))),
                .li(.a(.href("/early-help/meetings"), .id("meetings-link"), .text("Case discussions")))),
            .table(.class("table"), .id("received"),
                .caption(.class("table-caption"), .text("Patient lists received: \(model.received.count)")),
                .thead(.tr(.forEach(["Practice", "Sent", "Patients", "Linked", "To review", "Status", "Destroyed by", ""]) { .th(.attribute(named: "scope", value: "col"), .text($0)) })),
                .tbody(.forEach(model.received) { r in
                    .tr(.td(.text("\(r.practiceName) (\(r.practiceCode))")), .td(.class("nowrap"), .text(CalendarDate(inEngland: r.sentAt).description)),
                        .td(.text(String(r.patients))), .td(.text(String(r.linked))), .td(.text(String(r.toReview))),
                        .td(.text(r.matchedAt.map { "Matched \(CalendarDate(inEngland: $0)); details destroyed" } ?? (r.linked + r.toReview > 0 ? "Waiting for review" : "Not matched yet"))),
                        .td(.class("nowrap"), .text(r.destroyAfter)),
                        .td(.if(r.matchedAt == nil && r.linked + r.toReview == 0,
                            .form(.method(.post), .action("/early-help/extracts/\(r.id.uuidString.lowercased())/match"), Layout.csrfField(context),
                                .button(.type(.submit), .class("button secondary-button"), .id("match-\(r.practiceCode)"), .ariaLabel("Match the list from \(r.practiceName)"), .text("Match"))))))
                }))
        ))
    }
}
