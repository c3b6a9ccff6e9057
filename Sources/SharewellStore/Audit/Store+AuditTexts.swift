import FluentKit
import Foundation
import SharewellCore

extension Store {
    /// Destroys the free text of audit entries written before `day` (England), as retention: the
    /// entries stay and the chain still verifies, because it covers each text's keyed digest, not
    /// the text. Returns how many texts were destroyed; the purge is itself an audit entry.
    public func purgeAuditTexts(writtenBefore day: CalendarDate, reason: String, by actor: ActingUser, at date: Date) async throws -> Int {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        var problems: [FieldProblem] = []
        if reason.isEmpty { problems.append(.init(field: "reason", message: "Say why the texts are destroyed (the retention rule relied on)")) }
        if day > CalendarDate(inEngland: date).advanced(by: 1) { problems.append(.init(field: "before", message: "The day must not be after today")) }
        guard problems.isEmpty else { throw StoreError.invalidFields(problems) }
        // Entries are stamped in UTC; midnight in England starts the day.
        let cutoff = AuditLog.timestamp(day.startOfDayInEngland)
        return try await auditedTransaction { tx in
            let count = try await AuditTextModel.query(on: tx).filter(\.$at < cutoff).count()
            try await AuditTextModel.query(on: tx).filter(\.$at < cutoff).delete()
            try await AuditLog.append(.init(action: .auditTextsPurged, subject: "audit-log", detail: "\(count) texts written before \(day)", text: reason),
                                      by: actor, at: date, on: tx)
            return count
        }
    }
}
