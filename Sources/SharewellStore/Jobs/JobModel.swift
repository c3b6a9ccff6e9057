import FluentKit
import Foundation

/// One row of the job queue (migration 020). Read only through `JobQueue`, which turns its text
/// columns into typed values and refuses one it cannot read.
final class JobModel: Model, @unchecked Sendable {
    static let schema = "jobs"
    @ID(key: .id) var id: UUID?
    @Field(key: "kind") var kind: String
    @OptionalField(key: "idempotency_key") var idempotencyKey: String?
    @Field(key: "payload") var payload: String
    @OptionalField(key: "user_id") var userID: UUID?
    @OptionalField(key: "organisation_id") var organisationID: UUID?
    @OptionalField(key: "command") var command: String?
    @Field(key: "state") var state: String
    @Field(key: "attempts") var attempts: Int
    @Field(key: "max_attempts") var maxAttempts: Int
    @Field(key: "run_after") var runAfter: Date
    @OptionalField(key: "locked_by") var lockedBy: String?
    @OptionalField(key: "locked_until") var lockedUntil: Date?
    @Field(key: "progress_done") var progressDone: Int
    @Field(key: "progress_total") var progressTotal: Int
    @OptionalField(key: "result") var result: String?
    @OptionalField(key: "error") var error: String?
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "started_at") var startedAt: Date?
    @OptionalField(key: "finished_at") var finishedAt: Date?
    init() {}
}
