import Foundation
import Plot
import SharewellCore
import SharewellStore
import Vapor

/// A practice's demand codes: what each means (kept here, never sent), and sending the codes
/// themselves — practice patient number, code, date — to the council through the gate.
enum DemandCodesPage {
    struct Meaning: Content { var code: String?; var meaning: String? }
    struct Target: Content { var council: String? }

    @Sendable static func show(req: Request) async throws -> Response {
        let user = try PracticeEarlyHelpPages.practiceUser(req, may: .decideSharing)
        if let kept = try await PendingForm.take(req) {
            return try await view(req, user, notice: PendingForm.notice(req), errors: [], form: try kept.decoded()).response()
        }
        let notice: String? = switch Done.what(req) {
        case "meaning": "Saved what GP\(Done.count(req, "code")) means. It stays at the practice."
        case "sent": "Sent \(counted(Done.count(req, "codes"), "code")) for \(counted(Done.count(req, "patients"), "patient")); \(counted(Done.count(req, "opted-out"), "who opted out was", "who opted out were")) left out."
        default: nil
        }
        return try await view(req, user, notice: notice, errors: []).response()
    }

    @Sendable static func saveMeaning(req: Request) async throws -> Response {
        let user = try PracticeEarlyHelpPages.practiceUser(req, may: .decideSharing)
        let form = try req.content.decode(Meaning.self)
        do {
            try await req.store.saveDemandCodeMeaning(code: form.code ?? "", meaning: form.meaning ?? "", by: user, at: req.now)
            // The store took the code only as GP and a number.
            let number = Int((form.code ?? "").trimmingCharacters(in: .whitespaces).uppercased().dropFirst(2)) ?? 0
            return Done.redirect(req, to: "/early-help/demand-codes", "meaning", [("code", number)])
        } catch StoreError.invalidFields(let problems) {
            return try await view(req, user, notice: nil, errors: problems.map { FieldError(field: $0.field, message: $0.message) }, form: form).response(status: .unprocessableEntity)
        }
    }

    @Sendable static func send(req: Request) async throws -> Response {
        let user = try PracticeEarlyHelpPages.practiceUser(req, may: .decideSharing)
        let council = ((try? req.content.decode(Target.self))?.council ?? "").trimmingCharacters(in: .whitespaces)
        do {
            guard !council.isEmpty else { throw InvalidRequest(status: .unprocessableEntity, errors: [.init(field: "council", message: "Choose the early help team to send the codes to")]) }
            let bytes = try FileUpload.bytes(req, field: "codes", missing: "Choose the demand codes file to upload")
            switch try await FileUpload.lined(field: "codes", { try await req.store.sendDemandCodes(bytes, to: council, by: user, at: req.now) }) {
            case .success(let receipt):
                return Done.redirect(req, to: "/early-help/demand-codes", "sent", [("codes", receipt.codes), ("patients", receipt.patients), ("opted-out", receipt.optedOut)])
            case .failure(let refusal):
                return try await view(req, user, notice: nil, errors: [.refused(refusal, field: "council")]).response(status: .conflict)
            }
        } catch let invalid as InvalidRequest {
            return try await view(req, user, notice: nil, errors: invalid.errors).response(status: invalid.status)
        }
    }

    static func view(_ req: Request, _ user: ActingUser, notice: String?, errors: [FieldError], form: Meaning = .init()) async throws -> HTML {
        let meanings = try await req.store.demandCodeMeanings(for: user)
        let councils = try await req.store.earlyHelpAgreements(for: user, at: req.now)
            .flatMap { a in a.terms.parties.filter { $0 != user.organisationCode }.map { ($0, "\(a.partnerNames[$0] ?? $0) (\($0))") } }
        return Layout.document(title: "Demand codes", context: req.pageContext, errors: errors, main: .group(
            Layout.notice(notice),
            .p(.a(.href("/early-help"), .text("Back to early help data matching"))),
            .h1(.class("heading-l"), .text("Demand codes")),
            .p(.text("Non-descript codes such as GP1 and GP2 tell the council that a kind of health need is present without saying what it is. What each code means is kept here and never sent.")),
            .table(.class("table"), .id("meanings"),
                .caption(.class("table-caption"), .text("What the practice's codes mean")),
                .thead(.tr(.th(.attribute(named: "scope", value: "col"), .text("Code")), .th(.attribute(named: "scope", value: "col"), .text("Meaning")))),
                .tbody(.forEach(meanings) { .tr(.td(.text($0.code)), .td(.text($0.meaning))) })),
            .form(.method(.post), .action("/early-help/demand-codes/meanings"), .attribute(named: "novalidate"), Layout.csrfField(req.pageContext), Layout.pageField("/early-help/demand-codes"),
                FormField(id: "code", label: "Code", value: form.code ?? "", hint: "GP and a number, like GP3.", error: errors.message(for: "code"), autocomplete: "off").node,
                FormField(id: "meaning", label: "What it means", value: form.meaning ?? "", error: errors.message(for: "meaning"), autocomplete: "off").node,
                .button(.type(.submit), .class("button secondary-button"), .id("save-meaning"), .text("Save the meaning"))),
            .h2(.class("heading-m"), .text("Send demand codes")),
            .p(.text("A CSV file with the columns practice_patient_id, code and date: the practice patient number, the code and the day it applies. Patients who opted out are left out.")),
            .form(.method(.post), .action("/early-help/demand-codes"), .enctype(.multipartData), .attribute(named: "novalidate"), Layout.csrfField(req.pageContext),
                FileUpload.field(id: "codes", label: "Demand codes file", errors: errors),
                SelectField(id: "council", label: "Send to", options: councils, selected: councils.count == 1 ? councils[0].0 : "", prompt: "Choose the early help team",
                            error: errors.message(for: "council")).node,
                .button(.type(.submit), .class("button"), .id("send-codes"), .text("Send the demand codes")))
        ))
    }
}
