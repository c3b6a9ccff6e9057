import FluentKit
import Foundation
import SQLKit
import SharewellCore
import SharewellFormats

/// What an attendance import stored.
public struct AttendanceImportSummary: Sendable, Equatable {
    public let pupils: Int
    public let marks: Int
    public let period: ClosedRange<CalendarDate>
    /// Pupils on the roll who had marks in the period before and are not in this file: their marks in the period are cleared.
    public let cleared: Int
}

extension Store {
    /// Stores a school's marks, all or nothing (ARCHITECTURE.md rule 3). Every UPN must be on the
    /// school's roll. The upload replaces the whole period for the school: sessions in the period
    /// take the file's marks or none, sessions outside it are kept. `also` writes in the same
    /// transaction, given the summary (a marks job's outcome); what it throws undoes the import.
    public func importAttendance(_ upload: AttendanceUpload, by actor: ActingUser, at date: Date,
                                 also: (@Sendable (AttendanceImportSummary, any Database) async throws -> Void)? = nil) async throws -> AttendanceImportSummary {
        guard actor.may(.importAttendance), let schoolID = actor.organisationID,
              try await OrganisationModel.find(schoolID, on: db)?.kind == OrganisationKind.school.rawValue
        else { throw StoreError.notASchool }
        return try await auditedTransaction { tx in
            let pupilIDs = try await Self.roll(of: actor, on: tx)
            if let unknown = FormatError.merging(nil, Self.notOnRoll(upload.pupilLines, pupilIDs)) { throw unknown }
            let cleared = try await self.replacePeriod(upload, pupilIDs: pupilIDs, schoolID: schoolID, on: tx)
            try await AuditLog.append(.init(action: .imported, subject: "attendance:\(actor.organisationCode)", purpose: "Attendance liaison",
                                            detail: "\(upload.markCount) marks for \(upload.pupils.count) pupils, \(upload.period.lowerBound) to \(upload.period.upperBound)"),
                                      by: actor, at: date, on: tx)
            let summary = AttendanceImportSummary(pupils: upload.pupils.count, marks: upload.markCount, period: upload.period, cleared: cleared)
            try await also?(summary, tx)
            return summary
        }
    }

    /// A marks file read and checked against the school's roll in one go: its own problems (a
    /// line, a date outside `period`) and its pupils not on the roll are thrown together in line
    /// order, as many as a page lists (issue 16, item 3: unknown pupils came only once the rest was
    /// right). Stores nothing; `importAttendance` checks the roll again inside its transaction.
    public func readMarks(_ bytes: [UInt8], period: ClosedRange<CalendarDate>?, by actor: ActingUser) async throws -> AttendanceUpload {
        guard actor.may(.importAttendance), actor.organisationKind == .school else { throw StoreError.notASchool }
        let (upload, own) = try bytes.withUnsafeBufferPointer { buffer in try Self.attempt { try AttendanceUpload.read(buffer, period: period) } }
        let pupils = upload?.pupilLines ?? bytes.withUnsafeBufferPointer { SessionMarksCSV.pupils($0) }
        if let error = FormatError.merging(own, Self.notOnRoll(pupils, try await Self.roll(of: actor, on: db))) { throw error }
        guard let upload else { throw own ?? FormatError(problems: [], truncated: false) }
        return upload
    }

    /// The school's pupils by UPN.
    private static func roll(of actor: ActingUser, on database: any Database) async throws -> [String: UUID] {
        let roll = try await PersonRecordModel.held(by: actor, on: database).filter(\.$source == RecordSource.schoolRoll.rawValue).all()
        return Dictionary(try roll.map { ($0.localID, try $0.requireID()) }) { a, _ in a }
    }

    /// A problem at the first line of each UPN the school does not hold.
    private static func notOnRoll(_ pupils: [(line: Int, value: String)], _ roll: [String: UUID]) -> [FormatError.Problem] {
        pupils.filter { roll[$0.value] == nil }
            .map { .init(line: $0.line, field: "upn", message: "\($0.value) is not on this school's roll: send the pupil file first.") }
    }

    /// Merges the period into each affected pupil's stored marks, one row per pupil afterwards;
    /// pupils with marks in the period who are not in the file have the period cleared.
    private func replacePeriod(_ upload: AttendanceUpload, pupilIDs: [String: UUID], schoolID: UUID, on tx: any Database) async throws -> Int {
        let period = upload.period
        let stored = try await (tx as! any SQLDatabase).select().columns("id", "pupil_record_id", "first_day", "last_day", "marks").from("attendance_years")
            .where("school_id", .equal, SQLBind(schoolID))
            .where("first_day", .lessThanOrEqual, SQLBind(period.upperBound.description))
            .where("last_day", .greaterThanOrEqual, SQLBind(period.lowerBound.description))
            .all(decoding: StoredYear.self)
        var incoming = Dictionary(uniqueKeysWithValues: upload.pupils.map { (pupilIDs[$0.key]!, $0.value) })
        let absent = Set(stored.map(\.pupil_record_id)).subtracting(incoming.keys)
        for id in absent { incoming[id] = CompactMarks(first: period.lowerBound, last: period.upperBound) }
        try await overlay(incoming, onto: stored, schoolID: schoolID, on: tx)
        return absent.count
    }

    /// Lays each pupil's incoming marks over the stored rows given (marks and blanks alike) and
    /// writes one row per pupil in their place.
    func overlay(_ incoming: [UUID: CompactMarks], onto stored: [StoredYear], schoolID: UUID, on tx: any Database) async throws {
        let sql = tx as! any SQLDatabase
        var merged = try StoredYear.merged(stored)
        for (id, marks) in incoming {
            if var existing = merged[id] { existing.replace(with: marks); merged[id] = existing } else { merged[id] = marks }
        }
        for chunk in stride(from: 0, to: stored.count, by: 500).map({ Array(stored[$0..<min($0 + 500, stored.count)]) }) {
            try await sql.delete(from: "attendance_years").where("id", .in, SQLBind.group(chunk.map(\.id))).run()
        }
        let rows = merged.map { id, marks in [SQLBind(UUID()), SQLBind(id), SQLBind(schoolID), SQLBind(marks.first.description), SQLBind(marks.last.description), SQLBind(marks.text)] as [any SQLExpression] }
        for chunk in stride(from: 0, to: rows.count, by: 400).map({ Array(rows[$0..<min($0 + 400, rows.count)]) }) {
            let insert = sql.insert(into: "attendance_years").columns(["id", "pupil_record_id", "school_id", "first_day", "last_day", "marks"])
            for row in chunk { insert.values(row) }
            try await insert.run()
        }
    }

    /// Every stored row of these pupils' marks.
    /// Every stored row of these pupils' marks that the actor's school holds (scope at the query:
    /// another organisation holding a pupil's id reads nothing).
    func storedRows(of pupils: [UUID], heldBy actor: ActingUser, on database: any Database) async throws -> [StoredYear] {
        guard !pupils.isEmpty, let schoolID = actor.organisationID else { return [] }
        return try await (database as! any SQLDatabase).select().columns("id", "pupil_record_id", "first_day", "last_day", "marks").from("attendance_years")
            .where("pupil_record_id", .in, SQLBind.group(pupils)).where("school_id", .equal, SQLBind(schoolID)).all(decoding: StoredYear.self)
    }

    /// A pupil's stored marks, scoped like every identifiable record.
    public func attendance(of pupil: UUID, for actor: ActingUser) async throws -> CompactMarks? {
        guard let record = try await Self.visibleRecords(to: actor, on: db)?.filter(\.$id == pupil).first() else { return nil }
        return try await storedMarks(for: [try record.requireID()], heldBy: actor, on: db)[pupil]
    }

    /// Each pupil's stored rows merged into one run of marks.
    func storedMarks(for pupils: [UUID], heldBy actor: ActingUser, on database: any Database) async throws -> [UUID: CompactMarks] {
        try StoredYear.merged(try await storedRows(of: pupils, heldBy: actor, on: database))
    }
}

struct StoredYear: Decodable {
    let id: UUID
    let pupil_record_id: UUID
    let first_day: String
    let last_day: String
    let marks: String

    /// Each pupil's rows as one run of marks, later rows laid over earlier ones.
    static func merged(_ rows: [StoredYear]) throws -> [UUID: CompactMarks] {
        var result: [UUID: CompactMarks] = [:]
        for row in rows.sorted(by: { $0.first_day < $1.first_day }) {
            // A row no reader can make sense of (a CTF once stored a last day in year 10000) holds no
            // marks anyone could use: it is passed over, so one pupil's bad row cannot stop every list.
            guard let first = CalendarDate(iso: row.first_day), let last = CalendarDate(iso: row.last_day),
                  let marks = CompactMarks(first: first, last: last, text: row.marks) else { continue }
            if var existing = result[row.pupil_record_id] { existing.replace(with: marks); result[row.pupil_record_id] = existing } else { result[row.pupil_record_id] = marks }
        }
        return result
    }
}

extension AttendanceUpload {
    /// Each pupil's UPN with the line it first appears on, in file order.
    var pupilLines: [(line: Int, value: String)] {
        firstLine.map { (line: $0.value, value: $0.key) }.sorted { $0.line < $1.line }
    }
}
