import FluentKit
import Foundation
import SQLKit
import SharewellCore

/// A school's pupils below the threshold over a period, split by registered GP practice.
public struct PoorAttendanceList: Sendable, Equatable {
    public struct Pupil: Sendable, Equatable {
        public let recordID: UUID
        public let name: String
        public let dateOfBirth: String
        public let address: String
        public let attendancePercent: String
    }

    public let period: ClosedRange<CalendarDate>
    public let belowPercent: Int
    /// Practice code → its pupils, by name.
    public let byPractice: [String: [Pupil]]
    /// Pupils with no known practice, for the school to resolve.
    public let noKnownPractice: [Pupil]
    /// Pupils with any attendance stored in the period: none means the list is empty for want of
    /// marks, not because every pupil attends well.
    public var measuredPupils = 0
    /// The first and last day holding any of the school's stored session marks, if any does.
    public var storedDays: ClosedRange<CalendarDate>?

    /// Part of the period has no stored marks: each pupil's figure covers only the days that have.
    public var periodOutrunsMarks: Bool {
        guard measuredPupils > 0, let storedDays else { return false }
        return period.lowerBound < storedDays.lowerBound || period.upperBound > storedDays.upperBound
    }
}

/// A pupil the school sent to a practice, as the school sees them afterwards.
public struct SentPupil: Sendable, Equatable {
    public let name: String
    public let practiceCode: String
    public let period: String
    public let sentAt: Date
    /// When the practice let the school know it had reviewed and contacted the family.
    public let familyContactedAt: Date?
}

extension Store {
    public static let poorAttendanceItems: [DataItem] = [.name, .dateOfBirth, .address, .attendancePercentage, .attendancePeriod]

    /// The school's list; reading it is a view of identifiable data, so it is audited.
    public func poorAttendanceList(period: ClosedRange<CalendarDate>, belowPercent: Int, for actor: ActingUser, at date: Date) async throws -> PoorAttendanceList {
        guard actor.may(.importAttendance), actor.may(.viewIdentifiableRecords), let schoolID = actor.organisationID,
              try await OrganisationModel.find(schoolID, on: db)?.kind == OrganisationKind.school.rawValue else { throw StoreError.notASchool }
        var marked: ClosedRange<CalendarDate>?
        let tallies = try await rollTallies(of: actor, period: period, on: db, markedDays: &marked)
        let pupils = Self.belowThreshold(tallies, belowPercent: belowPercent)
        try await audit(.init(action: .viewList, subject: "poor_attendance:\(actor.organisationCode)", purpose: "Attendance liaison",
                              detail: "\(pupils.count) pupils below \(belowPercent)% from \(period.lowerBound) to \(period.upperBound)",
                              people: pupils.map(\.pupil.recordID)), by: actor, at: date)
        let byPractice = Dictionary(grouping: pupils.filter { $0.practice != nil }, by: { $0.practice! }).mapValues { $0.map(\.pupil) }
        var list = PoorAttendanceList(period: period, belowPercent: belowPercent, byPractice: byPractice,
                                      noKnownPractice: pupils.filter { $0.practice == nil }.map(\.pupil))
        list.measuredPupils = tallies.filter { $0.1.possible > 0 }.count
        list.storedDays = marked
        return list
    }

    /// Sends one practice its own patients from the list, through the gate, into its inbox. A pupil
    /// already sent to the practice for the same period is not sent again: a second "Send" sends
    /// only the pupils new to the list, and nothing at all when there are none.
    public func sendPoorAttendanceList(to practice: String, period: ClosedRange<CalendarDate>, belowPercent: Int,
                                       by actor: ActingUser, at date: Date) async throws -> Result<SharingGrant, SharingRefusal> {
        guard actor.may(.importAttendance), let schoolID = actor.organisationID,
              let school = try await OrganisationModel.find(schoolID, on: db), school.kind == OrganisationKind.school.rawValue else { throw StoreError.notASchool }
        guard let practiceModel = try await OrganisationModel.query(on: db).filter(\.$code == practice).first() else { throw StoreError.unknownOrganisation(practice) }
        let listed = try await belowThreshold(period: period, belowPercent: belowPercent, of: actor, on: db).filter { $0.practice == practice }
        guard !listed.isEmpty else { return .failure(.init(.nothingToSend("No pupil on the list is registered with \(practiceModel.name) (\(practice))."))) }
        let alreadySent: @Sendable (any Database) async throws -> Set<UUID> = { database in
            Set(try await AttendanceLiaisonModel.held(by: actor, on: database).filter(\.$practiceCode == practice)
                .filter(\.$periodFrom == period.lowerBound.description).filter(\.$periodTo == period.upperBound.description).all().map { $0.$person.id })
        }
        let earlier = try await alreadySent(db)
        let pupils = listed.filter { !earlier.contains($0.pupil.recordID) }
        // Sex goes only where the agreement allows it (the report splits by it); otherwise the practice never learns it.
        let request = try await allowing([.sex], in: SharingRequest(recipient: practice, purpose: .attendanceLiaison, items: Self.poorAttendanceItems, bulk: true,
                                                                    subjects: pupils.map(\.pupil.recordID), period: Self.periodKey(period)),
                                         by: actor, at: date)
        guard !pupils.isEmpty else { return try await repeatOfLastSending(request, by: actor) }
        let percent = Dictionary(uniqueKeysWithValues: pupils.map { ($0.pupil.recordID, $0.pupil.attendancePercent) })
        let tallies = Dictionary(uniqueKeysWithValues: pupils.map { ($0.pupil.recordID, $0.tally) })
        let (schoolCode, schoolName, practiceID) = (school.code, school.name, try practiceModel.requireID())
        return try await sendOnce(request, from: OwnPersonRecords(), lock: AttendanceLiaisonModel.schema, alreadySent: alreadySent, by: actor, at: date) { delivery in
            let grant = delivery.grant
            for person in grant.people {
                let sent = AttendanceLiaisonModel()
                sent.$school.id = schoolID; sent.$person.id = person.id; sent.practiceCode = practice
                sent.periodFrom = period.lowerBound.description; sent.periodTo = period.upperBound.description; sent.sentAt = date
                try await delivery.keep(sent)
                let row = AttendanceReferralModel()
                row.liaisonID = sent.id; row.subjectID = person.id
                row.$practice.id = practiceID
                row.schoolCode = schoolCode; row.schoolName = schoolName; row.agreementID = grant.agreementID
                row.name = person.items[.name] ?? ""; row.dateOfBirth = person.items[.dateOfBirth] ?? ""; row.address = person.items[.address] ?? ""
                row.attendancePct = percent[person.id] ?? ""
                row.periodFrom = period.lowerBound.description; row.periodTo = period.upperBound.description
                row.receivedAt = date; row.sex = person.items[.sex]
                try await delivery.keep(row)
                try await delivery.keep(AttendanceMeasureModel(referral: try row.requireID(), .listed, period: period, tally: tallies[person.id] ?? AttendanceTally(),
                                                               agreement: grant.agreementID, at: date))
            }
        }
    }

    /// What the school has sent, and what it has been told back: only "reviewed, family contacted".
    /// Listing names is a view of identifiable data, so it is audited.
    public func sentToPractices(for actor: ActingUser, at date: Date) async throws -> [SentPupil] {
        guard actor.may(.importAttendance), actor.may(.viewIdentifiableRecords) else { return [] }
        let rows = try await AttendanceLiaisonModel.held(by: actor, on: db).with(\.$person)
            .sort(\.$sentAt, .descending).all()
        try await audit(.init(action: .viewList, subject: "attendance_sent:\(actor.organisationCode)", purpose: "Attendance liaison",
                              detail: "\(rows.count) pupils", people: rows.map { $0.$person.id }), by: actor, at: date)
        return rows.map { row in
            SentPupil(name: "\(row.person.givenName) \(row.person.familyName)", practiceCode: row.practiceCode,
                      period: "\(row.periodFrom) to \(row.periodTo)", sentAt: row.sentAt, familyContactedAt: row.familyContactedAt)
        }.sorted { ($0.sentAt, $1.name) > ($1.sentAt, $0.name) }
    }

    private func belowThreshold(period: ClosedRange<CalendarDate>, belowPercent: Int, of actor: ActingUser,
                                on database: any Database) async throws -> [(pupil: PoorAttendanceList.Pupil, practice: String?, tally: AttendanceTally)] {
        Self.belowThreshold(try await rollTallies(of: actor, period: period, on: database), belowPercent: belowPercent)
    }

    private static func belowThreshold(_ tallies: [(PersonRecordModel, AttendanceTally)], belowPercent: Int) -> [(pupil: PoorAttendanceList.Pupil, practice: String?, tally: AttendanceTally)] {
        var result: [(PoorAttendanceList.Pupil, String?, AttendanceTally)] = []
        for (record, tally) in tallies where tally.isBelow(percent: belowPercent) {
            result.append((.init(recordID: record.id!, name: "\(record.givenName) \(record.familyName)", dateOfBirth: record.dateOfBirth,
                                 address: "\(record.addressLine), \(record.postcode)", attendancePercent: tally.attendancePercentText),
                           record.registeredPracticeCode, tally))
        }
        return result.sorted { ($0.0.name, $0.0.recordID.uuidString) < ($1.0.name, $1.0.recordID.uuidString) }
    }

    /// Every pupil on the school's roll with marks or summaries in the period, and their tally over it.
    func rollTallies(of actor: ActingUser, period: ClosedRange<CalendarDate>, on database: any Database) async throws -> [(PersonRecordModel, AttendanceTally)] {
        var marked: ClosedRange<CalendarDate>?
        return try await rollTallies(of: actor, period: period, on: database, markedDays: &marked)
    }

    /// The same, also widening `markedDays` to take in every day of the roll's stored marks.
    func rollTallies(of actor: ActingUser, period: ClosedRange<CalendarDate>, on database: any Database,
                     markedDays: inout ClosedRange<CalendarDate>?) async throws -> [(PersonRecordModel, AttendanceTally)] {
        let roll = try await PersonRecordModel.held(by: actor, on: database).filter(\.$source == RecordSource.schoolRoll.rawValue).all()
        var result: [(PersonRecordModel, AttendanceTally)] = []
        for chunk in stride(from: 0, to: roll.count, by: 500).map({ Array(roll[$0..<min($0 + 500, roll.count)]) }) {
            let ids = chunk.compactMap(\.id)
            let marks = try await storedMarks(for: ids, heldBy: actor, on: database)
            let summaries = try await summaryTallies(for: ids, within: period, heldBy: actor, on: database)
            for days in marks.values.compactMap(\.markedDays) {
                markedDays = markedDays.map { min($0.lowerBound, days.lowerBound)...max($0.upperBound, days.upperBound) } ?? days
            }
            for record in chunk {
                // Session marks when the school sent them for the period; its summaries otherwise.
                let fromMarks = marks[record.id!]?.tally(within: period)
                if let tally = fromMarks.flatMap({ $0.possible > 0 ? $0 : nil }) ?? summaries[record.id!] ?? fromMarks { result.append((record, tally)) }
            }
        }
        return result
    }
}
