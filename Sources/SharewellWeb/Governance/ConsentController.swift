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
            try await req.store.recordConsent(from: draft(form, today: CalendarDate(inEngland: req.now)), for: model.record.id, by: user, at: req.now)
            return Done.redirect(req, to: "/records/\(model.record.id.uuidString.lowercased())/consent", "recorded")
        } catch StoreError.invalidFields(let problems) {
            model.errors = problems.fieldErrors
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

    /// The entry as far as the form can be read, with what cannot be read as problems: the store
    /// checks the rest with them, so one sending names every problem (issue 16, item 3).
    private static func draft(_ form: Form, today: CalendarDate) -> ConsentDraft {
        var errors: [FieldError] = []
        let givenOn = (form.givenOn ?? DateParts()).read("givenOn", naming: "the date", within: .past(years: 25, today: today), into: &errors)
        let expires = (form.expires ?? DateParts()).readIfTyped("expires", naming: "the expiry date", within: .around(today: today, back: 25, ahead: 25), into: &errors)
        return ConsentDraft(kind: form.kind.flatMap(ConsentEntry.Kind.init(rawValue:)), scope: form.scope.flatMap(ConsentScope.init(key:)),
                            givenBy: form.givenBy ?? "", method: form.method ?? "", givenOn: givenOn, expires: expires, note: form.note ?? "",
                            unreadable: errors.problems)
    }
}
