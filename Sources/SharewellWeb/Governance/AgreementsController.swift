import Foundation
import SharewellCore
import SharewellStore
import Vapor

/// Information sharing agreements: drafted, revised, approved, suspended and ended by IG leads,
/// read by everyone in a party organisation. Rules live in the store and SharewellCore.
enum AgreementsController {
    @Sendable static func list(req: Request) async throws -> Response {
        let user = try req.actingUser(may: .readAgreements)
        let agreements = try await req.store.agreements(for: user, on: CalendarDate(inEngland: req.now))
        let names = try await req.store.organisationNames(Set(agreements.flatMap(\.approversOfNewest)))
        return AgreementsPage.view(.init(agreements: agreements, names: names), context: req.pageContext).response()
    }

    @Sendable static func new(req: Request) async throws -> Response {
        let user = try req.actingUser(may: .manageAgreements)
        var form = AgreementForm()
        form.parties = user.organisationCode
        var notice: String?
        if let kept = try await PendingForm.take(req) { form = try kept.decoded(); notice = PendingForm.notice(req) }
        return AgreementFormPage.view(.init(form: form, notice: notice), context: req.pageContext).response()
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let user = try req.actingUser(may: .manageAgreements)
        let form = try req.content.decode(AgreementForm.self)
        do {
            let id = try await req.store.createAgreement(try form.terms(today: CalendarDate(inEngland: req.now)).get(), by: user, at: req.now)
            return req.redirect(to: "/agreements/\(id.uuidString.lowercased())", redirectType: .normal)
        } catch {
            return try await formPage(form, nil, error, user, req)
        }
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let (user, agreement) = try await load(req, may: .readAgreements)
        return AgreementPage.view(.init(agreement: agreement, names: try await req.store.organisationNames(agreement.approversOfNewest), notice: notice(req, agreement, user)),
                                  context: req.pageContext).response()
    }

    /// What the last action did, named by a fixed word in the address after the redirect (never
    /// text from the address itself), so a reload shows the page, not a second approval.
    private static func notice(_ req: Request, _ agreement: AgreementRecord, _ user: ActingUser) -> String? {
        switch req.query[String.self, at: "done"] {
        case "approved": "You approved version \(agreement.newest.number) for \(user.organisationCode)."
        case let change? where Store.AgreementChange(rawValue: change) != nil: "The agreement is \(change)."
        default: nil
        }
    }

    @Sendable static func edit(req: Request) async throws -> Response {
        let (_, agreement) = try await load(req, may: .manageAgreements)
        var form = AgreementForm(agreement.newest.terms), notice: String?
        if let kept = try await PendingForm.take(req) { form = try kept.decoded(); notice = PendingForm.notice(req) }
        return AgreementFormPage.view(.init(form: form, agreementID: agreement.id, notice: notice), context: req.pageContext).response()
    }

    @Sendable static func revise(req: Request) async throws -> Response {
        let (user, agreement) = try await load(req, may: .manageAgreements)
        let form = try req.content.decode(AgreementForm.self)
        do {
            try await req.store.reviseAgreement(agreement.id, try form.terms(today: CalendarDate(inEngland: req.now)).get(), note: form.changeNote, by: user, at: req.now)
            return req.redirect(to: "/agreements/\(agreement.id.uuidString.lowercased())", redirectType: .normal)
        } catch {
            return try await formPage(form, agreement.id, error, user, req)
        }
    }

    struct ApproveForm: Content { var version: Int? }

    @Sendable static func approve(req: Request) async throws -> Response {
        let (user, agreement) = try await load(req, may: .manageAgreements)
        // The page names the version it showed; a form without one approves nothing.
        let version = (try? req.content.decode(ApproveForm.self))?.version ?? -1
        do {
            try await req.store.approveAgreement(agreement.id, version: version, by: user, at: req.now)
            return req.redirect(to: "/agreements/\(agreement.id.uuidString.lowercased())?done=approved", redirectType: .normal)
        } catch let error as StoreError {
            return try await shown(req, agreement.id, errors: [.init(field: "approve", message: error.message)], status: .conflict)
        }
    }

    struct ChangeForm: Content { var change: String?; var reason: String? }

    @Sendable static func change(req: Request) async throws -> Response {
        let (user, agreement) = try await load(req, may: .manageAgreements)
        let form = try req.content.decode(ChangeForm.self)
        guard let change = form.change.flatMap(Store.AgreementChange.init(rawValue:)) else { throw Abort(.badRequest, reason: "Choose suspend, resume or end.") }
        // Ending is confirmed on its own page first; this form never ends an agreement.
        if change == .ended { return req.redirect(to: "/agreements/\(agreement.id.uuidString.lowercased())/end", redirectType: .normal) }
        do {
            try await req.store.changeAgreement(agreement.id, change, reason: form.reason ?? "", by: user, at: req.now)
            return req.redirect(to: "/agreements/\(agreement.id.uuidString.lowercased())?done=\(change.rawValue)", redirectType: .normal)
        } catch let error as StoreError {
            let errors: [FieldError] = if case .invalidFields(let problems) = error { problems.fieldErrors } else { [.init(field: "reason", message: error.message)] }
            return try await shown(req, agreement.id, errors: errors, status: .unprocessableEntity)
        }
    }

    private static func load(_ req: Request, may permission: Permission) async throws -> (ActingUser, AgreementRecord) {
        let user = try req.actingUser(may: permission)
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)),
              let agreement = try await req.store.agreement(id, for: user, on: CalendarDate(inEngland: req.now)) else { throw Abort(.notFound) }
        return (user, agreement)
    }

    private static func shown(_ req: Request, _ id: UUID, errors: [FieldError], status: HTTPResponseStatus) async throws -> Response {
        let user = try req.actingUser()
        guard let agreement = try await req.store.agreement(id, for: user, on: CalendarDate(inEngland: req.now)) else { throw Abort(.notFound) }
        return AgreementPage.view(.init(agreement: agreement, names: try await req.store.organisationNames(agreement.approversOfNewest), errors: errors),
                                  context: req.pageContext).response(status: status)
    }

    /// The form again with every problem: a form with fields that cannot be read is also checked
    /// against the directory, so the parties' problems come in the same sending.
    private static func formPage(_ form: AgreementForm, _ id: UUID?, _ error: any Error, _ user: ActingUser, _ req: Request) async throws -> Response {
        let errors: [FieldError]
        var twin: UUID?
        switch error {
        case let invalid as InvalidRequest:
            errors = AgreementForm.inFormOrder(invalid.errors + (try await req.store.agreementPartyProblems(form.partyCodes, by: user)).fieldErrors)
        case StoreError.duplicateAgreement(let id, _):
            (errors, twin) = ([.init(field: "parties", message: (error as! StoreError).message)], id)
        case StoreError.invalidFields(let problems): errors = AgreementForm.inFormOrder(problems.fieldErrors)
        case let error as StoreError: errors = [.init(field: "parties", message: error.message)]
        default: throw error
        }
        return AgreementFormPage.view(.init(form: form, errors: errors, agreementID: id, twin: twin), context: req.pageContext).response(status: .unprocessableEntity)
    }
}
