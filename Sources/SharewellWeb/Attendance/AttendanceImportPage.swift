import Plot
import SharewellCore
import SharewellStore
import Vapor

/// Uploading a school's session marks.
enum AttendanceImportPage {
    struct Model {
        var from = DateParts(), to = DateParts()
        /// What the last upload stored: the notice's id and words.
        var notice: (id: String, text: String)?
        var errors: [FieldError] = []
    }

    /// After an upload's redirect: what it stored, from the fixed word and whole numbers in the
    /// address (days as day numbers), never from text taken from it.
    static func notice(_ req: Request) -> (id: String, text: String)? {
        let n = { (name: String) in Done.count(req, name) }
        switch Done.what(req) {
        case "marks":
            let period = "from \(CalendarDate(dayNumber: n("from"))) to \(CalendarDate(dayNumber: n("to")))"
            return ("import-summary", "Stored \(n("marks")) marks for \(n("pupils")) pupils \(period)."
                    + (n("cleared") > 0 ? " \(n("cleared")) pupils not in the file had their marks for the period cleared." : ""))
        case "pupils":
            return ("pupil-summary", "Pupil file stored: \(n("added")) pupils added, \(n("updated")) updated, \(n("practice")) with a registered GP practice.")
        case "summaries": return ("summaries-summary", "Stored \(n("count")) per-pupil summaries.")
        case "ctf":
            return ("ctf-summary", "Common Transfer File stored: \(n("pupils")) pupils (\(n("added")) added to the roll), \(n("marks")) years of session marks, \(n("totals")) years of totals.")
        default: return nil
        }
    }

    static func view(_ model: Model, context: PageContext) -> HTML {
        Layout.document(title: "Send attendance marks", context: context, errors: model.errors, main: .group(
            .h1(.class("heading-l"), .text("Send attendance marks")),
            .p(.a(.href("/attendance/poor"), .text("Poor-attendance list")), .text(" · "), .a(.href("/attendance/illness"), .text("Health-related absence"))),
            .unwrap(model.notice) { notice in
                .div(.class("notification"), .id(notice.id), .attribute(named: "role", value: "status"), .p(.text(notice.text)))
            },
            .h2(.class("heading-m"), .text("Pupil file")),
            .p(.text("Send this first, and again when pupils join or change details: a CSV file with the columns upn, given_name, family_name, date_of_birth, sex, address, postcode, nhs_number and gp_practice_ods (the last two may be empty).")),
            .form(.method(.post), .action("/attendance/pupils"), .enctype(.multipartData), .attribute(named: "novalidate"),
                Layout.csrfField(context),
                FileUpload.field(id: "pupils", label: "Pupil file", errors: model.errors),
                .button(.type(.submit), .class("button"), .id("send-pupils"), .text("Send pupil file"))),
            .h2(.class("heading-m"), .text("Session marks")),
            .p(.text("A CSV file with the columns upn, date, session and code: one line per session, dates as YYYY-MM-DD, session AM or PM, and a DfE attendance code. Sending a period again replaces it. If any line is wrong, nothing is stored and each problem is listed.")),
            .form(.method(.post), .action("/attendance/import"), .enctype(.multipartData), .attribute(named: "novalidate"),
                Layout.csrfField(context),
                FileUpload.field(id: "marks", label: "Marks file", errors: model.errors),
                DateInput(id: "from", legend: "First day of the period (optional)", parts: model.from,
                          hint: "Leave both dates empty to use the first and last dates in the file. \(DateInput.example).", errors: model.errors).node,
                DateInput(id: "to", legend: "Last day of the period (optional)", parts: model.to, errors: model.errors).node,
                .button(.type(.submit), .class("button"), .id("send-marks"), .text("Send marks"))),
            .h2(.class("heading-m"), .text("Per-pupil summaries")),
            .p(.text("If your system gives totals rather than session marks: a CSV file with the columns upn, from, to, possible_sessions, attended_sessions, authorised_absence and unauthorised_absence. Lists over a period use a pupil's summaries lying wholly inside it when there are no session marks.")),
            .form(.method(.post), .action("/attendance/summaries"), .enctype(.multipartData), .attribute(named: "novalidate"),
                Layout.csrfField(context),
                FileUpload.field(id: "summaries", label: "Summaries file", errors: model.errors),
                .button(.type(.submit), .class("button"), .id("send-summaries"), .text("Send summaries"))),
            .h2(.class("heading-m"), .text("Common Transfer File")),
            .p(.text("The attendance part of a DfE Common Transfer File (XML): each pupil's years of sessions possible and absences, and their session marks where the file has them. Pupils not on the roll are added from the file; other pupils are not changed.")),
            .form(.method(.post), .action("/attendance/ctf"), .enctype(.multipartData), .attribute(named: "novalidate"),
                Layout.csrfField(context),
                FileUpload.field(id: "ctf", label: "Common Transfer File", errors: model.errors, accept: ".xml,application/xml,text/xml"),
                .button(.type(.submit), .class("button"), .id("send-ctf"), .text("Send the file")))
        ))
    }
}
