import FluentKit
import Foundation

extension JobQueue {
    /// One job of the actor's organisation, if the actor may follow its kind; `nil` for any other
    /// (another organisation's job is as missing as one that never was).
    public func job(_ id: UUID, for actor: ActingUser) async throws -> JobSummary? {
        guard let organisationID = actor.organisationID, case let allowed = followable(by: actor), !allowed.isEmpty,
              let model = try await JobModel.query(on: db).filter(\.$id == id).filter(\.$organisationID == organisationID)
                .filter(\.$kind ~~ allowed).first() else { return nil }
        return try summary(model, organisationCode: actor.organisationCode)
    }

    /// The jobs of the actor's organisation whose kinds the actor may follow, newest first.
    public func jobs(for actor: ActingUser, limit: Int = 50) async throws -> [JobSummary] {
        guard let organisationID = actor.organisationID, case let allowed = followable(by: actor), !allowed.isEmpty else { return [] }
        return try await JobModel.query(on: db).filter(\.$organisationID == organisationID).filter(\.$kind ~~ allowed)
            .sort(\.$createdAt, .descending).sort(\.$id).limit(max(1, min(limit, 500))).all()
            .map { try summary($0, organisationCode: actor.organisationCode) }
    }

    /// Every organisation's jobs, newest first, for the operator's `sharewell jobs` (a command run
    /// on the server: it shows kinds, states and counts, never a payload).
    public func all(state: JobState? = nil, limit: Int = 100) async throws -> [JobSummary] {
        var query = JobModel.query(on: db).sort(\.$createdAt, .descending).sort(\.$id).limit(max(1, min(limit, 10_000)))
        if let state { query = query.filter(\.$state == state.rawValue) }
        let models = try await query.all()
        let organisations = Set(models.compactMap(\.organisationID))
        let codes = organisations.isEmpty ? [:] : Dictionary(
            try await OrganisationModel.query(on: db).filter(\.$id ~~ organisations).all().compactMap { o in o.id.map { ($0, o.code) } }) { a, _ in a }
        return try models.map { try summary($0, organisationCode: $0.organisationID.flatMap { codes[$0] } ?? "") }
    }

    /// The typed outcome of a job that succeeded, for the code that asked for it.
    public func outcome<Kind: JobKind>(of id: UUID, as kind: Kind.Type) async throws -> Kind.Outcome? {
        guard let model = try await JobModel.query(on: db).filter(\.$id == id).filter(\.$kind == Kind.name.rawValue).first(),
              model.state == JobState.succeeded.rawValue, let result = model.result else { return nil }
        return try JobJSON.decode(Kind.Outcome.self, result, column: "jobs.result")
    }

    /// Who the job acts for, read again now: a person whose account was disabled, removed or moved
    /// since they asked acts for nobody, and the job fails.
    func actor(of job: ClaimedJob) async throws -> ActingUser {
        if let command = job.command, job.userID == nil { return .system(command) }
        guard let userID = job.userID, job.command == nil else { throw StoreError.unreadableStored(field: "jobs.user_id", value: "") }
        guard let user = try await UserModel.find(userID, on: db), !user.disabled, user.approvedAt != nil,
              user.$organisation.id == job.organisationID else { throw StoreError.jobActorGone }
        let actor = try await Store.actingUser(user, on: db)
        guard let permission = job.kind.permission, actor.may(permission) else { throw StoreError.jobActorGone }
        return actor
    }

    /// Kinds whose permission the actor holds.
    private func followable(by actor: ActingUser) -> [String] {
        kinds.all.filter { kind in kind.permission.map { actor.may($0) } ?? false }.map { $0.name.rawValue }
    }

    private func summary(_ model: JobModel, organisationCode: String) throws -> JobSummary {
        let kind = try kinds.kind(stored: model.kind)
        let requestedBy: String
        if let userID = model.userID {
            requestedBy = "user:\(userID.uuidString.lowercased())"
        } else if let command = model.command {
            requestedBy = "system:\(command)"
        } else {
            throw StoreError.unreadableStored(field: "jobs.user_id", value: "")
        }
        return JobSummary(id: try model.requireID(), kind: kind.name, title: kind.title, organisationID: model.organisationID,
                          organisationCode: organisationCode, requestedBy: requestedBy, state: try stored("jobs.state", model.state),
                          attempts: model.attempts, maxAttempts: model.maxAttempts,
                          runAfter: model.runAfter, progressDone: model.progressDone, progressTotal: model.progressTotal,
                          outcome: model.state == JobState.succeeded.rawValue ? kind.describe(stored: model.result) : nil,
                          error: model.error, createdAt: model.createdAt, startedAt: model.startedAt, finishedAt: model.finishedAt)
    }
}
