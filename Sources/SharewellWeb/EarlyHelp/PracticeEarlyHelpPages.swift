import Foundation
import Plot
import SharewellCore
import SharewellStore
import Vapor

/// The practice's side of early help data matching: the privacy notice to print, opt-outs from
/// returned forms, and sending the patient list through the gate.
enum PracticeEarlyHelpPages {
    struct NoticeQuery: Content { var reply_by: DateParts? }
    struct OptOutForm: Content { var ids: String?; var method: String?; var received_on: DateParts? }
    struct SendForm: Content { var council: String? }

    static func practiceUser(_ req: Request, may permission: Permission) throws -> ActingUser {
        let user = try req.actingUser(may: permission)
        guard user.organisationKind == .gpPractice else { throw AccessRefusal.organisationKind(.gpPractice, user, work: "this page") }
        return user
    }

    /// The letter and opt-out form for every registered patient, one per active agreement's council.
    @Sendable static func notice(req: Request) async throws -> Response {
        let user = try practiceUser(req, may: .viewIdentifiableRecords)
        let text = try req.query.decode(NoticeQuery.self).reply_by ?? DateParts()
        let today = CalendarDate(inEngland: req.now)
        var errors: [FieldError] = []
        let replyBy = text.read("reply_by", naming: "the reply-by date", within: DateWindow(today.advanced(by: 1)...today.adding(months: 12), today: today), into: &errors)
        guard errors.isEmpty, let replyBy else {
            let html = try await EarlyHelpPage.page(req, user, .init(replyBy: text, errors: errors))
            return html.response(status: .unprocessableEntity)
        }
        let agreements = try await req.store.earlyHelpAgreements(for: user, at: req.now)
        guard !agreements.isEmpty else {
            let html = try await EarlyHelpPage.page(req, user, .init(replyBy: text, errors: [.init(field: "reply_by", message: "There is no active early help agreement to describe yet")]))
            return html.response(status: .conflict)
        }
        let practice = agreements[0].partnerNames[user.organisationCode] ?? user.organisationCode
        let entry = try await req.store.organisation(code: user.organisationCode)
        let notices = agreements.map { a in
            PrivacyNotice(practiceName: practice, councilName: a.terms.parties.filter { $0 != user.organisationCode }.map { a.partnerNames[$0] ?? $0 }.joined(separator: " and "),
                          terms: a.terms, replyBy: replyBy)
        }
        return Layout.document(title: "Privacy notice", context: req.pageContext, main: .group(
            .div(.class("no-print"), .p(.a(.href("/early-help"), .text("Back to early help data matching"))),
                 .p(.text("Print this letter for every registered patient; the opt-out form is at its foot."))),
            .forEach(notices) { notice in
                .article(.class("letter"), .ariaLabel("Letter from \(notice.practiceName)"),
                    .unwrap(entry, PostedLetter.letterhead),
                    .h1(.class("heading-l"), .text("\(notice.practiceName): working with \(notice.councilName) to help families early")),
                    .forEach(notice.sections) { .group(.h2(.class("heading-s"), .text($0.heading)), .p(.text($0.text))) },
                    .h2(.class("heading-m"), .text("Opt-out form")),
                    .p(.text("Request for my information to be withheld from early help data matching. Return to \(notice.practiceName) by \(notice.replyBy.longDescription), by hand or by post to:")),
                    .unwrap(entry) { .p(.class("return-address"), PostedLetter.lines([$0.name] + PostedLetter.returnAddress($0).lines)) },
                    .table(.class("table opt-out-table"), .caption(.class("table-caption"), .text("People in your household who do not want their information shared")),
                        .thead(.tr(.forEach(["Name", "Date of birth", "Signature"]) { .th(.attribute(named: "scope", value: "col"), .text($0)) })),
                        .tbody(.forEach(1...4) { _ in .tr(.td(.text(" ")), .td(.text(" ")), .td(.text(" "))) })),
                    .p(.class("write-in"), .text("Your address:")),
                    .p(.class("write-in"), .text("Date:")),
                    .p(.class("hint"), .text("For the practice: practice patient numbers ____________________")))
            }
        )).response()
    }

    @Sendable static func optOuts(req: Request) async throws -> Response {
        let user = try practiceUser(req, may: .recordConsent)
        if let kept = try await PendingForm.take(req) {
            return try await optOutsView(req, user, form: try kept.decoded(), notice: PendingForm.notice(req), errors: []).response()
        }
        let (added, already) = (Done.count(req, "added"), Done.count(req, "already"))
        let notice = Done.what(req) == "opt-outs" ? "Recorded \(counted(added, "opt-out"))\(already > 0 ? "; \(already) already opted out" : "")." : nil
        return try await optOutsView(req, user, form: OptOutForm(), notice: notice, errors: []).response()
    }

    @Sendable static func recordOptOuts(req: Request) async throws -> Response {
        let user = try practiceUser(req, may: .recordConsent)
        let form = try req.content.decode(OptOutForm.self)
        let ids = (form.ids ?? "").split(whereSeparator: { $0.isNewline || $0.isWhitespace || $0 == "," }).map(String.init)
        let method = (form.method ?? "").trimmingCharacters(in: .whitespaces)
        // Only the ways the page lists: a crafted value is not stored as how an opt-out arrived (review of issue 17, item 10).
        var errors: [FieldError] = Self.methods.contains(method) ? [] : [.init(field: "method", message: "Choose how the opt-out reached the practice")]
        let day = (form.received_on ?? DateParts()).read("received_on", naming: "the date the opt-out was received",
                                                         within: .past(years: 20, today: CalendarDate(inEngland: req.now)), into: &errors)
        // The page's own problems go to the store with what it read, so the ids are checked in the
        // same sending (issue 16, item 3); the store names the date `givenOn`, the page `received_on`.
        let unreadable = errors.problems.map { FieldProblem(field: $0.field.replacingOccurrences(of: "received_on", with: "givenOn"), message: $0.message) }
        do {
            let added = try await req.store.recordEarlyHelpOptOuts(ids, method: method, receivedOn: day, unreadable: unreadable, by: user, at: req.now)
            let already = Set(ids).count - added
            return Done.redirect(req, to: "/early-help/opt-outs", "opt-outs", [("added", added), ("already", already)])
        } catch StoreError.invalidFields(let problems) {
            let errors = problems.map { FieldError(field: $0.field.replacingOccurrences(of: "givenOn", with: "received_on"), message: $0.message) }
            return try await optOutsView(req, user, form: form, notice: nil, errors: errors).response(status: .unprocessableEntity)
        }
    }

    /// How an opt-out may reach the practice, as the form offers and the list shows.
    static let methods = ["opt-out form", "telephone", "at reception", "letter or email"]

    static func optOutsView(_ req: Request, _ user: ActingUser, form: OptOutForm, notice: String?, errors: [FieldError]) async throws -> HTML {
        let patients = try await req.store.earlyHelpOptOuts(for: user, at: req.now)
        return Layout.document(title: "Opt-outs from early help data matching", context: req.pageContext, errors: errors, main: .group(
            Layout.notice(notice),
            .p(.a(.href("/early-help"), .text("Back to early help data matching"))),
            .h1(.class("heading-l"), .text("Opt-outs from early help data matching")),
            .p(.text("Patients listed here are never sent to the council. To take someone off the list, record that they rescinded the opt-out on their consent page.")),
            .form(.method(.post), .action("/early-help/opt-outs"), .attribute(named: "novalidate"), Layout.csrfField(req.pageContext), Layout.pageField("/early-help/opt-outs"),
                TextArea(id: "ids", label: "Practice patient numbers", value: form.ids ?? "", hint: "One per line, or separated by commas, as written on the returned forms.",
                         error: errors.message(for: "ids")).node,
                SelectField(id: "method", label: "How it reached the practice", options: methods.map { ($0, $0.prefix(1).uppercased() + $0.dropFirst()) },
                            selected: form.method ?? "opt-out form", prompt: "Choose how", error: errors.message(for: "method")).node,
                DateInput(id: "received_on", legend: "Received on", parts: form.received_on ?? DateParts(CalendarDate(inEngland: req.now)), errors: errors).node,
                .button(.type(.submit), .class("button"), .id("record-opt-outs"), .text("Record opt-outs"))),
            Layout.scrolling("Patients who opted out", .table(.class("table"), .id("opted-out"),
                .caption(.class("table-caption"), .text("\(counted(patients.count, "patient")) opted out")),
                .thead(.tr(.forEach(["Practice patient number", "Name", "Address", "Received", "How"]) { .th(.attribute(named: "scope", value: "col"), .text($0)) })),
                .tbody(.forEach(patients) { p in
                    .tr(.td(.text(p.practicePatientID)), .td(.text(p.name)), .td(.text(p.address)), .td(.class("nowrap"), .text(p.receivedOn)), .td(.text(p.method)))
                })))
        ))
    }

    struct PatientListForm: Content { var council: String?; var resend: String?; var confirm: [String]? }

    /// Sends the patient list, answering with a redirect (a reload sends nothing). A second "Send" of
    /// the same list is refused as a repeat and offers the deliberate, confirmed full re-send.
    @Sendable static func sendPatientList(req: Request) async throws -> Response {
        let user = try practiceUser(req, may: .decideSharing)
        let form = try req.content.decode(PatientListForm.self)
        let council = (form.council ?? "").trimmingCharacters(in: .whitespaces), resend = form.resend == "yes"
        var errors: [FieldError] = []
        if council.isEmpty { errors.append(.init(field: "council", message: "Choose the early help team to send the list to")) }
        if resend, form.confirm?.contains("yes") != true { errors.append(.init(field: "confirm", message: "Confirm that the council needs the whole list again")) }
        guard errors.isEmpty else {
            return try await EarlyHelpPage.page(req, user, .init(council: council, offerResend: resend, errors: errors)).response(status: .unprocessableEntity)
        }
        switch try await req.store.sendPatientList(to: council, resend: resend, by: user, at: req.now) {
        case .success:
            return Done.redirect(req, to: "/early-help", "patient-list")
        case .failure(let refusal):
            let model = EarlyHelpPage.Model(council: council, offerResend: refusal.reason.isRepeat,
                                            errors: [.refused(refusal, field: "council")])
            return try await EarlyHelpPage.page(req, user, model).response(status: .conflict)
        }
    }
}
