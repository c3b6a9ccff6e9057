import FluentKit
import Foundation
import SharewellCore

/// An API token as its organisation's administrator sees it (never the secret).
public struct APITokenSummary: Sendable, Equatable {
    public let id: UUID
    public let name: String
    public let scopes: [APIScope]
    public let createdAt: Date
    public let revoked: Bool
    public let lastUsedAt: Date?
}

extension Store {
    /// Creates a token for an organisation's machine client; the secret is returned once and only its hash is kept.
    public func createAPIToken(organisationCode: String, name: String, scopes: Set<APIScope>, by actor: ActingUser, at date: Date) async throws -> (id: UUID, secret: String) {
        guard !scopes.isEmpty else { throw StoreError.noScopes }
        let secret = "sw_" + Secrets.newToken()
        let id = try await auditedTransaction { tx -> UUID in
            guard let organisation = try await OrganisationModel.query(on: tx).filter(\.$code == organisationCode.uppercased()).first() else {
                throw StoreError.unknownOrganisation(organisationCode)
            }
            let token = APITokenModel()
            token.$organisation.id = try organisation.requireID()
            token.name = name
            token.tokenHash = Secrets.hash(secret)
            token.scopes = scopes.map(\.rawValue).sorted().joined(separator: " ")
            token.createdAt = date
            if let maker = Self.awaitsApproval(scopes.contains(.recordsRead), by: actor) {
                token.createdByUserID = maker
            } else {
                token.approvedAt = date; token.approvedBy = actor.displayName
            }
            try await token.create(on: tx)
            let id = try token.requireID()
            try await AuditLog.append(.init(action: .createAPIToken, subject: "api_token:\(id.uuidString.lowercased())",
                                            detail: "scopes \(token.scopes) for \(organisation.code)"), by: actor, at: date, on: tx)
            return id
        }
        return (id, secret)
    }

    /// The acting client for a bearer token, or `nil` for an unknown or revoked one.
    public func apiClient(token: String, at date: Date) async throws -> ActingUser? {
        guard let model = try await APITokenModel.query(on: db).filter(\.$tokenHash == Secrets.hash(token)).with(\.$organisation).first(),
              model.revokedAt == nil, model.approvedAt != nil else { return nil }
        if model.lastUsedAt.map({ date.timeIntervalSince($0) > 60 }) ?? true {
            model.lastUsedAt = date
            try await model.save(on: db)
        }
        let scopes = Set(model.scopes.split(separator: " ").compactMap { APIScope(rawValue: String($0)) })
        return ActingUser(kind: .apiToken(tokenID: try model.requireID(), scopes: scopes), organisationID: model.$organisation.id,
                          organisationCode: model.organisation.code, displayName: "API client ‘\(model.name)’",
                          organisationKind: OrganisationKind(rawValue: model.organisation.kind))
    }

    public func apiTokens(for actor: ActingUser) async throws -> [APITokenSummary] {
        guard actor.may(.manageAPITokens), let organisationID = actor.organisationID else { return [] }
        return try await APITokenModel.query(on: db).filter(\.$organisation.$id == organisationID).sort(\.$createdAt, .descending).all().map {
            APITokenSummary(id: try $0.requireID(), name: $0.name, scopes: $0.scopes.split(separator: " ").compactMap { APIScope(rawValue: String($0)) },
                            createdAt: $0.createdAt, revoked: $0.revokedAt != nil, lastUsedAt: $0.lastUsedAt)
        }
    }

    /// Revokes one of the administrator's organisation's tokens at once; `false` if it is not theirs.
    public func revokeAPIToken(_ id: UUID, by actor: ActingUser, at date: Date) async throws -> Bool {
        guard actor.may(.manageAPITokens), let organisationID = actor.organisationID else { return false }
        return try await auditedTransaction { tx in
            guard let token = try await APITokenModel.query(on: tx).filter(\.$id == id).filter(\.$organisation.$id == organisationID).first(),
                  token.revokedAt == nil else { return false }
            token.revokedAt = date
            try await token.save(on: tx)
            try await AuditLog.append(.init(action: .revokeAPIToken, subject: "api_token:\(id.uuidString.lowercased())"), by: actor, at: date, on: tx)
            return true
        }
    }
}

extension Store {
    /// How long a new token's secret waits for the page that shows it.
    public static let newSecretLifetime: TimeInterval = 10 * 60

    /// Keeps a new token's secret, sealed, for the one page that shows it to the session that made
    /// it (Post/Redirect/Get: the POST makes the token once, the secret never travels in an address).
    public func holdNewSecret(_ secret: String, of id: UUID, session: String, for user: UUID, at date: Date) async throws {
        guard let secrets else { throw StoreError.sealing("this store was opened without the server key") }
        try await PendingFormModel.query(on: db).filter(\.$createdAt < date.addingTimeInterval(-Self.pendingFormLifetime)).delete()
        let model = PendingFormModel()
        model.tokenHash = Secrets.hash(session)
        model.path = Self.newSecretPath(id)
        model.fields = try secrets.seal(Data(secret.utf8), context: Self.newSecretPath(id) + ":\(user.uuidString.lowercased())").base64EncodedString()
        model.createdAt = date
        model.ownerUserID = user
        try await model.create(on: db)
    }

    /// The secret, removed as it is handed back: once, to the session and person that made the
    /// token, within `newSecretLifetime`; `nil` after that.
    public func takeNewSecret(of id: UUID, session: String, for user: UUID, at date: Date) async throws -> String? {
        let held = PendingFormModel.query(on: db).filter(\.$tokenHash == Secrets.hash(session)).filter(\.$path == Self.newSecretPath(id))
            .filter(\.$ownerUserID == user)
        guard let model = try await held.first() else { return nil }
        try await model.delete(on: db)
        guard let secrets, model.createdAt >= date.addingTimeInterval(-Self.newSecretLifetime), let sealed = Data(base64Encoded: model.fields) else { return nil }
        return String(decoding: try secrets.open(sealed, context: Self.newSecretPath(id) + ":\(user.uuidString.lowercased())"), as: UTF8.self)
    }

    private static func newSecretPath(_ id: UUID) -> String { "api-token-secret:\(id.uuidString.lowercased())" }
}
