import Foundation
import Plot
import SharewellCore
import SharewellStore
import Vapor

/// One case of a case discussion on its own page: what each party disclosed and what was decided.
/// Each party writes only its own words; the store sends them to the other party through the gate.
enum CaseRecordPage {
    typealias Outcome = CaseDiscussionPages.Outcome

    static func path(meeting: UUID, case caseID: UUID) -> String {
        "/early-help/meetings/\(meeting.uuidString.lowercased())/cases/\(caseID.uuidString.lowercased())"
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let user = try EarlyHelpPage.user(req)
        if let kept = try await PendingForm.take(req) {
            return try await view(req, user, draft: try kept.decoded(as: Outcome.self), notice: PendingForm.notice(req), errors: [])
        }
        return try await view(req, user, draft: nil, notice: nil, errors: [])
    }

    @Sendable static func record(req: Request) async throws -> Response {
        let user = try EarlyHelpPage.user(req)
        guard let meetingID = req.parameters.get("id").flatMap(UUID.init(uuidString:)),
              let caseID = req.parameters.get("case").flatMap(UUID.init(uuidString:)) else { throw Abort(.notFound) }
        let form = try req.content.decode(Outcome.self)
        var dateErrors: [FieldError] = []
        let due = (form.follow_up_by ?? DateParts()).readIfTyped("follow_up_by", naming: "the date the follow-up is due", within: .around(today: CalendarDate(inEngland: req.now), back: 1, ahead: 2), into: &dateErrors)
        let record = CaseRecord(councilDisclosed: form.council_disclosed ?? "", practiceDisclosed: form.practice_disclosed ?? "", outcome: form.outcome.flatMap(CaseOutcome.init(rawValue:)),
                                followUpOwner: form.follow_up_owner ?? "", followUpBy: due)
        // A mistyped date is named with the record's other problems in one answer (the date's own is already named).
        guard dateErrors.isEmpty else {
            let rest = record.problems(meetingDay: CalendarDate(inEngland: req.now)).filter { $0.field != "followUpBy" }
            return try await view(req, user, draft: form, notice: nil, errors: dateErrors + rest.map(Self.fieldError))
        }
        do {
            if let refusal = try await req.store.recordCase(caseID, in: meetingID, record, by: user, at: req.now) {
                let field = user.organisationKind == .earlyHelp ? "council_disclosed" : "practice_disclosed"
                var error = FieldError.refused(refusal, field: field, "Not recorded")
                // Nothing to discuss (the patient left the practice): the way on is the rest of the meeting.
                if case .nothingToSend = refusal.reason { error.onward = .init(text: "Back to the case discussion", path: "/early-help/meetings/\(meetingID.uuidString.lowercased())") }
                return try await view(req, user, draft: form, notice: nil, errors: [error], status: .conflict)
            }
            return Done.redirect(req, to: "/early-help/meetings/\(meetingID.uuidString.lowercased())", "outcome")
        } catch StoreError.invalidFields(let problems) {
            return try await view(req, user, draft: form, notice: nil, errors: problems.map(Self.fieldError))
        } catch StoreError.unknownPerson { throw Abort(.notFound) }
    }

    private static func fieldError(_ problem: FieldProblem) -> FieldError {
        let ids = ["outcome": "outcome", "followUpOwner": "follow_up_owner", "followUpBy": "follow_up_by"]
        return FieldError(field: ids[problem.field] ?? problem.field, message: problem.message)
    }

    static func view(_ req: Request, _ user: ActingUser, draft: Outcome?, notice: String?, errors: [FieldError], status: HTTPResponseStatus? = nil) async throws -> Response {
        guard let meetingID = req.parameters.get("id").flatMap(UUID.init(uuidString:)), let caseID = req.parameters.get("case").flatMap(UUID.init(uuidString:)),
              let m = try await req.store.caseDiscussion(meetingID, for: user, at: req.now),
              let index = m.cases.firstIndex(where: { $0.id == caseID }) else { throw Abort(.notFound) }
        let c = m.cases[index], council = user.organisationKind == .earlyHelp
        let form = draft ?? Outcome(council_disclosed: c.record?.councilDisclosed, practice_disclosed: c.record?.practiceDisclosed,
                                    outcome: c.record?.outcome?.rawValue, follow_up_owner: c.record?.followUpOwner, follow_up_by: c.record?.followUpBy.map { DateParts($0) })
        let mine = council ? "Council reference" : "Practice patient number"
        let here = path(meeting: m.id, case: c.id)
        return Layout.document(title: "Case \(index + 1), case discussion \(m.heldOn)", context: req.pageContext, errors: errors, main: .group(
            Layout.notice(notice),
            .p(.a(.href("/early-help/meetings/\(m.id.uuidString.lowercased())"), .text("Back to the case discussion of \(m.heldOn.longDescription)"))),
            .h1(.class("heading-l"), .text("Case \(index + 1): \(c.name)")),
            .p(.text("\(mine) \(c.ownID); \(counted(c.flags, "code")), \(c.healthFlags) of them health.")),
            .unwrap(c.recordedBy) { .p(.class("hint"), .text("Last recorded by \($0).")) },
            .form(.method(.post), .action(here), .attribute(named: "novalidate"), Layout.csrfField(req.pageContext),
                  Layout.pageField(here), .input(.type(.hidden), .name("case"), .value(c.id.uuidString.lowercased())),
                disclosure(council: true, mine: council, value: form.council_disclosed ?? "", error: errors.message(for: "council_disclosed")),
                disclosure(council: false, mine: !council, value: form.practice_disclosed ?? "", error: errors.message(for: "practice_disclosed")),
                Choices(name: "outcome", legend: "Outcome", options: CaseOutcome.allCases.map { ($0.rawValue, $0.words) }, selected: Set([form.outcome ?? ""]),
                        error: errors.message(for: "outcome")).node,
                FormField(id: "follow_up_owner", label: "Follow-up by (who)", value: form.follow_up_owner ?? "", error: errors.message(for: "follow_up_owner"), autocomplete: "off").node,
                DateInput(id: "follow_up_by", legend: "Follow-up due", parts: form.follow_up_by ?? DateParts(), errors: errors).node,
                .button(.type(.submit), .class("button"), .id("record-outcome"), .text("Record the outcome")))
        )).response(status: status ?? (errors.isEmpty ? .ok : .unprocessableEntity))
    }

    /// What was shared and decided, as the meeting page lists it.
    static func summary(_ c: CaseDiscussion.Case) -> Node<HTML.BodyContext> {
        .unwrap(c.record) { r in
            .group(
                .p(.strong(.text("Decided: ")), .text((r.outcome?.words ?? "") + (r.outcome?.needsFollowUp == true ? ", by \(r.followUpOwner), due \(r.followUpBy?.longDescription ?? "")." : "."))),
                .if(!r.councilDisclosed.isEmpty, .p(.strong(.text("The council disclosed: ")), .text(r.councilDisclosed))),
                .if(!r.practiceDisclosed.isEmpty, .p(.strong(.text("The practice disclosed: ")), .text(r.practiceDisclosed))))
        }
    }

    /// A party writes only its own disclosure; the other party's newest words are shown, not editable.
    static func disclosure(council: Bool, mine: Bool, value: String, error: String?) -> Node<HTML.FormContext> {
        let name = council ? "council_disclosed" : "practice_disclosed", label = council ? "What the council disclosed" : "What the practice disclosed"
        guard mine else {
            return .div(.class("form-group"), .p(.strong(.text(label + ": ")), .text(value.isEmpty ? "nothing recorded yet" : value)))
        }
        return TextArea(id: name, label: label, value: value, hint: "Sent to the other party under the agreement, and kept as a new version each time it changes.",
                        error: error).node
    }
}
