import FluentKit
import Foundation
import SharewellCore

/// A pupil whose illness-coded absence reached the threshold (issue 6, item 8; DOMAIN.md §2.2).
public struct IllnessAbsence: Sendable, Equatable {
    public let recordID: UUID
    public let name: String
    public let dateOfBirth: String
    public let upn: String
    public let illnessDays: String
    public let attendancePercent: String
}

/// A pupil as the LA medical education team received them, with what the team did.
public struct IllnessReferral: Sendable, Equatable {
    public let id: UUID
    public let schoolName: String
    public let name: String
    public let dateOfBirth: String
    public let upn: String
    public let illnessDays: String
    public let period: String
    public let receivedAt: Date
    /// What the team recorded, newest first: the first is what the inbox shows, the rest its history.
    public let actions: [MedicalEducationRecord]
}

extension Store {
    public static let illnessItems: [DataItem] = [.name, .dateOfBirth, .upn, .illnessAbsence]
    public static let defaultIllnessDays = 10
    static let medicalEducationPurpose = "Health-related absence monitoring"

    /// The school's own list: pupils whose illness absence over the period reached `days` school days.
    public func illnessAbsence(period: ClosedRange<CalendarDate>, days: Int, for actor: ActingUser, at date: Date) async throws -> [IllnessAbsence] {
        _ = try await schoolOf(actor)
        let pupils = try await illnessPupils(of: actor, period: period, days: days, on: db)
        try await audit(.init(action: .viewList, subject: "illness_absence:\(actor.organisationCode)", purpose: Self.medicalEducationPurpose,
                              detail: "\(pupils.count) pupils with \(days) or more illness days from \(period.lowerBound) to \(period.upperBound)",
                              people: pupils.map(\.recordID)), by: actor, at: date)
        return pupils
    }

    /// Flags the list to the LA medical education team, through the gate; a pupil already sent for
    /// the same period is not sent twice.
    public func sendIllnessAbsence(to team: String, period: ClosedRange<CalendarDate>, days: Int,
                                   by actor: ActingUser, at date: Date) async throws -> Result<SharingGrant, SharingRefusal> {
        let schoolID = try await schoolOf(actor)
        guard let school = try await OrganisationModel.find(schoolID, on: db),
              let teamModel = try await OrganisationModel.query(on: db).filter(\.$code == team).first(), teamModel.kind == OrganisationKind.medicalEducation.rawValue else {
            throw StoreError.unknownOrganisation(team)
        }
        let teamID = try teamModel.requireID()
        let alreadySent: @Sendable (any Database) async throws -> Set<UUID> = { database in
            Set(try await IllnessReferralModel.sent(by: actor, on: database).filter(\.$team.$id == teamID)
                .filter(\.$periodFrom == period.lowerBound.description).filter(\.$periodTo == period.upperBound.description).all().map(\.subjectID))
        }
        let already = try await alreadySent(db)
        let pupils = try await illnessPupils(of: actor, period: period, days: days, on: db).filter { !already.contains($0.recordID) }
        let request = SharingRequest(recipient: team, purpose: .medicalEducation, items: Self.illnessItems, bulk: true,
                                     subjects: pupils.map(\.recordID), period: Self.periodKey(period))
        guard !pupils.isEmpty else { return try await repeatOfLastSending(request, by: actor) }
        let byID = Dictionary(uniqueKeysWithValues: pupils.map { ($0.recordID, $0) })
        let (schoolCode, schoolName) = (school.code, school.name)
        return try await sendOnce(request, from: OwnPersonRecords(), lock: IllnessReferralModel.schema, alreadySent: alreadySent, by: actor, at: date) { delivery in
            let grant = delivery.grant
            for person in grant.people {
                let row = IllnessReferralModel()
                row.$team.id = teamID; row.schoolCode = schoolCode; row.schoolName = schoolName; row.agreementID = grant.agreementID
                row.subjectID = person.person; row.name = person.items[.name] ?? ""; row.dateOfBirth = person.items[.dateOfBirth] ?? ""
                row.upn = person.items[.upn] ?? ""; row.illnessDays = byID[person.id]?.illnessDays ?? ""
                row.periodFrom = period.lowerBound.description; row.periodTo = period.upperBound.description; row.receivedAt = date
                try await delivery.keep(row)
            }
        }
    }

    /// What the actor's medical education team has been sent, newest first; audited.
    public func medicalEducationInbox(for actor: ActingUser, at date: Date) async throws -> [IllnessReferral] {
        guard actor.may(.viewIdentifiableRecords), actor.organisationKind == .medicalEducation else { return [] }
        let rows = try await IllnessReferralModel.held(by: actor, on: db).sort(\.$receivedAt, .descending).sort(\.$name).all()
        try await audit(.init(action: .viewList, subject: "illness_inbox:\(actor.organisationCode)", purpose: Self.medicalEducationPurpose,
                              detail: "\(rows.count) pupils", people: rows.map(\.subjectID)), by: actor, at: date)
        return try await referrals(rows, for: actor)
    }

    private func schoolOf(_ actor: ActingUser) async throws -> UUID {
        guard actor.may(.importAttendance), actor.may(.viewIdentifiableRecords), let schoolID = actor.organisationID,
              actor.organisationKind == .school else { throw StoreError.notASchool }
        return schoolID
    }

    private func illnessPupils(of actor: ActingUser, period: ClosedRange<CalendarDate>, days: Int, on database: any Database) async throws -> [IllnessAbsence] {
        try await rollTallies(of: actor, period: period, on: database).filter { $0.1.reachesIllnessDays(days) }.map { record, tally in
            IllnessAbsence(recordID: record.id!, name: "\(record.givenName) \(record.familyName)", dateOfBirth: record.dateOfBirth, upn: record.localID,
                           illnessDays: tally.illnessDaysText, attendancePercent: tally.attendancePercentText)
        }.sorted { ($0.name, $0.recordID.uuidString) < ($1.name, $1.recordID.uuidString) }
    }
}

final class IllnessReferralModel: Model, @unchecked Sendable {
    static let schema = "illness_referrals"
    @ID(key: .id) var id: UUID?
    @Parent(key: "team_id") var team: OrganisationModel
    @Field(key: "school_code") var schoolCode: String
    @Field(key: "school_name") var schoolName: String
    @Field(key: "agreement_id") var agreementID: UUID
    @Field(key: "subject_id") var subjectID: UUID
    @Field(key: "name") var name: String
    @Field(key: "date_of_birth") var dateOfBirth: String
    @Field(key: "upn") var upn: String
    @Field(key: "illness_days") var illnessDays: String
    @Field(key: "period_from") var periodFrom: String
    @Field(key: "period_to") var periodTo: String
    @Field(key: "received_at") var receivedAt: Date
    init() {}
}
