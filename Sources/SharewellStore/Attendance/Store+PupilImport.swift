import FluentKit
import Foundation
import SharewellCore
import SharewellFormats

/// What a pupil file changed on the roll.
public struct PupilImportSummary: Sendable, Equatable {
    public let added: Int
    public let updated: Int
    public let withPractice: Int
}

extension Store {
    /// Adds or updates the school's roll from its pupil file, all or nothing: each pupil is a
    /// school-roll record keyed by UPN, with the registered GP practice where the file gives one
    /// (which must be in the directory). Pupils not in the file are left as they are.
    public func importPupils(_ rows: [PupilRow], by actor: ActingUser, at date: Date) async throws -> PupilImportSummary {
        guard actor.may(.importAttendance), let schoolID = actor.organisationID,
              try await OrganisationModel.find(schoolID, on: db)?.kind == OrganisationKind.school.rawValue
        else { throw StoreError.notASchool }
        let practices = Set(rows.compactMap(\.gpPractice))
        let known = Set(try await OrganisationModel.query(on: db).filter(\.$code ~~ practices).filter(\.$kind == OrganisationKind.gpPractice.rawValue).all().map(\.code))
        let unknown = rows.filter { $0.gpPractice.map { !known.contains($0) } ?? false }
        guard unknown.isEmpty else {
            throw FormatError(problems: unknown.prefix(20).map { .init(line: $0.line, field: "gp_practice_ods", message: "\($0.gpPractice!) is not a GP practice in the directory.") },
                              truncated: unknown.count > 20)
        }
        return try await auditedTransaction { tx in
            let existing = Dictionary(try await PersonRecordModel.held(by: actor, on: tx).filter(\.$source == RecordSource.schoolRoll.rawValue).all()
                .map { ($0.localID, $0) }) { a, _ in a }
            var added = 0
            for row in rows {
                let record = existing[row.upn] ?? PersonRecordModel()
                if record.id == nil {
                    record.id = UUID(); record.$owner.id = schoolID; record.source = RecordSource.schoolRoll.rawValue; record.localID = row.upn
                    added += 1
                }
                record.givenName = row.givenName; record.familyName = row.familyName; record.dateOfBirth = row.dateOfBirth.description
                record.sex = row.sex.rawValue; record.addressLine = row.address; record.postcode = row.postcode.value
                record.nhsNumber = row.nhsNumber?.digits; record.registeredPracticeCode = row.gpPractice
                try await record.save(on: tx)
            }
            let summary = PupilImportSummary(added: added, updated: rows.count - added, withPractice: rows.filter { $0.gpPractice != nil }.count)
            try await AuditLog.append(.init(action: .imported, subject: "pupils:\(actor.organisationCode)", purpose: "Attendance liaison",
                                            detail: "\(summary.added) added, \(summary.updated) updated, \(summary.withPractice) with a GP practice"),
                                      by: actor, at: date, on: tx)
            return summary
        }
    }
}
