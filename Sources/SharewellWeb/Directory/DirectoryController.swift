import SharewellCore
import SharewellStore
import Vapor

/// The directory's pages: a thin parse → query → render.
enum DirectoryController {
    @Sendable static func list(req: Request) async throws -> Response {
        let query = try req.query.decode(DirectoryQuery.self)
        switch query.search() {
        case .success(let search):
            let entries = try await req.store.directory(search)
            let model = DirectoryList.Model(text: query.q ?? "", kind: query.kind ?? "", entries: entries)
            return DirectoryList.view(model, context: req.pageContext).response()
        case .failure(let invalid):
            let model = DirectoryList.Model(text: query.q ?? "", kind: query.kind ?? "", entries: [], errors: invalid.errors)
            return DirectoryList.view(model, context: req.pageContext).response(status: .badRequest)
        }
    }

    @Sendable static func show(req: Request) async throws -> Response {
        guard let code = req.parameters.get("code"), let entry = try await req.store.organisation(code: code) else {
            throw Abort(.notFound)
        }
        return OrganisationPage.view(.init(entry: entry), context: req.pageContext).response()
    }
}

/// Administrators add organisations and keep their own organisation's entry up to date.
extension DirectoryController {
    @Sendable static func new(req: Request) async throws -> Response {
        _ = try req.actingUser(may: .manageDirectory)
        var model = DirectoryEntryFormPage.Model(draft: DirectoryEntryDraft())
        if let kept = try await PendingForm.take(req) {
            model.draft = try DirectoryEntryFormPage.draft(from: kept.content())
            model.notice = PendingForm.notice(req)
        }
        return DirectoryEntryFormPage.view(model, context: req.pageContext).response()
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let user = try req.actingUser(may: .manageDirectory)
        let draft = DirectoryEntryFormPage.draft(from: req.content)
        do {
            let entry = try draft.entry()
            try await req.store.addOrganisation(entry, by: user, at: req.now)
            return req.redirect(to: "/directory/\(entry.code)", redirectType: .normal)
        } catch let invalid as InvalidFields {
            // A code already in the directory is named with the form's other problems, not after them.
            let code = draft.code.trimmingCharacters(in: .whitespaces).uppercased()
            let taken = code.isEmpty ? nil : try await req.store.organisation(code: code)
            let duplicate = taken.map { [FieldProblem(field: "code", message: StoreError.duplicateOrganisationCode($0.code).message)] } ?? []
            return try formPage(.init(draft: draft), InvalidFields(problems: duplicate + invalid.problems.filter { duplicate.isEmpty || $0.field != "code" }), req)
        } catch {
            return try formPage(.init(draft: draft), error, req)
        }
    }

    @Sendable static func edit(req: Request) async throws -> Response {
        let entry = try await ownEntry(req)
        var model = DirectoryEntryFormPage.Model(draft: DirectoryEntryDraft(entry), editing: entry.code)
        if let kept = try await PendingForm.take(req) {
            model.draft = try DirectoryEntryFormPage.draft(from: kept.content())
            model.notice = PendingForm.notice(req)
        }
        return DirectoryEntryFormPage.view(model, context: req.pageContext).response()
    }

    @Sendable static func update(req: Request) async throws -> Response {
        let existing = try await ownEntry(req)
        var draft = DirectoryEntryFormPage.draft(from: req.content)
        draft.code = existing.code
        draft.kind = existing.kind.rawValue
        do {
            try await req.store.updateOrganisation(try draft.entry(), by: try req.actingUser(), at: req.now)
            return req.redirect(to: "/directory/\(existing.code)", redirectType: .normal)
        } catch {
            return try formPage(.init(draft: draft, editing: existing.code), error, req)
        }
    }

    /// The acting administrator's own organisation's entry; any other code is a 404.
    private static func ownEntry(_ req: Request) async throws -> DirectoryEntry {
        let user = try req.actingUser(may: .manageDirectory)
        guard let code = req.parameters.get("code"), code.uppercased() == user.organisationCode,
              let entry = try await req.store.organisation(code: code) else { throw Abort(.notFound) }
        return entry
    }

    private static func formPage(_ model: DirectoryEntryFormPage.Model, _ error: any Error, _ req: Request) throws -> Response {
        var model = model
        switch error {
        case let invalid as InvalidFields: model.errors = invalid.problems.fieldErrors
        case let error as StoreError: model.errors = [.init(field: "code", message: error.message)]
        default: throw error
        }
        return DirectoryEntryFormPage.view(model, context: req.pageContext).response(status: .unprocessableEntity)
    }
}

/// The directory's query parameters, as the search form and the API send them.
struct DirectoryQuery: Content {
    var q: String?
    var kind: String?

    static let maximumSearchLength = 100

    /// The search, or every problem with the parameters at once.
    func search() -> Result<DirectorySearch, InvalidRequest> {
        var errors: [FieldError] = []
        let text = q ?? ""
        // Counted as the API document counts (code points), so "\r\n" is two, not one.
        if text.unicodeScalars.count > Self.maximumSearchLength {
            errors.append(FieldError(field: "q", message: "Name, code, postcode or lead must be \(Self.maximumSearchLength) characters or fewer"))
        }
        var kind: OrganisationKind?
        if let raw = self.kind, !raw.isEmpty {
            do { kind = try OrganisationKind(parsing: raw) }
            catch { errors.append(FieldError(field: "kind", message: "Choose a kind of organisation from the list (\(error.message))")) }
        }
        return errors.isEmpty ? .success(DirectorySearch(text: text, kind: kind)) : .failure(InvalidRequest(errors: errors))
    }
}
