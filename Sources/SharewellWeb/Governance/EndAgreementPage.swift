import Foundation
import Plot
import SharewellCore
import SharewellStore
import Vapor

/// Ending an agreement cannot be undone, so it has a page of its own: what ending means, the
/// reason, and a second, deliberate "Yes, end it". Nothing is ended until that form is sent.
enum EndAgreementPage {
    struct Form: Content {
        var reason: String?; var confirm: [String]?
        var isConfirmed: Bool { confirm?.contains("yes") == true }
    }

    /// `GET /agreements/:id/end`: the question, asked once more.
    @Sendable static func confirm(req: Request) async throws -> Response {
        let agreement = try await mayEnd(req)
        var form = Form(), notice: String?
        if let kept = try await PendingForm.take(req) { form = try kept.decoded(as: Form.self); notice = PendingForm.notice(req) }
        return view(agreement, form, errors: [], notice: notice, context: req.pageContext).response()
    }

    /// `POST /agreements/:id/end`: ends it (Post/Redirect/Get), or asks again with what was typed.
    @Sendable static func end(req: Request) async throws -> Response {
        let agreement = try await mayEnd(req)
        let user = try req.actingUser()
        let form = try req.content.decode(Form.self)
        let reason = form.reason ?? ""
        guard form.isConfirmed else {
            let errors = [FieldError(field: "confirm", message: "Confirm that the agreement is to end: nothing was ended")]
            return view(agreement, form, errors: errors, notice: nil, context: req.pageContext).response(status: .unprocessableEntity)
        }
        do {
            try await req.store.changeAgreement(agreement.id, .ended, reason: reason, by: user, at: req.now)
            return req.redirect(to: "/agreements/\(agreement.id.uuidString.lowercased())?done=ended", redirectType: .normal)
        } catch let error as StoreError {
            let errors: [FieldError] = if case .invalidFields(let problems) = error { problems.fieldErrors } else { [.init(field: "reason", message: error.message)] }
            return view(agreement, form, errors: errors, notice: nil, context: req.pageContext).response(status: .unprocessableEntity)
        }
    }

    /// The agreement, if the user may manage agreements and is one of the parties that may end it.
    private static func mayEnd(_ req: Request) async throws -> AgreementRecord {
        let user = try req.actingUser(may: .manageAgreements)
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)),
              let agreement = try await req.store.agreement(id, for: user, on: CalendarDate(inEngland: req.now)) else { throw Abort(.notFound) }
        return agreement
    }

    /// The question with what was typed and ticked kept: a page asked again with the box
    /// unticked made the user tick it twice (review of issue 17, item 5).
    static func view(_ agreement: AgreementRecord, _ form: Form, errors: [FieldError], notice: String?, context: PageContext) -> HTML {
        let base = "/agreements/\(agreement.id.uuidString.lowercased())"
        let ended: Bool = if case .ended = agreement.standing { true } else { false }
        return Layout.document(title: "End the agreement", context: context, errors: errors, main: .group(
            Layout.notice(notice),
            .p(.a(.href(base), .text("Back to the agreement"))),
            .span(.class("caption"), .text(agreement.newest.terms.title)),
            .h1(.class("heading-l"), .text("End the agreement?")),
            .if(ended, .p(.id("already-ended"), .text("This agreement has already ended.")), else: .group(
                .p(.text("Ending it stops all sharing under it at once, for every party, and cannot be undone: to share again, the parties draft and approve a new agreement.")),
                .form(.method(.post), .action("\(base)/end"), .attribute(named: "novalidate"), Layout.csrfField(context), Layout.pageField("\(base)/end"),
                    TextArea(id: "reason", label: "Reason to end", value: form.reason ?? "",
                             hint: "Recorded in the agreement's history and the audit log.", error: errors.message(for: "reason")).node,
                    Choices(name: "confirm", legend: "Are you sure?", options: [("yes", "Yes, end this agreement now")], selected: form.isConfirmed ? ["yes"] : [],
                            kind: .checkbox, error: errors.message(for: "confirm")).node,
                    .div(.class("button-group"),
                        .button(.type(.submit), .class("button warning-button"), .id("end-agreement"), .text("End the agreement")),
                        .a(.href(base), .text("Cancel: keep it"))))
            ))))
    }
}
