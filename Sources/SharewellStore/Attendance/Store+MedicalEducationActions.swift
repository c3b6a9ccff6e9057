import FluentKit
import Foundation
import SharewellCore

/// One recording of what the medical education team did, as the inbox shows it.
public struct MedicalEducationRecord: Sendable, Equatable {
    public let action: MedicalEducationAction
    /// The person of the team who recorded it.
    public let by: String
    public let at: Date
}

extension Store {
    /// Records what the team did with a pupil it was flagged, dated by the server clock and audited
    /// with the reason kept as free text. Only the team that received the flag may record (the row
    /// is read through its scope); any other caller finds no such pupil. Earlier recordings are kept.
    public func recordMedicalEducationAction(_ action: MedicalEducationAction, on referralID: UUID,
                                             by actor: ActingUser, at date: Date) async throws {
        try await auditedTransaction { tx in
            guard let referral = try await self.flaggedPupil(referralID, for: actor, on: tx), let team = actor.organisationID else {
                throw StoreError.unknownPerson
            }
            let row = MedicalEducationActionModel()
            row.$referral.id = try referral.requireID(); row.teamID = team
            row.kind = action.kind.rawValue; row.reason = action.reason
            row.recordedBy = actor.displayName; row.recordedAt = date
            try await row.create(on: tx)
            try await AuditLog.append(.init(action: .medicalEducationAction, subject: Self.illnessReferralSubject(referralID),
                                            purpose: Self.medicalEducationPurpose, detail: action.kind.rawValue,
                                            text: action.reason.isEmpty ? "" : "reason: \(action.reason)"), by: actor, at: date, on: tx)
        }
    }

    /// One flagged pupil for the team that received the flag, with every recording, newest first;
    /// the view is audited. `nil` for anyone else.
    public func flaggedPupil(_ referralID: UUID, for actor: ActingUser, at date: Date) async throws -> IllnessReferral? {
        guard let row = try await flaggedPupil(referralID, for: actor, on: db) else { return nil }
        try await audit(.init(action: .view, subject: Self.illnessReferralSubject(referralID), purpose: Self.medicalEducationPurpose,
                              detail: "flagged pupil", people: [row.subjectID]), by: actor, at: date)
        return try await referrals([row], for: actor).first
    }

    func flaggedPupil(_ id: UUID, for actor: ActingUser, on database: any Database) async throws -> IllnessReferralModel? {
        guard actor.may(.viewIdentifiableRecords), actor.organisationKind == .medicalEducation else { return nil }
        return try await IllnessReferralModel.held(by: actor, on: database).filter(\.$id == id).first()
    }

    /// The pupils as the team reads them, each with what the team recorded about them.
    func referrals(_ rows: [IllnessReferralModel], for actor: ActingUser) async throws -> [IllnessReferral] {
        let ids = try rows.map { try $0.requireID() }
        let actions = ids.isEmpty ? [] : try await MedicalEducationActionModel.held(by: actor, on: db).filter(\.$referral.$id ~~ ids)
            .sort(\.$recordedAt, .descending).sort(\.$id).all()
        let byReferral = Dictionary(grouping: actions, by: \.$referral.id)
        return try rows.map { row in
            let id = try row.requireID()
            return IllnessReferral(id: id, schoolName: row.schoolName, name: row.name, dateOfBirth: row.dateOfBirth, upn: row.upn,
                                   illnessDays: row.illnessDays, period: "\(row.periodFrom) to \(row.periodTo)", receivedAt: row.receivedAt,
                                   actions: try (byReferral[id] ?? []).map { try $0.record })
        }
    }

    static func illnessReferralSubject(_ id: UUID) -> String { "illness_referral:\(id.uuidString.lowercased())" }
}

final class MedicalEducationActionModel: Model, @unchecked Sendable {
    static let schema = "medical_education_actions"
    @ID(key: .id) var id: UUID?
    @Parent(key: "referral_id") var referral: IllnessReferralModel
    @Field(key: "team_id") var teamID: UUID
    @Field(key: "kind") var kind: String
    @Field(key: "reason") var reason: String
    @Field(key: "recorded_by") var recordedBy: String
    @Field(key: "recorded_at") var recordedAt: Date
    init() {}

    var record: MedicalEducationRecord {
        get throws {
            MedicalEducationRecord(action: .init(kind: try stored("medical_education_actions.kind", kind, as: MedicalEducationAction.Kind.self), reason: reason),
                                   by: recordedBy, at: recordedAt)
        }
    }
}

extension MedicalEducationActionModel: Held { static var holder: FieldKey { "team_id" } }
