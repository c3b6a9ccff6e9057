import Foundation
import Plot
import SharewellCore
import SharewellStore
import Vapor

/// How long the practice keeps its own record of each pupil a school sent (issue 14, finding 13),
/// set by its information-governance lead.
enum ReviewRetentionPage {
    static let path = "/inbox/attendance/retention"

    /// `destroying`: how many records the lead confirmed would go (a checkbox whose value is the count).
    struct Form: Content { var months: String?; var destroying: [String]? }

    /// What the lead is asked before a retention that destroys records at once.
    struct Confirmation { var records: Int; var before: CalendarDate }

    @Sendable static func show(req: Request) async throws -> Response {
        let user = try req.actingUser(may: .manageAgreements)
        let current = try await req.store.reviewRetention(for: user)
        var months = current.months.map(String.init) ?? ""
        var notice = Done.what(req) == "saved" ? "Saved: the practice keeps its record of each pupil for \(current.months.map { counted($0, "month") } ?? "\(months) months")." : nil
        if let kept = try await PendingForm.take(req) { months = try kept.decoded(as: Form.self).months ?? months; notice = PendingForm.notice(req) }
        return view(months: months, current: current, confirmation: nil, errors: [], notice: notice, context: req.pageContext).response()
    }

    @Sendable static func save(req: Request) async throws -> Response {
        let user = try req.actingUser(may: .manageAgreements)
        let form = try req.content.decode(Form.self)
        let typed = form.months ?? ""
        do {
            _ = try await req.store.setReviewRetention(months: typed, destroying: form.destroying?.compactMap { Int($0) }.first, by: user, at: req.now)
            return Done.redirect(req, to: path, "saved")
        } catch StoreError.invalidFields(let problems) {
            let current = try await req.store.reviewRetention(for: user)
            return view(months: typed, current: current, confirmation: nil, errors: problems.fieldErrors, notice: nil, context: req.pageContext).response(status: .unprocessableEntity)
        } catch StoreError.retentionWouldDestroy(let records, let before) {
            // Not saved: asked again with the months as typed, the count to confirm, and nothing else changed.
            let current = try await req.store.reviewRetention(for: user)
            let error = FieldError(field: "destroying", message: "Confirm that the records of \(counted(records, "pupil")) are to be destroyed, or keep records for longer")
            return view(months: typed, current: current, confirmation: Confirmation(records: records, before: before), errors: [error], notice: nil,
                        context: req.pageContext).response(status: .unprocessableEntity)
        }
    }

    static func view(months: String, current: ReviewRetention, confirmation: Confirmation?, errors: [FieldError], notice: String?, context: PageContext) -> HTML {
        Layout.document(title: "How long the practice keeps its attendance records", context: context, errors: errors, main: .group(
            Layout.notice(notice),
            .h1(.class("heading-l"), .text("How long the practice keeps its attendance records")),
            .p(.text("For each pupil a school sent, the practice keeps its own record: the review, the letter and the calls. When this many months have passed since the review (or since the pupil arrived, if never reviewed), the whole record is destroyed, with what the school sent. What the school sent is never kept longer than its agreement allows, whatever is set here.")),
            .p(.id("current"), .text(current.months.map { "Now: \(counted($0, "month")), set by \(current.setBy ?? "") on \(current.setAt.map { CalendarDate(inEngland: $0).longDescription } ?? "")." }
                ?? "Now: not set, so the practice's reviews are kept until it decides.")),
            .form(.method(.post), .action(path), .attribute(named: "novalidate"), Layout.csrfField(context), Layout.pageField(path),
                  FormField(id: "months", label: "Months to keep each record", value: months, hint: "From 1 to 1200. For example 24.",
                            error: errors.message(for: "months"), autocomplete: "off").node,
                  .unwrap(confirmation) { confirm(months: months, $0, error: errors.message(for: "destroying")) },
                  .button(.type(.submit), .class("button"), .text("Save")))
        ))
    }

    /// The warning and the box to tick before records are destroyed: the count is the box's value,
    /// so a count that changed in between is asked about again.
    private static func confirm(months: String, _ confirmation: Confirmation, error: String?) -> Node<HTML.FormContext> {
        .group(
            .div(.class("warning-text"), .id("retention-warning"),
                 .p(.strong(.text("Keeping records for \(months.trimmingCharacters(in: .whitespaces)) months destroys the practice's records of \(counted(confirmation.records, "pupil")) within the hour: every review, letter and call from before \(confirmation.before.longDescription), with what the school sent. This cannot be undone.")))),
            Choices(name: "destroying", legend: "Destroy these records?", options: [(String(confirmation.records), "Yes, destroy the records of \(counted(confirmation.records, "pupil"))")],
                    selected: [], kind: .checkbox, error: error).node)
    }
}
