import Foundation
import Plot
import SharewellCore
import SharewellStore
import Vapor

/// The council's own data for matching: its indicator files (from the catalogue of seed 002's
/// appendices one and four) and the addresses that are institutions, not families.
enum IndicatorsPage {
    struct Institution: Content { var address: String?; var postcode: String?; var kind: String?; var label: String? }

    static let institutionKinds = ["children's home", "hostel", "care home", "supported housing", "refuge"]

    @Sendable static func show(req: Request) async throws -> Response {
        let user = try CouncilMatchingPages.councilUser(req)
        if let kept = try await PendingForm.take(req) {
            return view(req, user, notice: PendingForm.notice(req), errors: [], form: try kept.decoded()).response()
        }
        let notice: String? = switch Done.what(req) {
        case "stored": "Stored \(Done.count(req, "events")) indicator events."
        case "institution": "Marked the address as an institution: its residents are held out of household counts."
        default: nil
        }
        return view(req, user, notice: notice, errors: []).response()
    }

    @Sendable static func upload(req: Request) async throws -> Response {
        let user = try CouncilMatchingPages.councilUser(req)
        do {
            let bytes = try FileUpload.bytes(req, field: "indicators", missing: "Choose the indicators file to upload")
            let count = try await FileUpload.lined(field: "indicators") { try await req.store.importIndicators(bytes, by: user, at: req.now) }
            return Done.redirect(req, to: "/early-help/indicators", "stored", [("events", count)])
        } catch let invalid as InvalidRequest {
            return view(req, user, notice: nil, errors: invalid.errors).response(status: invalid.status)
        }
    }

    @Sendable static func markInstitution(req: Request) async throws -> Response {
        let user = try CouncilMatchingPages.councilUser(req)
        let form = try req.content.decode(Institution.self)
        do {
            try await req.store.markInstitution(address: form.address ?? "", postcode: form.postcode ?? "", kind: form.kind ?? "", label: form.label ?? "", by: user, at: req.now)
            return Done.redirect(req, to: "/early-help/indicators", "institution")
        } catch StoreError.invalidFields(let problems) {
            return view(req, user, notice: nil, errors: problems.map { FieldError(field: $0.field, message: $0.message) }, form: form).response(status: .unprocessableEntity)
        }
    }

    static func view(_ req: Request, _ user: ActingUser, notice: String?, errors: [FieldError], form: Institution = .init()) -> HTML {
        Layout.document(title: "Council indicators", context: req.pageContext, errors: errors, main: .group(
            Layout.notice(notice),
            .p(.a(.href("/early-help"), .text("Back to early help data matching"))),
            .h1(.class("heading-l"), .text("Council indicators")),
            .p(.text("A CSV file with the columns person_ref, code, category, source and date: the council's reference for the person, a code from the catalogue below with its category, the dataset, and the day. A dataset sent again replaces what it sent before. If any line is wrong, nothing is stored.")),
            .form(.method(.post), .action("/early-help/indicators"), .enctype(.multipartData), .attribute(named: "novalidate"), Layout.csrfField(req.pageContext),
                FileUpload.field(id: "indicators", label: "Indicators file", errors: errors),
                .button(.type(.submit), .class("button"), .id("send-indicators"), .text("Store the indicators"))),
            .h2(.class("heading-m"), .text("Institutions")),
            .p(.text("People at an address marked here (a children's home, a hostel) are not counted as one family.")),
            .form(.method(.post), .action("/early-help/institutions"), .attribute(named: "novalidate"), Layout.csrfField(req.pageContext), Layout.pageField("/early-help/indicators"),
                FormField(id: "address", label: "Address", value: form.address ?? "", error: errors.message(for: "address"), autocomplete: "off").node,
                FormField(id: "postcode", label: "Postcode", value: form.postcode ?? "", error: errors.message(for: "postcode"), autocomplete: "off").node,
                SelectField(id: "kind", label: "What kind of place", options: institutionKinds.map { ($0, $0.prefix(1).uppercased() + $0.dropFirst()) },
                            selected: form.kind ?? "", prompt: "Choose", error: errors.message(for: "kind")).node,
                FormField(id: "label", label: "Name (optional)", value: form.label ?? "", autocomplete: "off").node,
                .button(.type(.submit), .class("button secondary-button"), .id("mark-institution"), .text("Mark as an institution"))),
            .table(.class("table"), .id("catalogue"),
                .caption(.class("table-caption"), .text("The indicator catalogue")),
                .thead(.tr(.forEach(["Code", "Indicator", "Category", "Dataset"]) { .th(.attribute(named: "scope", value: "col"), .text($0)) })),
                .tbody(.forEach(IndicatorCatalogue.all) { i in .tr(.td(.text(i.code)), .td(.text(i.name)), .td(.text(i.category.rawValue)), .td(.text(i.source))) },
                       .tr(.td(.text("GP1, GP2, …")), .td(.text("A practice's demand code (its meaning stays at the practice)")), .td(.text("health")), .td(.text("GP practice")))))
        ))
    }
}
