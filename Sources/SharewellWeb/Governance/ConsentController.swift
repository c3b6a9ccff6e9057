import Foundation
import SharewellCore
import SharewellStore
import Vapor

/// The consent and opt-out register of one person, for their organisation's practitioners.
enum ConsentController {
    struct Form: Content { var kind: String?; var scope: String?; var givenBy: String?; var method: String?; var givenOn: DateParts?; var expires: DateParts?; var note: String? }

    @Sendable static func show(req: Request) async throws -> Response {
        let user = try req.actingUser(may: .recordConsent)
        var model = try await model(req, user)
        model.form.givenOn = DateParts(CalendarDate(inEngland: req.now))
        if Done.what(req) == "recorded" { model.notice = "Recorded." }
        if let kept = try await PendingForm.take(req) {
            model.form = try page(kept.decoded(as: Form.self))
            model.notice = PendingForm.notice(req)
        }
        return ConsentPage.view(model, context: req.pageContext).response()
    }

    @Sendable static func record(req: Request) async throws -> Response {
        let user = try req.actingUser(may: .recordConsent)
        let form = try req.content.decode(Form.self)
        var model = try await model(req, user)
        do {
            try await req.store.recordConsent(try entry(form, today: CalendarDate(inEngland: req.now)).get(), for: model.record.id, by: user, at: req.now)
            return Done.redirect(req, to: "/records/\(model.record.id.uuidString.lowercased())/consent", "recorded")
        } catch {
            switch error {
            case let invalid as InvalidRequest: model.errors = invalid.errors
            case StoreError.invalidFields(let problems): model.errors = problems.fieldErrors
            default: throw error
            }
            model.form = page(form)
            return ConsentPage.view(model, context: req.pageContext).response(status: .unprocessableEntity)
        }
    }

    private static func model(_ req: Request, _ user: ActingUser) async throws -> ConsentPage.Model {
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)),
              let history = try await req.store.consentHistory(for: id, by: user, at: req.now),
              let record = try await req.store.personRecord(id, for: user, at: req.now) else { throw Abort(.notFound) }
        let purposes = SharingPurpose.allCases.sorted().map { (ConsentScope.purpose($0).key, $0.displayName) }
        let agreements = try await req.store.agreements(for: user, on: CalendarDate(inEngland: req.now)).map { (ConsentScope.agreement($0.id.uuidString.lowercased()).key, "Agreement: \($0.newest.terms.title)") }
        return ConsentPage.Model(record: record, history: history, scopes: purposes + agreements)
    }

    private static func page(_ form: Form) -> ConsentPage.Form {
        .init(kind: form.kind ?? "", scope: form.scope ?? "", givenBy: form.givenBy ?? "", method: form.method ?? "",
              note: form.note ?? "", givenOn: form.givenOn ?? DateParts(), expires: form.expires ?? DateParts())
    }

    /// The entry, or the fields that cannot be read; what the entry means is checked by the store.
    private static func entry(_ form: Form, today: CalendarDate) -> Result<NewConsentEntry, InvalidRequest> {
        var errors: [FieldError] = []
        let kind = form.kind.flatMap(ConsentEntry.Kind.init(rawValue:))
        if kind == nil { errors.append(.init(field: "kind", message: "Choose what happened")) }
        let scope = form.scope.flatMap(ConsentScope.init(key:))
        if scope == nil { errors.append(.init(field: "scope", message: "Choose the purpose or agreement it is for")) }
        let givenOn = (form.givenOn ?? DateParts()).read("givenOn", naming: "the date", within: .past(years: 25, today: today), into: &errors)
        let expires = (form.expires ?? DateParts()).readIfTyped("expires", naming: "the expiry date", within: .around(today: today, back: 25, ahead: 25), into: &errors)
        guard errors.isEmpty, let kind, let scope, let givenOn else { return .failure(InvalidRequest(status: .unprocessableEntity, errors: errors)) }
        return .success(NewConsentEntry(kind: kind, scope: scope, givenBy: form.givenBy ?? "", method: form.method ?? "", givenOn: givenOn,
                                        expires: expires, note: form.note ?? ""))
    }
}
