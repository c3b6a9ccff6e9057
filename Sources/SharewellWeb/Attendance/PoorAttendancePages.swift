import Foundation
import Plot
import SharewellCore
import SharewellStore

/// The school's poor-attendance list, split by registered GP practice, with a send button each.
enum PoorAttendancePage {
    struct Model {
        var from = DateParts(), to = DateParts(), below = "90"
        var list: PoorAttendanceList?
        var practiceNames: [String: String] = [:]
        var errors: [FieldError] = []
        var notice: String?
        var sent: [SentPupil] = []
    }

    static func view(_ model: Model, context: PageContext) -> HTML {
        Layout.document(title: "Poor-attendance list", context: context, errors: model.errors, main: .group(
            Layout.notice(model.notice),
            .h1(.class("heading-l"), .text("Poor-attendance list")),
            .p(.text("Pupils below the threshold over the period, by registered GP practice. Each practice is sent only its own patients' name, date of birth, address and attendance, and only under an active agreement.")),
            .form(.method(.get), .action("/attendance/poor"), .attribute(named: "novalidate"),
                PeriodFields.nodes(from: model.from, to: model.to, errors: model.errors),
                FormField(id: "below", label: "Attendance below (%)", value: model.below, error: model.errors.message(for: "below"), autocomplete: "off").node,
                .button(.type(.submit), .class("button"), .text("Show the list"))),
            .unwrap(model.list) { list in .group(
                .if(list.measuredPupils == 0, .div(.class("notification"), .id("no-marks"), .attribute(named: "role", value: "status"),
                    .p(.text("No attendance is stored for \(list.period.lowerBound.longDescription) to \(list.period.upperBound.longDescription), so no pupil can be listed: an empty list here does not mean every pupil attends well.")),
                    .p(.text(list.storedDays.map { "The school's stored marks cover \($0.lowerBound.longDescription) to \($0.upperBound.longDescription)." }
                             ?? "The school has no marks stored yet: "), .if(list.storedDays == nil, .a(.href("/attendance/import"), .text("import them")))))),
                .unwrap(list.periodOutrunsMarks ? list.storedDays : nil) { days in
                    .div(.class("notification"), .id("part-marked"), .attribute(named: "role", value: "status"),
                         .p(.text("Marks are stored from \(days.lowerBound.longDescription) to \(days.upperBound.longDescription) only: each pupil's figure covers the days of \(list.period.lowerBound.longDescription) to \(list.period.upperBound.longDescription) that have marks, and a practice is sent it with the period you chose.")))
                },
                .forEach(list.byPractice.keys.sorted()) { practice in
                    group(list.byPractice[practice]!, id: "practice-\(practice)", title: "\(model.practiceNames[practice] ?? practice) (\(practice))",
                          send: practice, list: list, context: context)
                },
                group(list.noKnownPractice, id: "no-practice", title: "No known GP practice: check the pupil file", send: nil, list: list, context: context))
            },
            sentSection(model.sent)
        ))
    }

    private static func group(_ pupils: [PoorAttendanceList.Pupil], id: String, title: String, send practice: String?,
                              list: PoorAttendanceList, context: PageContext) -> Node<HTML.BodyContext> {
        .section(.id(id), .ariaLabel(title),
            .h2(.class("heading-m"), .text("\(title): \(counted(pupils.count, "pupil"))")),
            .table(.class("table"),
                .thead(.tr(.forEach(["Name", "Date of birth", "Address", "Attendance"]) { .th(.attribute(named: "scope", value: "col"), .text($0)) })),
                .tbody(.forEach(pupils) { p in .tr(.td(.text(p.name)), .td(.class("nowrap"), .text(p.dateOfBirth)), .td(.text(p.address)), .td(.text("\(p.attendancePercent)%"))) })),
            .unwrap(practice) { code in
                .form(.method(.post), .action("/attendance/poor/send"), Layout.csrfField(context),
                      .input(.type(.hidden), .name("practice"), .value(code)),
                      .input(.type(.hidden), .name("from"), .value(list.period.lowerBound.description)),
                      .input(.type(.hidden), .name("to"), .value(list.period.upperBound.description)),
                      .input(.type(.hidden), .name("below"), .value(String(list.belowPercent))),
                      .button(.type(.submit), .class("button"), .id("send-\(code)"), .text("Send to \(code)")))
            })
    }

    /// What was sent, and the one thing each practice may answer.
    private static func sentSection(_ sent: [SentPupil]) -> Node<HTML.BodyContext> {
        .section(.id("sent"), .ariaLabel("Sent to GP practices"),
            .h2(.class("heading-m"), .text("Sent to GP practices")),
            .p(.text("The practice tells you only that it has reviewed the pupil and contacted the family; nothing of what it found. "),
               .a(.href("/attendance/report"), .text("Re-measure and report"))),
            sent.isEmpty ? .p(.text("Nothing sent yet.")) : .table(.class("table"),
                .thead(.tr(.forEach(["Name", "GP practice", "Period", "Sent", "Practice"]) { .th(.attribute(named: "scope", value: "col"), .text($0)) })),
                .tbody(.forEach(sent) { p in
                    .tr(.td(.text(p.name)), .td(.text(p.practiceCode)), .td(.class("nowrap"), .text(p.period)), .td(.class("nowrap"), .text(CalendarDate(inEngland: p.sentAt).description)),
                        .td(.text(p.familyContactedAt.map { "Reviewed, family contacted (\(CalendarDate(inEngland: $0)))" } ?? "Not yet")))
                })))
    }
}
