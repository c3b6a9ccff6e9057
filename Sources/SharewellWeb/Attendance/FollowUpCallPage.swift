import Foundation
import Plot
import SharewellCore
import SharewellStore
import Vapor

/// The calls to a pupil's parent, on the review page (issue 6, item 6).
enum FollowUpCallPage {
    struct Fields { var day = DateParts(), outcome = "", letterArrived = "", feedback = "" }

    struct Form: Content { var day: DateParts?; var outcome: String?; var letterArrived: String?; var feedback: String? }

    @Sendable static func record(req: Request) async throws -> Response {
        let (user, referral) = try await AttendanceInboxController.referral(req)
        let form = try req.content.decode(Form.self)
        var model = AttendanceReviewPage.Model(referral: referral)
        model.call = Fields(day: form.day ?? DateParts(), outcome: form.outcome ?? "", letterArrived: form.letterArrived ?? "", feedback: form.feedback ?? "")
        var errors: [FieldError] = []
        let day = model.call.day.read("day", naming: "the date of the call", within: .past(years: 2, today: CalendarDate(inEngland: req.now)), into: &errors)
        let arrived = (form.letterArrived ?? "").isEmpty ? nil : form.letterArrived.flatMap(FollowUpCall.LetterArrival.init(rawValue:))
        if !(form.letterArrived ?? "").isEmpty, arrived == nil { errors.append(.init(field: "letterArrived", message: "Choose yes, no or not sure")) }
        // What the page could not read goes to the store with the rest, which checks it against the
        // calls already made: one sending names every problem (issue 16, item 3).
        let draft = FollowUpCall.Draft(day: day, outcome: form.outcome.flatMap(FollowUpCall.Outcome.init(rawValue:)), letterArrived: arrived,
                                       feedback: form.feedback ?? "", unreadable: errors.problems)
        do {
            let update = try await req.store.recordCall(from: draft, on: referral.id, by: user, at: req.now)
            return Done.redirect(req, to: "/inbox/attendance/\(referral.id.uuidString.lowercased())", "call", [("school", update.code)])
        } catch StoreError.invalidFields(let problems) {
            model.errors = problems.fieldErrors
            return AttendanceReviewPage.view(model, context: req.pageContext).response(status: .unprocessableEntity)
        }
    }

    static func section(_ model: AttendanceReviewPage.Model, context: PageContext) -> Node<HTML.BodyContext> {
        let r = model.referral, errors = model.errors, path = "/inbox/attendance/\(r.id.uuidString.lowercased())/calls"
        let done = r.calls.count >= FollowUpCall.maximumAttempts || r.calls.contains { $0.outcome == .spokeToParent }
        return .section(.ariaLabel("Follow-up calls"),
            .h2(.class("heading-m"), .text("Follow-up calls")),
            .p(.text("Up to three attempts, each on a different day. Do not leave a voicemail.")),
            .if(!r.calls.isEmpty, .table(.class("table"), .id("calls"),
                .thead(.tr(.forEach(["Day", "Outcome", "Letter arrived", "Feedback"]) { .th(.attribute(named: "scope", value: "col"), .text($0)) })),
                .tbody(.forEach(r.calls) { call in
                    .tr(.td(.class("nowrap"), .text(call.day.description)), .td(.text(call.outcome.displayName)),
                        .td(.text(call.letterArrived?.displayName ?? "")), .td(.text(call.feedback)))
                }))),
            done ? .p(.text(r.calls.count >= FollowUpCall.maximumAttempts ? "Three attempts have been made." : "The parent has been reached."))
                : .form(.method(.post), .action(path), .attribute(named: "novalidate"), Layout.csrfField(context),
                    Layout.pageField("/inbox/attendance/\(r.id.uuidString.lowercased())"),
                    DateInput(id: "day", legend: "Day of the call", parts: model.call.day, errors: errors).node,
                    Choices(name: "outcome", legend: "What happened?", options: FollowUpCall.Outcome.allCases.map { ($0.rawValue, $0.displayName) },
                            selected: [model.call.outcome], error: errors.message(for: "outcome")).node,
                    Choices(name: "letterArrived", legend: "Did the letter arrive? (if the parent was reached)",
                            options: FollowUpCall.LetterArrival.allCases.map { ($0.rawValue, $0.displayName) }, selected: [model.call.letterArrived],
                            error: errors.message(for: "letterArrived"), inline: true).node,
                    TextArea(id: "feedback", label: "The parent's feedback (if the parent was reached)", value: model.call.feedback, error: errors.message(for: "feedback")).node,
                    .button(.type(.submit), .class("button"), .text("Record the call"))))
    }
}
