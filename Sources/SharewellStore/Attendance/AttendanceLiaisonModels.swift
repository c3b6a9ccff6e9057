import FluentKit
import Foundation
import SharewellCore

/// What a practice received about one pupil, and the practice's own work on it. Practice-internal:
/// nothing here but "reviewed, family contacted" ever reaches the school, and that through the gate.
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
    /// The school's row of what it sent, and the school's record of the pupil: the school keeps
    /// both; the practice holds only the keys, to send the status back and to re-measure.
    @OptionalField(key: "liaison_id") var liaisonID: UUID?
    @OptionalField(key: "subject_id") var subjectID: UUID?
    /// The pupil's sex, where the agreement let the school send it (migration 017).
    @OptionalField(key: "sex") var sex: String?
    @Children(for: \.$referral) var measures: [AttendanceMeasureModel]
    @OptionalField(key: "concerns") var concerns: String?
    @OptionalField(key: "final_medical_reason") var finalMedicalReason: String?
    @OptionalField(key: "letter_sent_at") var letterSentAt: Date?
    @OptionalField(key: "school_told_at") var schoolToldAt: Date?
    @Children(for: \.$referral) var calls: [FollowUpCallModel]
    init() {}

    var review: AttendanceReview? {
        get throws(StoreError) {
            guard let medicalReason else { return nil }
            return try AttendanceReview(medicalReason: stored("attendance_referrals.medical_reason", medicalReason),
                                        category: category.map { text throws(StoreError) in try stored("attendance_referrals.category", text) },
                                        concerns: Set((concerns ?? "").split(separator: " ").map { text throws(StoreError) in try stored("attendance_referrals.concerns", String(text)) }),
                                        internalNotes: internalNotes ?? "", familyContacted: familyContacted ?? false)
        }
    }

    var referral: AttendanceReferral {
        get throws(StoreError) {
            try AttendanceReferral(id: id!, schoolCode: schoolCode, schoolName: schoolName, name: name, dateOfBirth: dateOfBirth, address: address,
                                   attendancePercent: attendancePct, periodFrom: periodFrom, periodTo: periodTo, receivedAt: receivedAt,
                                   review: review, reviewedBy: reviewedBy,
                                   finalMedicalReason: finalMedicalReason.map { text throws(StoreError) in try stored("attendance_referrals.final_medical_reason", text) },
                                   letterSentAt: letterSentAt, schoolToldAt: schoolToldAt,
                                   calls: ($calls.value ?? []).map { row throws(StoreError) in try row.call }.sorted { $0.day < $1.day })
        }
    }
}

/// The sessions behind an attendance figure the school sent about a pupil it listed: `listed` for
/// the list's own period, `remeasure` for a later one. Written only by a delivery of the gate.
final class AttendanceMeasureModel: Model, @unchecked Sendable {
    static let schema = "attendance_measures"
    enum Kind: String { case listed, remeasure }
    @ID(key: .id) var id: UUID?
    @Parent(key: "referral_id") var referral: AttendanceReferralModel
    @Field(key: "kind") var kind: String
    @Field(key: "period_from") var periodFrom: String
    @Field(key: "period_to") var periodTo: String
    @Field(key: "possible") var possible: Int
    @Field(key: "attended") var attended: Int
    @Field(key: "authorised_absence") var authorisedAbsence: Int
    @Field(key: "unauthorised_absence") var unauthorisedAbsence: Int
    @Field(key: "agreement_id") var agreementID: UUID
    @Field(key: "received_at") var receivedAt: Date
    init() {}

    convenience init(referral: UUID, _ kind: Kind, period: ClosedRange<CalendarDate>, tally: AttendanceTally, agreement: UUID, at date: Date) {
        self.init()
        $referral.id = referral; self.kind = kind.rawValue; periodFrom = period.lowerBound.description; periodTo = period.upperBound.description
        possible = tally.possible; attended = tally.attended; authorisedAbsence = tally.authorisedAbsence; unauthorisedAbsence = tally.unauthorisedAbsence
        agreementID = agreement; receivedAt = date
    }

    var tally: AttendanceTally {
        AttendanceTally(possible: possible, attended: attended, authorisedAbsence: authorisedAbsence, unauthorisedAbsence: unauthorisedAbsence)
    }
}

/// The school's own note of a pupil it sent to a practice, and the one thing it may learn back.
final class AttendanceLiaisonModel: Model, @unchecked Sendable {
    static let schema = "attendance_liaison"
    @ID(key: .id) var id: UUID?
    @Parent(key: "school_id") var school: OrganisationModel
    @Parent(key: "person_id") var person: PersonRecordModel
    @Field(key: "practice_code") var practiceCode: String
    @Field(key: "period_from") var periodFrom: String
    @Field(key: "period_to") var periodTo: String
    @Field(key: "sent_at") var sentAt: Date
    @OptionalField(key: "family_contacted_at") var familyContactedAt: Date?
    init() {}
}

final class FollowUpCallModel: Model, @unchecked Sendable {
    static let schema = "follow_up_calls"
    @ID(key: .id) var id: UUID?
    @Parent(key: "referral_id") var referral: AttendanceReferralModel
    @Field(key: "day") var day: String
    @Field(key: "outcome") var outcome: String
    @OptionalField(key: "letter_arrived") var letterArrived: String?
    @Field(key: "feedback") var feedback: String
    @Field(key: "recorded_by") var recordedBy: String
    @Field(key: "recorded_at") var recordedAt: Date
    init() {}

    var call: FollowUpCall {
        get throws(StoreError) {
            try FollowUpCall(day: stored("follow_up_calls.day", day, CalendarDate.init(iso:)), outcome: stored("follow_up_calls.outcome", outcome),
                             letterArrived: letterArrived.map { text throws(StoreError) in try stored("follow_up_calls.letter_arrived", text) }, feedback: feedback)
        }
    }
}

final class ParentLetterTemplateModel: Model, @unchecked Sendable {
    static let schema = "parent_letter_templates"
    @ID(key: .id) var id: UUID?
    @Parent(key: "practice_id") var practice: OrganisationModel
    @Field(key: "template") var template: String
    @Field(key: "updated_by") var updatedBy: String
    @Field(key: "updated_at") var updatedAt: Date
    init() {}
}
