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
}

/// A pupil as a practice received them.
public struct AttendanceReferral: Sendable, Equatable {
    public let id: UUID
    public let schoolCode: String
    public let schoolName: String
    public let name: String
    public let dateOfBirth: String
    public let address: String
    public let attendancePercent: String
    public let period: String
    public let receivedAt: Date
    public let review: AttendanceReview?
    public let reviewedBy: String?
}

extension Store {
    public static let poorAttendanceItems: [DataItem] = [.name, .dateOfBirth, .address, .attendancePercentage, .attendancePeriod]

    /// The school's list; reading it is a view of identifiable data, so it is audited.
    public func poorAttendanceList(period: ClosedRange<CalendarDate>, belowPercent: Int, for actor: ActingUser, at date: Date) async throws -> PoorAttendanceList {
        guard actor.may(.importAttendance), actor.may(.viewIdentifiableRecords), let schoolID = actor.organisationID,
              try await OrganisationModel.find(schoolID, on: db)?.kind == OrganisationKind.school.rawValue else { throw StoreError.notASchool }
        let pupils = try await belowThreshold(period: period, belowPercent: belowPercent, schoolID: schoolID, on: db)
        try await audit(.init(action: "view-list", subject: "poor_attendance:\(actor.organisationCode)", purpose: "Attendance liaison",
                              detail: "\(pupils.count) pupils below \(belowPercent)% from \(period.lowerBound) to \(period.upperBound)"), by: actor, at: date)
        let byPractice = Dictionary(grouping: pupils.filter { $0.practice != nil }, by: { $0.practice! }).mapValues { $0.map(\.pupil) }
        return PoorAttendanceList(period: period, belowPercent: belowPercent, byPractice: byPractice,
                                  noKnownPractice: pupils.filter { $0.practice == nil }.map(\.pupil))
    }

    /// Sends one practice its own patients from the list, through the gate, into its inbox.
    public func sendPoorAttendanceList(to practice: String, period: ClosedRange<CalendarDate>, belowPercent: Int,
                                       by actor: ActingUser, at date: Date) async throws -> Result<SharingGrant, SharingRefusal> {
        guard actor.may(.importAttendance), let schoolID = actor.organisationID,
              let school = try await OrganisationModel.find(schoolID, on: db), school.kind == OrganisationKind.school.rawValue else { throw StoreError.notASchool }
        guard let practiceModel = try await OrganisationModel.query(on: db).filter(\.$code == practice).first() else { throw StoreError.unknownOrganisation(practice) }
        let pupils = try await belowThreshold(period: period, belowPercent: belowPercent, schoolID: schoolID, on: db).filter { $0.practice == practice }
        guard !pupils.isEmpty else { return .failure(.init(reason: "No pupil on the list is registered with \(practice).", decision: nil)) }
        let percent = Dictionary(uniqueKeysWithValues: pupils.map { ($0.pupil.recordID, $0.pupil.attendancePercent) })
        let request = SharingRequest(recipient: practice, purpose: .attendanceLiaison, items: Self.poorAttendanceItems, bulk: true, subjects: pupils.map(\.pupil.recordID))
        let (schoolCode, schoolName, practiceID) = (school.code, school.name, try practiceModel.requireID())
        return try await share(request, by: actor, at: date) { grant, tx in
            for person in grant.people {
                let row = AttendanceReferralModel()
                row.$practice.id = practiceID
                row.schoolCode = schoolCode; row.schoolName = schoolName; row.agreementID = grant.agreementID
                row.name = person.items[.name] ?? ""; row.dateOfBirth = person.items[.dateOfBirth] ?? ""; row.address = person.items[.address] ?? ""
                row.attendancePct = percent[person.id] ?? ""
                row.periodFrom = period.lowerBound.description; row.periodTo = period.upperBound.description
                row.receivedAt = date
                try await row.create(on: tx)
            }
        }
    }

    /// What the actor's practice has received, newest first; a view of identifiable data, audited.
    public func attendanceInbox(for actor: ActingUser, at date: Date) async throws -> [AttendanceReferral] {
        guard actor.may(.viewIdentifiableRecords), let practiceID = actor.organisationID else { return [] }
        let rows = try await AttendanceReferralModel.query(on: db).filter(\.$practice.$id == practiceID).sort(\.$receivedAt, .descending).sort(\.$name).all()
        try await audit(.init(action: "view-list", subject: "attendance_inbox:\(actor.organisationCode)", purpose: "Attendance liaison",
                              detail: "\(rows.count) pupils"), by: actor, at: date)
        return rows.map(\.referral)
    }

    /// The practice records its review. It stays in the practice: the school is never sent it.
    public func reviewReferral(_ id: UUID, _ review: AttendanceReview, by actor: ActingUser, at date: Date) async throws {
        guard review.problems.isEmpty else { throw StoreError.invalidFields(review.problems) }
        guard actor.may(.viewIdentifiableRecords), let practiceID = actor.organisationID else { throw StoreError.unknownPerson }
        try await auditedTransaction { tx in
            guard let row = try await AttendanceReferralModel.query(on: tx).filter(\.$id == id).filter(\.$practice.$id == practiceID).first() else {
                throw StoreError.unknownPerson
            }
            row.medicalReason = review.medicalReason.rawValue
            row.category = review.category?.rawValue
            row.internalNotes = review.internalNotes.trimmingCharacters(in: .whitespacesAndNewlines)
            row.familyContacted = review.familyContacted
            row.reviewedBy = "\(actor.displayName), \(actor.organisationCode)"
            row.reviewedAt = date
            try await row.save(on: tx)
            try await AuditLog.append(.init(action: "update", subject: "attendance_referral:\(id.uuidString.lowercased())", purpose: "Attendance liaison",
                                            detail: "reviewed: medical reason \(review.medicalReason.rawValue)"), by: actor, at: date, on: tx)
        }
    }

    /// One received pupil, for the review form; `nil` for another practice's.
    public func referral(_ id: UUID, for actor: ActingUser, at date: Date) async throws -> AttendanceReferral? {
        guard actor.may(.viewIdentifiableRecords), let practiceID = actor.organisationID,
              let row = try await AttendanceReferralModel.query(on: db).filter(\.$id == id).filter(\.$practice.$id == practiceID).first() else { return nil }
        try await audit(.init(action: "view", subject: "attendance_referral:\(id.uuidString.lowercased())", purpose: "Attendance liaison"), by: actor, at: date)
        return row.referral
    }

    private func belowThreshold(period: ClosedRange<CalendarDate>, belowPercent: Int, schoolID: UUID,
                                on database: any Database) async throws -> [(pupil: PoorAttendanceList.Pupil, practice: String?)] {
        let roll = try await PersonRecordModel.query(on: database).filter(\.$owner.$id == schoolID).filter(\.$source == "schoolRoll").all()
        var result: [(PoorAttendanceList.Pupil, String?)] = []
        for chunk in stride(from: 0, to: roll.count, by: 500).map({ Array(roll[$0..<min($0 + 500, roll.count)]) }) {
            let marks = try await storedMarks(for: chunk.compactMap(\.id), on: database)
            for record in chunk {
                guard let tally = marks[record.id!]?.tally(within: period), tally.isBelow(percent: belowPercent) else { continue }
                result.append((.init(recordID: record.id!, name: "\(record.givenName) \(record.familyName)", dateOfBirth: record.dateOfBirth,
                                     address: "\(record.addressLine), \(record.postcode)", attendancePercent: tally.attendancePercentText),
                               record.registeredPracticeCode))
            }
        }
        return result.sorted { ($0.0.name, $0.0.recordID.uuidString) < ($1.0.name, $1.0.recordID.uuidString) }
    }
}

final class AttendanceReferralModel: Model, @unchecked Sendable {
    static let schema = "attendance_referrals"
    @ID(key: .id) var id: UUID?
    @Parent(key: "practice_id") var practice: OrganisationModel
    @Field(key: "school_code") var schoolCode: String
    @Field(key: "school_name") var schoolName: String
    @Field(key: "agreement_id") var agreementID: UUID
    @Field(key: "name") var name: String
    @Field(key: "date_of_birth") var dateOfBirth: String
    @Field(key: "address") var address: String
    @Field(key: "attendance_pct") var attendancePct: String
    @Field(key: "period_from") var periodFrom: String
    @Field(key: "period_to") var periodTo: String
    @Field(key: "received_at") var receivedAt: Date
    @OptionalField(key: "medical_reason") var medicalReason: String?
    @OptionalField(key: "category") var category: String?
    @OptionalField(key: "internal_notes") var internalNotes: String?
    @OptionalField(key: "family_contacted") var familyContacted: Bool?
    @OptionalField(key: "reviewed_by") var reviewedBy: String?
    @OptionalField(key: "reviewed_at") var reviewedAt: Date?
    init() {}

    var referral: AttendanceReferral {
        let review = medicalReason.flatMap(AttendanceReview.MedicalReason.init(rawValue:)).map {
            AttendanceReview(medicalReason: $0, category: category.flatMap(AttendanceReview.Category.init(rawValue:)),
                             internalNotes: internalNotes ?? "", familyContacted: familyContacted ?? false)
        }
        return AttendanceReferral(id: id!, schoolCode: schoolCode, schoolName: schoolName, name: name, dateOfBirth: dateOfBirth, address: address,
                                  attendancePercent: attendancePct, period: "\(periodFrom) to \(periodTo)", receivedAt: receivedAt,
                                  review: review, reviewedBy: reviewedBy)
    }
}
