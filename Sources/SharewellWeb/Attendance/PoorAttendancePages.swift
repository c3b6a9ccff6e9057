import Foundation
import Plot
import SharewellCore
import SharewellStore

/// The school's poor-attendance list, split by registered GP practice, with a send button each.
enum PoorAttendancePage {
    struct Model {
        var from = "", to = "", below = "90"
        var list: PoorAttendanceList?
        var practiceNames: [String: String] = [:]
        var errors: [FieldError] = []
        var notice: String?
    }

    static func view(_ model: Model, context: PageContext) -> HTML {
        Layout.document(title: "Poor-attendance list", context: context, errors: model.errors, main: .group(
            Layout.notice(model.notice),
            .h1(.class("heading-l"), .text("Poor-attendance list")),
            .p(.text("Pupils below the threshold over the period, by registered GP practice. Each practice is sent only its own patients' name, date of birth, address and attendance, and only under an active agreement.")),
            .form(.method(.get), .action("/attendance/poor"), .attribute(named: "novalidate"),
                FormField(id: "from", label: "First day", value: model.from, hint: "For example 2025-09-01.", error: model.errors.message(for: "from"), autocomplete: "off").node,
                FormField(id: "to", label: "Last day", value: model.to, error: model.errors.message(for: "to"), autocomplete: "off").node,
                FormField(id: "below", label: "Attendance below (%)", value: model.below, error: model.errors.message(for: "below"), autocomplete: "off").node,
                .button(.type(.submit), .class("button"), .text("Show the list"))),
            .unwrap(model.list) { list in .group(
                .forEach(list.byPractice.keys.sorted()) { practice in
                    group(list.byPractice[practice]!, id: "practice-\(practice)", title: "\(model.practiceNames[practice] ?? practice) (\(practice))",
                          send: practice, list: list, context: context)
                },
                group(list.noKnownPractice, id: "no-practice", title: "No known GP practice: check the pupil file", send: nil, list: list, context: context))
            }
        ))
    }

    private static func group(_ pupils: [PoorAttendanceList.Pupil], id: String, title: String, send practice: String?,
                              list: PoorAttendanceList, context: PageContext) -> Node<HTML.BodyContext> {
        .section(.id(id), .ariaLabel(title),
            .h2(.class("heading-m"), .text("\(title): \(pupils.count) pupils")),
            .table(.class("table"),
                .thead(.tr(.forEach(["Name", "Date of birth", "Address", "Attendance"]) { .th(.attribute(named: "scope", value: "col"), .text($0)) })),
                .tbody(.forEach(pupils) { p in .tr(.td(.text(p.name)), .td(.class("nowrap"), .text(p.dateOfBirth)), .td(.text(p.address)), .td(.text("\(p.attendancePercent)%"))) })),
            .unwrap(practice) { code in
                .form(.method(.post), .action("/attendance/poor/send"), Layout.csrfField(context),
                      .input(.type(.hidden), .name("practice"), .value(code.attributeEscaped)),
                      .input(.type(.hidden), .name("from"), .value(list.period.lowerBound.description)),
                      .input(.type(.hidden), .name("to"), .value(list.period.upperBound.description)),
                      .input(.type(.hidden), .name("below"), .value(String(list.belowPercent))),
                      .button(.type(.submit), .class("button"), .id("send-\(code)"), .text("Send to \(code)")))
            })
    }
}

/// A practice's received attendance lists.
enum AttendanceInboxPage {
    static func view(_ referrals: [AttendanceReferral], context: PageContext) -> HTML {
        Layout.document(title: "Attendance inbox", context: context, main: .group(
            .h1(.class("heading-l"), .text("Attendance inbox")),
            .p(.text("Pupils whose schools shared their attendance under an agreement. The school sees nothing of your review.")),
            .table(.class("table"), .id("inbox"),
                .caption(.class("table-caption"), .text("\(referrals.count) pupils")),
                .thead(.tr(.forEach(["Name", "Date of birth", "Address", "Attendance", "Period", "School", "Review"]) { .th(.attribute(named: "scope", value: "col"), .text($0)) })),
                .tbody(.forEach(referrals) { r in
                    .tr(.td(.a(.href("/inbox/attendance/\(r.id.uuidString.lowercased())"), .text(r.name))), .td(.class("nowrap"), .text(r.dateOfBirth)),
                        .td(.text(r.address)), .td(.text("\(r.attendancePercent)%")), .td(.class("nowrap"), .text(r.period)), .td(.text(r.schoolName)),
                        .td(.text(r.review.map { "Reviewed: medical reason \($0.medicalReason.displayName.lowercased())" } ?? "Not yet reviewed")))
                }))
        ))
    }
}

/// The practice's review of one pupil: practice-internal, never sent to the school.
enum AttendanceReviewPage {
    struct Model {
        var referral: AttendanceReferral
        var medicalReason = "", category = "", internalNotes = "", familyContacted = ""
        var errors: [FieldError] = []
    }

    static func view(_ model: Model, context: PageContext) -> HTML {
        let r = model.referral, errors = model.errors
        return Layout.document(title: "Review: \(r.name)", context: context, errors: errors, main: .group(
            .p(.a(.href("/inbox/attendance"), .text("Back to the attendance inbox"))),
            .h1(.class("heading-l"), .text("Review: \(r.name)")),
            .dl(.class("summary-list"), .forEach([("Date of birth", r.dateOfBirth), ("Address", r.address), ("Attendance", "\(r.attendancePercent)% from \(r.period)"),
                                                  ("School", r.schoolName)] + (r.reviewedBy.map { [("Last reviewed by", $0)] } ?? [])) { row in
                .div(.class("summary-row"), .dt(.class("summary-key"), .text(row.0)), .dd(.class("summary-value"), .text(row.1)))
            }),
            .p(.strong(.text("Nothing on this form is sent to the school."))),
            .form(.method(.post), .action("/inbox/attendance/\(r.id.uuidString.lowercased())"), .attribute(named: "novalidate"),
                Layout.csrfField(context), Layout.pageField("/inbox/attendance/\(r.id.uuidString.lowercased())"),
                Choices(name: "medicalReason", legend: "Is there a medical reason for the absence?", options: AttendanceReview.MedicalReason.allCases.map { ($0.rawValue, $0.displayName) },
                        selected: [model.medicalReason], error: errors.message(for: "medicalReason"), inline: true).node,
                Choices(name: "category", legend: "Category (if a medical reason is found or possible)", options: AttendanceReview.Category.allCases.map { ($0.rawValue, $0.displayName) },
                        selected: [model.category], error: errors.message(for: "category")).node,
                TextArea(id: "internalNotes", label: "Practice notes (internal)", value: model.internalNotes,
                         hint: "For example parental mental health, alcohol, hospital letters not yet coded.").node,
                Choices(name: "familyContacted", legend: "Has the family been contacted?", options: Choices.yesNo, selected: [model.familyContacted],
                        error: errors.message(for: "familyContacted"), inline: true).node,
                .button(.type(.submit), .class("button"), .text("Save review")))
        ))
    }
}
