import Crypto
import FluentKit
import Foundation

/// Where a submission stands when it arrives.
public enum SubmissionStanding: Sendable, Equatable {
    /// Not sent before: do the work.
    case first
    /// Sent before and done: its answer was a redirect here.
    case done(location: String)
    /// Sent before and still being done (or just given up): wait and ask again.
    case underway
}

final class FormSubmissionModel: Model, @unchecked Sendable {
    static let schema = "form_submissions"
    @ID(key: .id) var id: UUID?
    @Field(key: "user_id") var userID: UUID
    @Field(key: "submission") var submission: String
    @OptionalField(key: "location") var location: String?
    @Field(key: "created_at") var createdAt: Date
    init() {}
}

extension Store {
    /// What makes two submissions the same: where the form was sent (method, path and query), the
    /// one-time token of the page it was on and every byte sent. A page's other forms (Revoke beside
    /// Revoke, Sign out) and the same answers sent elsewhere are other submissions (the review of
    /// 7 December 2026 found a second token's revocation, a second approval and a sign-out taken
    /// for repeats when only the body counted); the same answers sent again to the same place (a
    /// double click, a reload, parallel requests) are the same one. A multipart body's boundary,
    /// new on every send, is left out.
    public static func submissionDigest(target: String, token: String, body: [UInt8], boundary: String?) -> String {
        var hasher = SHA256()
        hasher.update(data: Data(target.utf8))
        hasher.update(data: [0])
        hasher.update(data: Data(token.utf8))
        hasher.update(data: [0])
        if let boundary, !boundary.isEmpty {
            let cut = Array(boundary.utf8)
            var start = 0, i = 0
            while i + cut.count <= body.count {
                if body[i] == cut[0], Array(body[i..<i + cut.count]) == cut {
                    hasher.update(data: body[start..<i]); i += cut.count; start = i
                } else { i += 1 }
            }
            hasher.update(data: body[start...])
        } else {
            hasher.update(data: body)
        }
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }

    /// How long a submission is remembered: a reload or the back button a day later still finds it.
    public static let submissionsKeptFor: TimeInterval = 24 * 3_600

    /// Claims `submission` (a digest of the form's one-time token and its fields) for `user`. Of
    /// several arriving at once, the database's unique key lets exactly one be `.first`. `keptFor`:
    /// how long this submission counts as the same (shorter for a form sent without its page's
    /// token, whose same answers may be meant again later).
    public func beginSubmission(_ submission: String, by user: UUID, at date: Date, keptFor: TimeInterval = submissionsKeptFor) async throws -> SubmissionStanding {
        try await FormSubmissionModel.query(on: db).filter(\.$userID == user).filter(\.$createdAt < date - Self.submissionsKeptFor).delete()
        try await FormSubmissionModel.query(on: db).filter(\.$userID == user).filter(\.$submission == submission).filter(\.$createdAt < date - keptFor)
            .filter(\.$location != nil).delete()
        let row = FormSubmissionModel()
        row.userID = user; row.submission = submission; row.createdAt = date
        do {
            try await row.create(on: db)
            return .first
        } catch {
            let earlier = try await FormSubmissionModel.query(on: db).filter(\.$userID == user).filter(\.$submission == submission).first()
            guard let earlier else { return .underway }
            return earlier.location.map { .done(location: $0) } ?? .underway
        }
    }

    /// Where an earlier submission stands, read only (a repeat waiting for the first asks this).
    public func submissionStanding(_ submission: String, by user: UUID) async throws -> SubmissionStanding {
        guard let earlier = try await FormSubmissionModel.query(on: db).filter(\.$userID == user).filter(\.$submission == submission).first() else { return .first }
        return earlier.location.map { .done(location: $0) } ?? .underway
    }

    /// The submission succeeded and answered with a redirect to `location`: repeats go there.
    public func finishSubmission(_ submission: String, by user: UUID, location: String) async throws {
        try await FormSubmissionModel.query(on: db).filter(\.$userID == user).filter(\.$submission == submission).set(\.$location, to: location).update()
    }

    /// The submission failed or was refused (nothing was done): a repeat may try again.
    public func forgetSubmission(_ submission: String, by user: UUID) async throws {
        try await FormSubmissionModel.query(on: db).filter(\.$userID == user).filter(\.$submission == submission).delete()
    }
}
