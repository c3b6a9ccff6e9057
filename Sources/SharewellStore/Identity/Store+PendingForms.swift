import FluentKit
import Foundation

final class PendingFormModel: Model, @unchecked Sendable {
    static let schema = "pending_forms"
    @ID(key: .id) var id: UUID?
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "path") var path: String
    @Field(key: "fields") var fields: String
    @Field(key: "created_at") var createdAt: Date
    /// Whose session timed out: only they get it back.
    @OptionalField(key: "owner_user_id") var ownerUserID: UUID?
    init() {}
}

extension Store {
    /// How long a form posted after a time-out is kept for its author to come back to.
    public static let pendingFormLifetime: TimeInterval = 24 * 60 * 60

    /// Keeps what was entered in a form whose session had ended; returns the token for a cookie.
    public func keepPendingForm(path: String, fields: [String: String], owner: UUID, at date: Date) async throws -> String {
        let token = Secrets.newToken()
        try await PendingFormModel.query(on: db).filter(\.$createdAt < date.addingTimeInterval(-Self.pendingFormLifetime)).delete()
        let model = PendingFormModel()
        model.tokenHash = Secrets.hash(token)
        model.path = path
        model.fields = String(decoding: try JSONEncoder().encode(fields), as: UTF8.self)
        model.createdAt = date
        model.ownerUserID = owner
        try await model.create(on: db)
        return token
    }

    /// The kept form for this page, removed as it is handed back (once only), and only to the person
    /// who typed it: someone else signed in on the same browser never sees it.
    public func takePendingForm(token: String, path: String, for user: UUID) async throws -> [String: String]? {
        guard let model = try await PendingFormModel.query(on: db).filter(\.$tokenHash == Secrets.hash(token)).filter(\.$path == path)
            .filter(\.$ownerUserID == user).first() else {
            return nil
        }
        try await model.delete(on: db)
        return try JSONDecoder().decode([String: String].self, from: Data(model.fields.utf8))
    }
}
