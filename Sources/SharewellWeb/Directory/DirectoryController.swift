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

/// The directory's query parameters, as the search form and the API send them.
struct DirectoryQuery: Content {
    var q: String?
    var kind: String?

    static let maximumSearchLength = 100

    /// The search, or every problem with the parameters at once.
    func search() -> Result<DirectorySearch, InvalidRequest> {
        var errors: [FieldError] = []
        let text = q ?? ""
        if text.count > Self.maximumSearchLength {
            errors.append(FieldError(field: "q", message: "Name or code must be \(Self.maximumSearchLength) characters or fewer"))
        }
        var kind: OrganisationKind?
        if let raw = self.kind, !raw.isEmpty {
            do { kind = try OrganisationKind(parsing: raw) }
            catch { errors.append(FieldError(field: "kind", message: "Choose a kind of organisation from the list (\(error.message))")) }
        }
        return errors.isEmpty ? .success(DirectorySearch(text: text, kind: kind)) : .failure(InvalidRequest(errors: errors))
    }
}
