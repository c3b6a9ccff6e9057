import Foundation
import Plot
import SharewellCore
import SharewellStore
import Vapor

/// The council's shortlist in its own references, scheduling a case discussion with a practice,
/// and the discussion itself as either party sees it (issue 8, items 7–8).
enum CaseDiscussionPages {
    struct Schedule: Content { var practice: String?; var held_on: DateParts?; var place: String? }
    struct Outcome: Content {
        var council_disclosed: String?; var practice_disclosed: String?; var outcome: String?
        var follow_up_owner: String?; var follow_up_by: DateParts?
        /// Which case, so a form kept over a time-out comes back on the right one.
        var `case`: String?
    }

    @Sendable static func shortlist(req: Request) async throws -> Response {
        let user = try CouncilMatchingPages.councilUser(req)
        if let kept = try await PendingForm.take(req) {
            return try await shortlistView(req, user, try kept.decoded(as: ChoiceFields.self), schedule: try kept.decoded(), errors: [], notice: PendingForm.notice(req))
        }
        return try await shortlistView(req, user, try req.query.decode(ChoiceFields.self), schedule: .init(), errors: [])
    }

    static func shortlistView(_ req: Request, _ user: ActingUser, _ fields: ChoiceFields, schedule: Schedule, errors: [FieldError], notice: String? = nil) async throws -> Response {
        let today = CalendarDate(inEngland: req.now)
        var errors = errors, entries: [CouncilShortlistEntry] = [], choice: StratificationChoice?
        switch fields.parse(today: today) {
        case .failure(let invalid): errors += invalid.errors
        case .success(let parsed) where !fields.isEmpty: choice = parsed; entries = try await req.store.councilShortlist(parsed, by: user, at: req.now)
        case .success: break
        }
        let practices = Array(Set(entries.flatMap(\.practices))).sorted()
        return Layout.document(title: "Shortlist", context: req.pageContext, errors: errors, main: .group(
            Layout.notice(notice),
            .p(.a(.href("/early-help"), .text("Back to early help data matching"))),
            .h1(.class("heading-l"), .text("Shortlist")),
            .p(.text("The people who qualify, in the council's own references. Choose the threshold from the analyst's sweep so the number fits the time you have for case discussions.")),
            .form(.method(.get), .action("/early-help/shortlist"), .attribute(named: "novalidate"), fields.nodes(errors, today: today),
                .button(.type(.submit), .class("button"), .id("show-shortlist"), .text("Show the shortlist"))),
            .unwrap(choice) { choice in .group(
                .table(.class("table"), .id("shortlist"),
                    .caption(.class("table-caption"), .text(counted(entries.count, "person", "people"))),
                    .thead(.tr(.forEach(["Reference", "Name", "Codes", "Health", "Matched to practice"]) { .th(.attribute(named: "scope", value: "col"), .text($0)) })),
                    .tbody(.forEach(entries) { e in
                        .tr(.td(.text(e.reference)), .td(.text(e.name)), .td(.text(String(e.flags))), .td(.text(String(e.healthFlags))), .td(.text(e.practices.joined(separator: ", "))))
                    })),
                .h2(.class("heading-m"), .text("Schedule a case discussion")),
                .p(.text("The practice receives the shortlisted people matched to its patients, as its own patient numbers, under the agreement.")),
                .form(.method(.post), .action("/early-help/meetings"), .attribute(named: "novalidate"), Layout.csrfField(req.pageContext), Layout.pageField("/early-help/shortlist"), ChoiceFields.hidden(choice),
                    SelectField(id: "practice", label: "With the practice", options: practices.map { ($0, $0) }, selected: schedule.practice ?? (practices.count == 1 ? practices[0] : ""),
                                prompt: "Choose the practice", error: errors.message(for: "practice")).node,
                    DateInput(id: "held_on", legend: "Meeting date", parts: schedule.held_on ?? DateParts(), errors: errors).node,
                    FormField(id: "place", label: "Where", value: schedule.place ?? "", hint: "A secure room: the discussion is confidential.", error: errors.message(for: "place"), autocomplete: "off").node,
                    .button(.type(.submit), .class("button"), .id("schedule-meeting"), .text("Schedule and send the shortlist"))))
            }
        )).response(status: errors.isEmpty ? .ok : .unprocessableEntity)
    }

    @Sendable static func schedule(req: Request) async throws -> Response {
        let user = try CouncilMatchingPages.councilUser(req)
        let fields = try req.content.decode(ChoiceFields.self), form = try req.content.decode(Schedule.self)
        guard case .success(let choice) = fields.parse(today: CalendarDate(inEngland: req.now)) else { throw Abort(.badRequest, reason: "Show the shortlist again.") }
        let practice = (form.practice ?? "").trimmingCharacters(in: .whitespaces)
        var errors: [FieldError] = practice.isEmpty ? [.init(field: "practice", message: "Choose the practice")] : []
        let day = (form.held_on ?? DateParts()).read("held_on", naming: "the meeting date", within: .coming(months: Store.caseDiscussionMonthsAhead, today: CalendarDate(inEngland: req.now)), into: &errors)
        // The store's own checks too, so one answer names every problem.
        errors += Store.meetingProblems(on: day, place: form.place ?? "", today: CalendarDate(inEngland: req.now)).map(Self.fieldError)
        guard errors.isEmpty, let day else { return try await shortlistView(req, user, fields, schedule: form, errors: errors) }
        do {
            switch try await req.store.scheduleCaseDiscussion(choice, with: practice, on: day, place: form.place ?? "", by: user, at: req.now) {
            case .success(let id): return req.redirect(to: "/early-help/meetings/\(id.uuidString.lowercased())", redirectType: .normal)
            case .failure(let refusal):
                var error = FieldError.refused(refusal, field: "practice")
                // Nobody on the shortlist matched to the practice's patients: its list is matched on the early help page.
                if case .nothingToSend = refusal.reason { error.onward = .init(text: "Match the practice's patient list", path: "/early-help") }
                return try await shortlistView(req, user, fields, schedule: form, errors: [error])
            }
        } catch StoreError.invalidFields(let problems) {
            return try await shortlistView(req, user, fields, schedule: form, errors: problems.map(Self.fieldError))
        }
    }

    private static func fieldError(_ problem: FieldProblem) -> FieldError {
        FieldError(field: problem.field == "heldOn" ? "held_on" : problem.field, message: problem.message)
    }

    @Sendable static func meetings(req: Request) async throws -> Response {
        let user = try EarlyHelpPage.user(req)
        let meetings = try await req.store.caseDiscussions(for: user)
        return Layout.document(title: "Case discussions", context: req.pageContext, main: .group(
            .p(.a(.href("/early-help"), .text("Back to early help data matching"))),
            .h1(.class("heading-l"), .text("Case discussions")),
            .table(.class("table"), .id("meetings"),
                .caption(.class("table-caption"), .text(counted(meetings.count, "meeting"))),
                .thead(.tr(.forEach(["Date", "Between", "Where", "Cases", "Decided"]) { .th(.attribute(named: "scope", value: "col"), .text($0)) })),
                .tbody(.forEach(meetings) { m in
                    .tr(.td(.a(.href("/early-help/meetings/\(m.id.uuidString.lowercased())"), .text(m.heldOn.description))), .td(.text("\(m.councilName) and \(m.practiceName)")),
                        .td(.text(m.place)), .td(.text(String(m.cases.count))), .td(.text(String(m.cases.filter { $0.record != nil }.count))))
                }))
        )).response()
    }

    @Sendable static func meeting(req: Request) async throws -> Response {
        let user = try EarlyHelpPage.user(req)
        // After a recorded outcome (Post/Redirect/Get), a fixed notice, never text from the address.
        return try await meetingView(req, user, notice: Done.what(req) == "outcome" ? "Outcome recorded." : nil)
    }

    /// The discussion's cases, each with what was shared and decided, and a link to its own page
    /// for recording: one form a page, so nothing typed for one case is lost by saving another.
    static func meetingView(_ req: Request, _ user: ActingUser, notice: String?) async throws -> Response {
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)), let m = try await req.store.caseDiscussion(id, for: user, at: req.now) else { throw Abort(.notFound) }
        let mine = user.organisationKind == .earlyHelp ? "Council reference" : "Practice patient number"
        return Layout.document(title: "Case discussion \(m.heldOn)", context: req.pageContext, main: .group(
            Layout.notice(notice),
            .p(.a(.href("/early-help/meetings"), .text("All case discussions"))),
            .h1(.class("heading-l"), .text("Case discussion, \(m.heldOn.longDescription)")),
            .p(.text("\(m.councilName) and \(m.practiceName), \(m.place). Each side decides what it discloses; record what was shared and what was decided, case by case.")),
            .forEach(Array(m.cases.enumerated())) { index, c in
                .section(.class("panel"), .ariaLabel("Case \(index + 1)"),
                    .h2(.class("heading-m"), .text("Case \(index + 1): \(c.name)")),
                    .p(.text("\(mine) \(c.ownID); \(counted(c.flags, "code")), \(c.healthFlags) of them health.")),
                    CaseRecordPage.summary(c),
                    .p(.a(.href(CaseRecordPage.path(meeting: m.id, case: c.id)), .id("record-\(index + 1)"),
                          .text(c.record == nil ? "Record what was shared and decided for case \(index + 1)" : "Change what was recorded for case \(index + 1)"))))
            }
        )).response()
    }
}
