import Foundation
import Plot
import SharewellCore
import SharewellStore
import Vapor

/// The way in to "who has seen this record" for the auditor and IG lead, who read no records
/// (issue 16, item 6): an exact NHS number, UPN or local reference opens that person's access log.
/// It lists no names, so a look-up reveals only what the number already names, and only within
/// the access log's own scope.
enum AccessLogLookupPage {
    struct Form: Content { var number: String? }

    @Sendable static func show(req: Request) async throws -> Response {
        _ = try req.actingUser(may: .readAccessLog)
        // A form kept because a field was too long (or the session timed out) comes back as typed.
        if let kept = try await PendingForm.take(req) {
            return view(number: kept["number"] ?? "", errors: [], notice: PendingForm.notice(req), context: req.pageContext).response()
        }
        return view(number: "", errors: [], context: req.pageContext).response()
    }

    @Sendable static func lookUp(req: Request) async throws -> Response {
        let user = try req.actingUser(may: .readAccessLog)
        let number = String((try req.content.decode(Form.self).number ?? "").prefix(100))
        guard !number.trimmingCharacters(in: .whitespaces).isEmpty else {
            return view(number: number, errors: [.init(field: "number", message: "Enter an NHS number, UPN or local reference")], context: req.pageContext)
                .response(status: .unprocessableEntity)
        }
        let found: UUID?
        do { found = try await req.store.recordForAccessLog(identifiedBy: number, for: user, at: req.now) } catch StoreError.tooManyLookUps(let limit) {
            return view(number: number, errors: [.init(field: "number", message: StoreError.tooManyLookUps(limit).message)], context: req.pageContext)
                .response(status: .tooManyRequests)
        }
        guard let id = found else {
            let message = "No record your organisation holds has this NHS number, UPN or local reference. Check it and try again."
            return view(number: number, errors: [.init(field: "number", message: message)], context: req.pageContext).response(status: .unprocessableEntity)
        }
        return req.redirect(to: "/records/\(id.uuidString.lowercased())/access", redirectType: .normal)
    }

    static func view(number: String, errors: [FieldError], notice: String? = nil, context: PageContext) -> HTML {
        Layout.document(title: "Who has seen a record", context: context, errors: errors, main: .group(
            Layout.notice(notice),
            .h1(.class("heading-l"), .text("Who has seen a record")),
            .p(.text("Enter the person's NHS number, UPN or your organisation's local reference exactly. "
                     + "You will see who has seen their record, when and why. Looking is itself recorded.")),
            .form(.method(.post), .action("/access-log"), .attribute(named: "novalidate"),
                Layout.csrfField(context), Layout.pageField("/access-log"),
                FormField(id: "number", label: "NHS number, UPN or local reference", value: number,
                          hint: "For example 943 476 5919, or a UPN such as B801200005001.", error: errors.message(for: "number"),
                          autocomplete: "off").node,
                .button(.type(.submit), .class("button"), .id("look-up"), .text("Show who has seen the record")))
        ))
    }
}
