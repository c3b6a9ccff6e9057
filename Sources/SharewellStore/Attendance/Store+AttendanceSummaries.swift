import FluentKit
import Foundation
import SharewellCore
import SharewellFormats

extension Store {
    /// Stores a school's per-pupil summaries, all or nothing; a summary for the same pupil and
    /// period as one stored before replaces it. Every UPN must be on the school's roll.
    public func importSummaries(_ summaries: [PupilSummary], by actor: ActingUser, at date: Date) async throws -> Int {
        guard actor.may(.importAttendance), let schoolID = actor.organisationID, actor.organisationKind == .school else { throw StoreError.notASchool }
        return try await auditedTransaction { tx in
            let roll = try await PersonRecordModel.held(by: actor, on: tx).filter(\.$source == RecordSource.schoolRoll.rawValue).all()
            let pupilIDs = Dictionary(roll.map { ($0.localID, $0.id!) }) { a, _ in a }
            let unknown = summaries.filter { pupilIDs[$0.upn] == nil }
            guard unknown.isEmpty else {
                throw FormatError(problems: unknown.prefix(20).map { .init(line: $0.line, field: "upn", message: "\($0.upn) is not on this school's roll: send the pupil file first.") },
                                  truncated: unknown.count > 20)
            }
            try await self.storeSummaries(summaries, pupilIDs: pupilIDs, schoolID: schoolID, by: actor, on: tx)
            try await AuditLog.append(.init(action: .imported, subject: "attendance:\(actor.organisationCode)", purpose: "Attendance liaison",
                                            detail: "\(summaries.count) per-pupil summaries"), by: actor, at: date, on: tx)
            return summaries.count
        }
    }

    /// Keeps each summary, replacing one stored before for the same pupil and period.
    func storeSummaries(_ summaries: [PupilSummary], pupilIDs: [String: UUID], schoolID: UUID, by actor: ActingUser, on tx: any Database) async throws {
        for summary in summaries {
            let pupil = pupilIDs[summary.upn]!
            try await AttendanceSummaryModel.held(by: actor, on: tx).filter(\.$pupil.$id == pupil)
                .filter(\.$firstDay == summary.period.lowerBound.description).filter(\.$lastDay == summary.period.upperBound.description).delete()
            let row = AttendanceSummaryModel()
            row.$pupil.id = pupil; row.$school.id = schoolID
            row.firstDay = summary.period.lowerBound.description; row.lastDay = summary.period.upperBound.description
            row.possible = summary.tally.possible; row.attended = summary.tally.attended
            row.authorised = summary.tally.authorisedAbsence; row.unauthorised = summary.tally.unauthorisedAbsence
            try await row.create(on: tx)
        }
    }

    /// Each pupil's summaries lying wholly inside the period, added up: what a school that sends
    /// only totals has for a list over that period.
    func summaryTallies(for pupils: [UUID], within period: ClosedRange<CalendarDate>, heldBy actor: ActingUser, on database: any Database) async throws -> [UUID: AttendanceTally] {
        guard !pupils.isEmpty else { return [:] }
        let rows = try await AttendanceSummaryModel.held(by: actor, on: database).filter(\.$pupil.$id ~~ pupils)
            .filter(\.$firstDay >= period.lowerBound.description).filter(\.$lastDay <= period.upperBound.description).all()
        var tallies: [UUID: AttendanceTally] = [:]
        for row in rows {
            let tally = AttendanceTally(possible: row.possible, attended: row.attended, authorisedAbsence: row.authorised, unauthorisedAbsence: row.unauthorised)
            tallies[row.$pupil.id] = (tallies[row.$pupil.id] ?? AttendanceTally()) + tally
        }
        return tallies
    }
}

final class AttendanceSummaryModel: Model, @unchecked Sendable {
    static let schema = "attendance_summaries"
    @ID(key: .id) var id: UUID?
    @Parent(key: "pupil_record_id") var pupil: PersonRecordModel
    @Parent(key: "school_id") var school: OrganisationModel
    @Field(key: "first_day") var firstDay: String
    @Field(key: "last_day") var lastDay: String
    @Field(key: "possible") var possible: Int
    @Field(key: "attended") var attended: Int
    @Field(key: "authorised") var authorised: Int
    @Field(key: "unauthorised") var unauthorised: Int
    init() {}
}
