import Foundation
import Plot
import SharewellCore
import SharewellStore
import Vapor

/// How long the practice keeps its own record of each pupil a school sent (issue 14, finding 13),
/// set by its information-governance lead.
enum ReviewRetentionPage {
    static let path = "/inbox/attendance/retention"

    struct Form: Content { var months: String? }

    @Sendable static func show(req: Request) async throws -> Response {
        let user = try req.actingUser(may: .manageAgreements)
        let current = try await req.store.reviewRetention(for: user)
        var months = current.months.map(String.init) ?? ""
        var notice = Done.what(req) == "saved" ? "Saved: the practice keeps its record of each pupil for \(current.months.map { counted($0, "month") } ?? "\(months) months")." : nil
        if let kept = try await PendingForm.take(req) { months = try kept.decoded(as: Form.self).months ?? months; notice = PendingForm.notice(req) }
        return view(months: months, current: current, errors: [], notice: notice, context: req.pageContext).response()
    }

    @Sendable static func save(req: Request) async throws -> Response {
        let user = try req.actingUser(may: .manageAgreements)
        let typed = try req.content.decode(Form.self).months ?? ""
        do {
            _ = try await req.store.setReviewRetention(months: typed, by: user, at: req.now)
            return Done.redirect(req, to: path, "saved")
        } catch StoreError.invalidFields(let problems) {
            let current = try await req.store.reviewRetention(for: user)
            return view(months: typed, current: current, errors: problems.fieldErrors, notice: nil, context: req.pageContext).response(status: .unprocessableEntity)
        }
    }

    static func view(months: String, current: ReviewRetention, errors: [FieldError], notice: String?, context: PageContext) -> HTML {
        Layout.document(title: "How long the practice keeps its attendance records", context: context, errors: errors, main: .group(
            Layout.notice(notice),
            .h1(.class("heading-l"), .text("How long the practice keeps its attendance records")),
            .p(.text("For each pupil a school sent, the practice keeps its own record: the review, the letter and the calls. When this many months have passed since the review (or since the pupil arrived, if never reviewed), the whole record is destroyed, with what the school sent. What the school sent is never kept longer than its agreement allows, whatever is set here.")),
            .p(.id("current"), .text(current.months.map { "Now: \(counted($0, "month")), set by \(current.setBy ?? "") on \(current.setAt.map { CalendarDate(inEngland: $0).longDescription } ?? "")." }
                ?? "Now: not set, so the practice's reviews are kept until it decides.")),
            .form(.method(.post), .action(path), .attribute(named: "novalidate"), Layout.csrfField(context), Layout.pageField(path),
                  FormField(id: "months", label: "Months to keep each record", value: months, hint: "From 1 to 1200. For example 24.",
                            error: errors.message(for: "months"), autocomplete: "off").node,
                  .button(.type(.submit), .class("button"), .text("Save")))
        ))
    }
}
