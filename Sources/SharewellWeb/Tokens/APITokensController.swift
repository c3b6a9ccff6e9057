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
        // Post/Redirect/Get (review F5): the token is made once and its secret waits, sealed, for the
        // page the redirect leads to; a repeat of this POST is answered with the same redirect.
        let created = try await req.store.createAPIToken(organisationCode: admin.organisationCode, name: name, scopes: scopes, by: admin, at: req.now)
        guard let session = req.cookies[SessionAuthenticator.cookieName]?.string, let user = admin.userID else { throw Abort(.unauthorized) }
        try await req.store.holdNewSecret(created.secret, of: created.id, session: session, for: user, at: req.now)
        return req.redirect(to: "/api-tokens/\(created.id.uuidString.lowercased())/secret", redirectType: .normal)
    }

    /// `GET /api-tokens/{id}/secret`: the new token's secret, shown once to the session that made it.
    @Sendable static func secret(req: Request) async throws -> Response {
        let admin = try req.actingUser(may: .manageAPITokens)
        let tokens = try await req.store.apiTokens(for: admin)
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)), tokens.contains(where: { $0.id == id }) else { throw Abort(.notFound) }
        var model = APITokensPage.Model(tokens: tokens)
        if let session = req.cookies[SessionAuthenticator.cookieName]?.string, let user = admin.userID {
            model.newSecret = try await req.store.takeNewSecret(of: id, session: session, for: user, at: req.now)
        }
        if model.newSecret == nil {
            model.notice = "The token’s secret was shown once and cannot be shown again. If it was not copied, revoke the token and create another."
        }
        return APITokensPage.view(model, context: req.pageContext).response()
    }

    @Sendable static func revoke(req: Request) async throws -> Response {
        let admin = try req.actingUser(may: .manageAPITokens)
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)),
              try await req.store.revokeAPIToken(id, by: admin, at: req.now) else { throw Abort(.notFound) }
        return req.redirect(to: "/api-tokens", redirectType: .normal)
    }
}
