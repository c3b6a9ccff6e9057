import Foundation
import SharewellCore
import SharewellStore
import Vapor

/// Administrators manage their own organisation's accounts.
enum UsersController {
    struct NewUserForm: Content { var name: String?; var email: String?; var role: String?; var password: String? }
    struct RecoveryForm: Content { var user: String?; var reason: String? }

    @Sendable static func list(req: Request) async throws -> Response {
        let admin = try req.actingUser(may: .manageUsers)
        let notice = req.query[String.self, at: "awaiting"] != nil
            ? "The account waits for your organisation's safeguarding lead or information-governance lead to approve it; they then give the person a one-time link to set their own password."
            : Done.what(req) == "recovery"
            ? "The recovery waits for your organisation's safeguarding lead or information-governance lead to approve it; until then the old password still works. They then give the person a one-time link to set a new password."
            : nil
        return UsersPage.view(.init(users: try await req.store.users(for: admin, at: req.now), notice: notice), context: req.pageContext).response()
    }

    @Sendable static func newRecovery(req: Request) async throws -> Response {
        let admin = try req.actingUser(may: .manageUsers)
        var model = try await recoveryModel(req, admin, user: req.query[String.self, at: "user"] ?? "", reason: "")
        if let kept = try await PendingForm.take(req) {
            model = try await recoveryModel(req, admin, user: kept["user"] ?? "", reason: kept["reason"] ?? "")
            model.notice = PendingForm.notice(req)
        }
        return AccountRecoveryPage.view(model, context: req.pageContext).response()
    }

    /// Asks for the recovery; the store checks the account and the reason, and nothing changes until
    /// a second person approves it.
    @Sendable static func requestRecovery(req: Request) async throws -> Response {
        let admin = try req.actingUser(may: .manageUsers)
        let form = try req.content.decode(RecoveryForm.self)
        do {
            try await req.store.requestAccountRecovery(of: form.user.flatMap(UUID.init(uuidString:)), reason: form.reason ?? "", by: admin, at: req.now)
        } catch StoreError.invalidFields(let problems) {
            var model = try await recoveryModel(req, admin, user: form.user ?? "", reason: form.reason ?? "")
            model.errors = problems.map { FieldError(field: $0.field, message: $0.message) }
            return AccountRecoveryPage.view(model, context: req.pageContext).response(status: .unprocessableEntity)
        }
        return Done.redirect(req, to: "/users", "recovery")
    }

    /// The form, offering the accounts of the administrator's organisation that may be recovered.
    private static func recoveryModel(_ req: Request, _ admin: ActingUser, user: String, reason: String) async throws -> AccountRecoveryPage.Model {
        let accounts = try await req.store.users(for: admin, at: req.now).filter { $0.recoverable && !$0.recoveryAwaitingApproval }
            .map { AccountRecoveryPage.Model.Option(value: $0.id.uuidString.lowercased(), label: "\($0.displayName), \($0.email)") }
        return .init(accounts: accounts, user: user.lowercased(), reason: reason)
    }

    @Sendable static func new(req: Request) async throws -> Response {
        _ = try req.actingUser(may: .manageUsers)
        var model = NewUserPage.Model()
        if let kept = try await PendingForm.take(req) {
            model = .init(email: kept["email"] ?? "", name: kept["name"] ?? "", role: kept["role"] ?? "",
                          notice: "This has not been saved yet: we kept what you entered before your session timed out. Check it, enter the password again and add the user.")
        }
        return NewUserPage.view(model, context: req.pageContext).response()
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let admin = try req.actingUser(may: .manageUsers)
        let form = try req.content.decode(NewUserForm.self)
        var model = NewUserPage.Model(email: form.email ?? "", name: form.name ?? "", role: form.role ?? "")
        let validated = validate(form)
        if case .failure(let invalid) = validated { model.errors = invalid.errors }
        // Checked with the rest, so a taken address is not reported only once the others are fixed.
        if model.errors.message(for: "email") == nil, try await req.store.accountExists(email: model.email) {
            model.errors.insert(.init(field: "email", message: StoreError.duplicateEmail(model.email).message), at: model.errors.firstIndex { $0.field != "name" } ?? model.errors.endIndex)
        }
        guard model.errors.isEmpty, case .success(let (role, password)) = validated else {
            return NewUserPage.view(model, context: req.pageContext).response(status: .unprocessableEntity)
        }
        // The store keeps no password for an account that waits for approval, whatever is passed.
        let hash = role.needsSecondPersonApproval ? "" : try await req.password.async.hash(password)
        do {
            try await req.store.addUser(NewUser(organisationCode: admin.organisationCode, email: model.email, displayName: model.name, role: role, passwordHash: hash),
                                        by: admin, at: req.now)
        } catch let error as StoreError {
            model.errors = [.init(field: "email", message: error.message)]
            return NewUserPage.view(model, context: req.pageContext).response(status: .unprocessableEntity)
        }
        return req.redirect(to: role.needsSecondPersonApproval ? "/users?awaiting=1" : "/users", redirectType: .normal)
    }

    @Sendable static func disable(req: Request) async throws -> Response { try await setDisabled(req, true) }
    @Sendable static func enable(req: Request) async throws -> Response { try await setDisabled(req, false) }

    private static func setDisabled(_ req: Request, _ disabled: Bool) async throws -> Response {
        let admin = try req.actingUser(may: .manageUsers)
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)),
              try await req.store.setDisabled(id, disabled, by: admin, at: req.now) else { throw Abort(.notFound) }
        return req.redirect(to: "/users", redirectType: .normal)
    }

    /// Every problem with the form at once.
    static func validate(_ form: NewUserForm) -> Result<(Role, String), InvalidRequest> {
        var errors: [FieldError] = []
        if (form.name ?? "").trimmingCharacters(in: .whitespaces).isEmpty { errors.append(.init(field: "name", message: "Enter their full name")) }
        let email = (form.email ?? "").trimmingCharacters(in: .whitespaces)
        if email.isEmpty { errors.append(.init(field: "email", message: "Enter their email address")) }
        else if !Store.isPlausibleEmail(email.lowercased()) { errors.append(.init(field: "email", message: StoreError.invalidEmail(email).message)) }
        let role = try? Role(parsing: form.role ?? "")
        if role == nil { errors.append(.init(field: "role", message: "Choose a role")) }
        // A role that reads records gets no password from its administrator: its holder sets one
        // through the link a second person issues when approving the account.
        let password = role?.needsSecondPersonApproval == true ? "" : form.password ?? ""
        if role?.needsSecondPersonApproval != true, password.count < Passwords.minimumLength {
            errors.append(.init(field: "password", message: "Enter a first password of at least \(Passwords.minimumLength) characters"))
        }
        guard errors.isEmpty, let role else { return .failure(InvalidRequest(status: .unprocessableEntity, errors: errors)) }
        return .success((role, password))
    }
}
