import FluentKit
import Foundation
import SharewellCore
import SharewellFormats

/// What a Common Transfer File changed.
public struct TransferFileSummary: Sendable, Equatable {
    public let pupils: Int
    /// Pupils not on the roll before, added from the file's details.
    public let added: Int
    /// Years with session marks, laid over what was stored for those days.
    public let yearsOfMarks: Int
    /// Years with totals only, kept as summaries.
    public let yearsOfTotals: Int
}

extension Store {
    /// Stores the attendance part of a Common Transfer File, all or nothing. A pupil not on the
    /// roll is added from the file's name, date of birth and sex; marks are laid over the days they
    /// cover for that pupil only (other pupils are untouched: a CTF is about the pupils in it);
    /// a year with totals only becomes a summary over that academic year.
    public func importTransferFile(_ file: CommonTransferFile, by actor: ActingUser, at date: Date) async throws -> TransferFileSummary {
        guard actor.may(.importAttendance), let schoolID = actor.organisationID, actor.organisationKind == .school else { throw StoreError.notASchool }
        return try await auditedTransaction { tx in
            let roll = try await PersonRecordModel.held(by: actor, on: tx).filter(\.$source == RecordSource.schoolRoll.rawValue).all()
            var ids = Dictionary(roll.map { ($0.localID, $0.id!) }) { a, _ in a }
            var added = 0, incoming: [UUID: CompactMarks] = [:], totals: [PupilSummary] = []
            for pupil in file.pupils {
                if ids[pupil.upn] == nil {
                    let record = PersonRecordModel()
                    record.id = UUID(); record.$owner.id = schoolID; record.source = RecordSource.schoolRoll.rawValue; record.localID = pupil.upn
                    record.givenName = pupil.givenName; record.familyName = pupil.familyName; record.dateOfBirth = pupil.dateOfBirth.description
                    record.sex = pupil.sex.rawValue; record.addressLine = ""; record.postcode = ""
                    try await record.create(on: tx)
                    ids[pupil.upn] = record.id
                    added += 1
                }
                for year in pupil.years {
                    if let marks = year.marks {
                        if var existing = incoming[ids[pupil.upn]!] { existing.replace(with: marks); incoming[ids[pupil.upn]!] = existing } else { incoming[ids[pupil.upn]!] = marks }
                    } else {
                        totals.append(PupilSummary(line: pupil.line, upn: pupil.upn, period: year.period, tally: year.tally))
                    }
                }
            }
            try await self.overlay(incoming, onto: try await self.storedRows(of: Array(incoming.keys), heldBy: actor, on: tx), schoolID: schoolID, on: tx)
            try await self.storeSummaries(totals, pupilIDs: ids, schoolID: schoolID, by: actor, on: tx)
            let summary = TransferFileSummary(pupils: file.pupils.count, added: added, yearsOfMarks: file.pupils.flatMap(\.years).count - totals.count, yearsOfTotals: totals.count)
            try await AuditLog.append(.init(action: .imported, subject: "attendance:\(actor.organisationCode)", purpose: "Attendance liaison",
                                            detail: "Common Transfer File: \(summary.pupils) pupils (\(added) added), \(summary.yearsOfMarks) years of marks, \(summary.yearsOfTotals) of totals"),
                                      by: actor, at: date, on: tx)
            return summary
        }
    }
}
