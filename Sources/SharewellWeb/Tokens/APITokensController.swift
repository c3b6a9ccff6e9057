import Foundation
import SharewellCore
import SharewellStore
import Vapor

enum APITokensController {
    struct TokenForm: Content { var name: String?; var scopes: [String]? }

    @Sendable static func list(req: Request) async throws -> Response {
        let admin = try req.actingUser(may: .manageAPITokens)
        var model = APITokensPage.Model(tokens: try await req.store.apiTokens(for: admin))
        if let kept = try await PendingForm.take(req) { model.name = kept["name"] ?? ""; model.notice = PendingForm.notice(req) }
        return APITokensPage.view(model, context: req.pageContext).response()
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let admin = try req.actingUser(may: .manageAPITokens)
        let form = try req.content.decode(TokenForm.self)
        let name = (form.name ?? "").trimmingCharacters(in: .whitespaces)
        var errors: [FieldError] = []
        if name.isEmpty { errors.append(.init(field: "name", message: "Say what the token is for")) }
        let scopes = Set((form.scopes ?? []).compactMap { APIScope(rawValue: $0) }.filter(APIScope.issuedOnPage.contains))
        if scopes.isEmpty { errors.append(.init(field: "scope-directory-read", message: "Choose at least one thing the token may do")) }
        guard errors.isEmpty else {
            let model = APITokensPage.Model(tokens: try await req.store.apiTokens(for: admin), name: name, errors: errors)
            return APITokensPage.view(model, context: req.pageContext).response(status: .unprocessableEntity)
        }
        let created = try await req.store.createAPIToken(organisationCode: admin.organisationCode, name: name, scopes: scopes, by: admin, at: req.now)
        let model = APITokensPage.Model(tokens: try await req.store.apiTokens(for: admin), newSecret: created.secret)
        return APITokensPage.view(model, context: req.pageContext).response()
    }

    @Sendable static func revoke(req: Request) async throws -> Response {
        let admin = try req.actingUser(may: .manageAPITokens)
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)),
              try await req.store.revokeAPIToken(id, by: admin, at: req.now) else { throw Abort(.notFound) }
        return req.redirect(to: "/api-tokens", redirectType: .normal)
    }
}
