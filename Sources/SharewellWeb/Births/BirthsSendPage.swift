import Foundation
import Plot
import SharewellCore
import SharewellFormats
import SharewellStore
import Vapor

/// Maternity and child health send live births: a page to upload the file, and the API for their
/// systems (`POST /api/v1/births`, a token with `births:write`). Both check the whole file and
/// store all or nothing, then send each centre its births through the gate.
enum BirthsSendPage {
    static let path = "/births/send"

    static func isSender(_ user: ActingUser) -> Bool {
        user.may(.decideSharing) && user.organisationKind.map(OrganisationKind.birthSenders.contains) == true
    }

    /// Checked before a byte of the file is read.
    static func sender(_ req: Request) throws -> ActingUser {
        let user = try req.actingUser(may: .decideSharing)
        guard isSender(user) else { throw Abort(.forbidden, reason: "Live births are sent by maternity and child health services.") }
        return user
    }

    @Sendable static func show(req: Request) async throws -> Response {
        _ = try sender(req)
        return view(notice: notice(req), errors: [], context: req.pageContext).response()
    }

    @Sendable static func upload(req: Request) async throws -> Response {
        let user = try sender(req)
        do {
            let bytes = try FileUpload.bytes(req, field: "births", missing: "Choose the births file to upload")
            let s = try await store(bytes, by: user, req)
            return Done.redirect(req, to: path, "births", [("added", s.added), ("updated", s.updated), ("listed", s.listed),
                                                            ("unassigned", s.unassigned), ("unsent", s.notSent.count)])
        } catch let invalid as InvalidRequest {
            return view(notice: nil, errors: invalid.errors, context: req.pageContext).response(status: invalid.status)
        }
    }

    /// `POST /api/v1/births` with the CSV as the body (`text/csv`).
    @Sendable static func api(req: Request) async throws -> Response {
        let client = try sender(req)
        let body = try await req.body.collect(upTo: Int(UploadLimit.maximum.value))
        return try await BirthImportJSON(try await store(Array(buffer: body), by: client, req)).encodeResponse(for: req)
    }

    /// The file read with today's plausible dates (`BirthDates`), then stored and sent.
    private static func store(_ bytes: [UInt8], by user: ActingUser, _ req: Request) async throws -> BirthImportSummary {
        try await FileUpload.lined(field: "births") { try await req.store.importBirths(csv: bytes, by: user, at: req.now) }
    }

    /// What the last upload did, from the whole numbers in the address.
    static func notice(_ req: Request) -> String? {
        guard Done.what(req) == "births" else { return nil }
        let n = { (name: String) in Done.count(req, name) }
        return summary(added: n("added"), updated: n("updated"), listed: n("listed"), unassigned: n("unassigned"), unsent: n("unsent"))
    }

    /// What sending did, in words (the page's notice and the FHIR endpoint's answer).
    static func summary(added: Int, updated: Int, listed: Int, unassigned: Int, unsent: Int) -> String {
        "Births stored: \(added) new, \(updated) updated. \(counted(listed, "family is", "families are")) on a children's centre's list to contact; "
            + "\(counted(unassigned, "birth is", "births are")) in no centre's catchment and went to the early years team to resolve."
            + (unsent > 0 ? " Some births could not be sent: \(counted(unsent, "recipient has", "recipients have")) no live-births agreement with you in force; ask your IG lead." : "")
    }

    static func view(notice: String?, errors: [FieldError], context: PageContext) -> HTML {
        Layout.document(title: "Send live births", context: context, errors: errors, main: .group(
            .h1(.class("heading-l"), .text("Send live births")),
            .unwrap(notice) { .div(.class("notification"), .id("births-summary"), .attribute(named: "role", value: "status"), .p(.text($0))) },
            .p(.text("Each birth goes to the children's centre whose catchment holds its postcode, under your live-births agreement with the centre. "
                     + "A centre sees only families who consented and carry no do-not-contact marker; it counts the others, never sees them.")),
            .p(.text("A CSV file with the columns birth_id, baby_date_of_birth, parent_given_name, parent_family_name, address, postcode, consent and do_not_contact "
                     + "(yes or no), and optionally nhs_number, consent_method and consent_date. Dates are written YYYY-MM-DD: a baby's date of birth is today or up to "
                     + "\(BirthDates.oldestBirthYears) years before, a consent date today or up to \(BirthDates.oldestBirthYears + BirthDates.consentBeforeBirthYears) years before. "
                     + "Sending a birth again updates it. "
                     + "If any line is wrong, nothing is stored and each problem is listed.")),
            .form(.method(.post), .action(path), .enctype(.multipartData), .attribute(named: "novalidate"),
                Layout.csrfField(context),
                FileUpload.field(id: "births", label: "Births file", errors: errors),
                .button(.type(.submit), .class("button"), .id("send-births"), .text("Send births")))
        ))
    }
}

/// What sending births did, as the API answers.
struct BirthImportJSON: Content, Equatable {
    var added: Int, updated: Int, listed: Int, unassigned: Int, notSent: [String]
    init(_ s: BirthImportSummary) { added = s.added; updated = s.updated; listed = s.listed; unassigned = s.unassigned; notSent = s.notSent }
}
