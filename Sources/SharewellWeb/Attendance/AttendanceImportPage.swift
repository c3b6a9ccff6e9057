import Plot
import SharewellCore
import SharewellStore

/// Uploading a school's session marks.
enum AttendanceImportPage {
    struct Model {
        var from = "", to = ""
        var summary: AttendanceImportSummary?
        var fileName: String?
        var errors: [FieldError] = []
    }

    static func view(_ model: Model, context: PageContext) -> HTML {
        Layout.document(title: "Send attendance marks", context: context, errors: model.errors, main: .group(
            .h1(.class("heading-l"), .text("Send attendance marks")),
            .p(.a(.href("/attendance/poor"), .text("Poor-attendance list"))),
            .unwrap(model.summary) { summary in
                .div(.class("notification"), .id("import-summary"), .attribute(named: "role", value: "status"),
                     .p(.text("Stored \(summary.marks) marks for \(summary.pupils) pupils from \(summary.period.lowerBound) to \(summary.period.upperBound)"
                              + (model.fileName.map { " (\($0))" } ?? "") + "."
                              + (summary.cleared > 0 ? " \(summary.cleared) pupils not in the file had their marks for the period cleared." : ""))))
            },
            .p(.text("A CSV file with the columns upn, date, session and code: one line per session, dates as YYYY-MM-DD, session AM or PM, and a DfE attendance code. Sending a period again replaces it. If any line is wrong, nothing is stored and each problem is listed.")),
            .form(.method(.post), .action("/attendance/import"), .enctype(.multipartData), .attribute(named: "novalidate"),
                Layout.csrfField(context),
                .div(.class(model.errors.message(for: "marks") == nil ? "form-group" : "form-group form-group-error"),
                    .label(.for("marks"), .class("label"), .text("Marks file")),
                    .if(!model.errors.filter { $0.field == "marks" }.isEmpty,
                        .ul(.id("marks-error"), .class("error-message"), .forEach(model.errors.filter { $0.field == "marks" }) { .li(.text($0.message)) })),
                    .input(.type(.file), .id("marks"), .name("marks"), .attribute(named: "accept", value: ".csv,text/csv"),
                           .describedBy(model.errors.message(for: "marks") == nil ? nil : "marks-error"))),
                FormField(id: "from", label: "First day of the period (optional)", value: model.from, hint: "Leave both dates empty to use the first and last dates in the file.",
                          error: model.errors.message(for: "from"), autocomplete: "off").node,
                FormField(id: "to", label: "Last day of the period (optional)", value: model.to, error: model.errors.message(for: "to"), autocomplete: "off").node,
                .button(.type(.submit), .class("button"), .text("Send marks")))
        ))
    }
}
