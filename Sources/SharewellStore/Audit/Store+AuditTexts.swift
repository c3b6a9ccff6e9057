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
        if day > CalendarDate(inEngland: date) { problems.append(.init(field: "before", message: "The day must not be after today")) }
        guard problems.isEmpty else { throw StoreError.invalidFields(problems) }
        // Entries are stamped in UTC; midnight in England starts the day.
        let cutoff = AuditLog.timestamp(day.startOfDayInEngland)
        return try await auditedTransaction { tx in
            // By the entry's time, which the chain covers (the text row's own could be edited).
            let sequences = try await AuditEntryModel.query(on: tx).filter(\.$at < cutoff).filter(\.$textDigest != nil).filter(\.$textDigest != "").all(\.$sequence)
            var count = 0
            for chunk in stride(from: 0, to: sequences.count, by: 500).map({ Array(sequences[$0..<min($0 + 500, sequences.count)]) }) {
                count += try await AuditTextModel.query(on: tx).filter(\.$sequence ~~ chunk).count()
                try await AuditTextModel.query(on: tx).filter(\.$sequence ~~ chunk).delete()
            }
            // The purge's cut-off is in the chain: verify accepts a missing text only under one.
            try await AuditLog.append(.init(action: .auditTextsPurged, subject: "audit-log", purpose: AuditLog.purgePurpose(before: cutoff),
                                            detail: "\(count) \(count == 1 ? "text" : "texts") written before \(day)", text: reason), by: actor, at: date, on: tx)
            return count
        }
    }
}
