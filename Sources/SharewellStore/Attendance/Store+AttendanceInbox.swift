import FluentKit
import Foundation
import SharewellCore

/// A pupil as a practice received them, with the practice's own work on them.
public struct AttendanceReferral: Sendable, Equatable {
    public let id: UUID
    public let schoolCode: String
    public let schoolName: String
    public let name: String
    public let dateOfBirth: String
    public let address: String
    public let attendancePercent: String
    public let periodFrom: String
    public let periodTo: String
    public let receivedAt: Date
    public let review: AttendanceReview?
    public let reviewedBy: String?
    public let finalMedicalReason: AttendanceReview.MedicalReason?
    public let letterSentAt: Date?
    public let schoolToldAt: Date?
    public let calls: [FollowUpCall]

    public var period: String { "\(periodFrom) to \(periodTo)" }

    /// The family has heard from the practice: by the review's own account, a letter, or a call answered.
    public var familyContacted: Bool {
        review?.familyContacted == true || letterSentAt != nil || calls.contains { $0.outcome.reachedParent }
    }
}

/// What happened to the one thing the school may learn back.
public enum SchoolUpdate: Sendable, Equatable {
    case notYet
    case told(schoolName: String)
    case refused(String)
}

extension Store {
    static let liaisonPurpose = "Attendance liaison"

    /// What the actor's practice has received, newest first; a view of identifiable data, audited.
    public func attendanceInbox(for actor: ActingUser, at date: Date) async throws -> [AttendanceReferral] {
        guard actor.may(.viewIdentifiableRecords) else { return [] }
        let rows = try await AttendanceReferralModel.held(by: actor, on: db).with(\.$calls)
            .sort(\.$receivedAt, .descending).sort(\.$name).all()
        try await audit(.init(action: .viewList, subject: "attendance_inbox:\(actor.organisationCode)", purpose: Self.liaisonPurpose,
                              detail: "\(rows.count) pupils", people: rows.compactMap(\.subjectID)), by: actor, at: date)
        return try rows.map { try $0.referral }
    }

    /// One received pupil, for the review form; `nil` for another practice's.
    public func referral(_ id: UUID, for actor: ActingUser, at date: Date) async throws -> AttendanceReferral? {
        guard let row = try await ownReferral(id, for: actor, on: db) else { return nil }
        try await audit(try row.sharedCopyView(), by: actor, at: date)
        return try row.referral
    }

    /// The practice records its review, and the medical reason after the calls if it changed.
    /// It stays in the practice; the school is told only "reviewed, family contacted", through the gate.
    public func reviewReferral(_ id: UUID, _ review: AttendanceReview, finalMedicalReason: AttendanceReview.MedicalReason? = nil,
                               by actor: ActingUser, at date: Date) async throws -> SchoolUpdate {
        guard review.problems.isEmpty else { throw StoreError.invalidFields(review.problems) }
        try await auditedTransaction { tx in
            guard let row = try await self.ownReferral(id, for: actor, on: tx) else { throw StoreError.unknownPerson }
            row.medicalReason = review.medicalReason.rawValue
            row.category = review.category?.rawValue
            row.concerns = review.concerns.map(\.rawValue).sorted().joined(separator: " ")
            row.internalNotes = review.internalNotes.trimmingCharacters(in: .whitespacesAndNewlines)
            row.familyContacted = review.familyContacted
            row.finalMedicalReason = finalMedicalReason?.rawValue
            row.reviewedBy = "\(actor.displayName), \(actor.organisationCode)"
            row.reviewedAt = date
            try await row.update(on: tx)
            try await AuditLog.append(.init(action: .update, subject: Self.referralSubject(id), purpose: Self.liaisonPurpose,
                                            detail: "reviewed: medical reason \(review.medicalReason.rawValue)"), by: actor, at: date, on: tx)
        }
        return try await tellSchoolIfReady(id, by: actor, at: date)
    }

    /// Once the practice has reviewed the pupil and contacted the family, the school is told just
    /// that, once, through the gate (the practice discloses under the same agreement).
    func tellSchoolIfReady(_ id: UUID, by actor: ActingUser, at date: Date) async throws -> SchoolUpdate {
        guard let row = try await ownReferral(id, for: actor, on: db), row.schoolToldAt == nil else { return .notYet }
        let referral = try row.referral
        guard referral.review != nil, referral.familyContacted else { return .notYet }
        let request = SharingRequest(recipient: row.schoolCode, purpose: .attendanceLiaison, items: [.reviewOutcome], bulk: true, subjects: [id])
        let result = try await share(request, from: ReviewOutcomeSource(), by: actor, at: date) { delivery in
            // The school's own row of what it sent: reached only through the delivery addressed to it.
            if let liaisonID = row.liaisonID, let sent = try await delivery.recipientRows(AttendanceLiaisonModel.self).filter(\.$id == liaisonID).first() {
                sent.familyContactedAt = date
                try await delivery.change(sent)
            }
            row.schoolToldAt = date
            try await row.update(on: delivery.database)
        }
        switch result {
        case .success: return .told(schoolName: row.schoolName)
        case .failure(let refusal): return .refused(refusal.words)
        }
    }

    func ownReferral(_ id: UUID, for actor: ActingUser, on database: any Database) async throws -> AttendanceReferralModel? {
        guard actor.may(.viewIdentifiableRecords) else { return nil }
        return try await AttendanceReferralModel.held(by: actor, on: database).filter(\.$id == id).with(\.$calls).first()
    }

    static func referralSubject(_ id: UUID) -> String { "attendance_referral:\(id.uuidString.lowercased())" }
}

extension AttendanceReferralModel {
    /// A view of the copy the school shared, written under the school's record of the pupil so the
    /// school's "who has seen this record" shows it as viewed by the practice under the agreement
    /// (issue 14, finding 12); what the practice then did with it stays the practice's.
    func sharedCopyView(detail: String = "") throws -> AuditEvent {
        let subject = try subjectID.map(Store.subject) ?? Store.referralSubject(requireID())
        return AuditEvent(action: .viewSharedCopy, subject: subject,
                   purpose: "\(Store.liaisonPurpose) under agreement:\(agreementID.uuidString.lowercased())", detail: detail)
    }
}
