import FluentKit
import Foundation
import SharewellCore

/// A letter ready to print, for one pupil.
public struct PrintedLetter: Sendable, Equatable {
    public let referralID: UUID
    public let childName: String
    public let address: String
    public let text: String
    public let sentAt: Date?
}

extension Store {
    /// The practice's letter template: its own wording if it edited one, otherwise the default.
    public func letterTemplate(for actor: ActingUser) async throws -> ParentLetter {
        guard let practiceID = actor.organisationID,
              let row = try await ParentLetterTemplateModel.query(on: db).filter(\.$practice.$id == practiceID).first() else {
            return ParentLetter(template: ParentLetter.defaultTemplate)
        }
        return ParentLetter(template: row.template)
    }

    /// Keeps the practice's edited wording, after checking every field it uses is known.
    public func saveLetterTemplate(_ letter: ParentLetter, by actor: ActingUser, at date: Date) async throws {
        guard letter.problems.isEmpty else { throw StoreError.invalidFields(letter.problems) }
        guard actor.may(.viewIdentifiableRecords), actor.organisationKind == .gpPractice, let practiceID = actor.organisationID else { throw StoreError.notAPractice }
        try await auditedTransaction { tx in
            let row = try await ParentLetterTemplateModel.query(on: tx).filter(\.$practice.$id == practiceID).first() ?? ParentLetterTemplateModel()
            row.$practice.id = practiceID; row.template = letter.template; row.updatedBy = "\(actor.displayName), \(actor.organisationCode)"; row.updatedAt = date
            try await row.save(on: tx)
            try await AuditLog.append(.init(action: .update, subject: "parent_letter_template:\(actor.organisationCode)", purpose: Self.liaisonPurpose),
                                      by: actor, at: date, on: tx)
        }
    }

    /// The letters for reviewed pupils, filled in; each one is a view of the pupil, audited.
    public func letters(for ids: [UUID], by actor: ActingUser, at date: Date) async throws -> [PrintedLetter] {
        guard actor.may(.viewIdentifiableRecords), let practiceID = actor.organisationID,
              let practice = try await OrganisationModel.find(practiceID, on: db) else { return [] }
        let letter = try await letterTemplate(for: actor)
        let rows = try await AttendanceReferralModel.held(by: actor, on: db).filter(\.$id ~~ ids).sort(\.$name).all()
        var printed: [PrintedLetter] = []
        for row in rows {
            guard let review = try row.review else { continue }
            let values: [ParentLetter.Field: String] = [
                .date: CalendarDate(inEngland: date).longDescription, .childName: row.name, .schoolName: row.schoolName,
                .period: "\(CalendarDate(iso: row.periodFrom)?.longDescription ?? row.periodFrom) to \(CalendarDate(iso: row.periodTo)?.longDescription ?? row.periodTo)",
                .attendancePercent: row.attendancePct, .finding: ParentLetter.finding(review.medicalReason),
                .practiceName: practice.name, .practicePhone: practice.directPhone, .signedBy: "\(actor.displayName)",
            ]
            printed.append(.init(referralID: try row.requireID(), childName: row.name, address: row.address, text: letter.render(values), sentAt: row.letterSentAt))
            try await audit(try row.sharedCopyView(detail: "letter"), by: actor, at: date)
        }
        return printed
    }

    /// Records that the letters went out today; a letter already sent keeps its first date.
    public func markLettersSent(_ ids: [UUID], by actor: ActingUser, at date: Date) async throws -> [SchoolUpdate] {
        let marked: [UUID] = try await auditedTransaction { tx in
            var marked: [UUID] = []
            for id in ids {
                guard let row = try await self.ownReferral(id, for: actor, on: tx), try row.review != nil else { throw StoreError.unknownPerson }
                guard row.letterSentAt == nil else { continue }
                row.letterSentAt = date
                try await row.update(on: tx)
                marked.append(id)
                try await AuditLog.append(.init(action: .update, subject: Self.referralSubject(id), purpose: Self.liaisonPurpose, detail: "letter sent"),
                                          by: actor, at: date, on: tx)
            }
            return marked
        }
        var updates: [SchoolUpdate] = []
        for id in marked { updates.append(try await tellSchoolIfReady(id, by: actor, at: date)) }
        return updates
    }
}
