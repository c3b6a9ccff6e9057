import FluentKit
import Foundation
import SQLKit
import SharewellCore

/// What a demo load wrote.
public struct BoroughSummary: Sendable, Equatable, CustomStringConvertible {
    public var organisations = 0, people = 0, households = 0, records = 0, pupils = 0

    public init(organisations: Int = 0, people: Int = 0, households: Int = 0, records: Int = 0, pupils: Int = 0) {
        self.organisations = organisations; self.people = people; self.households = households
        self.records = records; self.pupils = pupils
    }

    public var description: String {
        "\(organisations) organisations, \(people) people in \(households) households, \(records) person records (\(pupils) pupils with a year of attendance marks)"
    }
}

/// One household's worth of rows for a bulk load: each organisation's copy of its people, and
/// pupils' marks. Plain values: the store knows no generator (the demo's is `SharewellDemo`'s).
public struct LoadedHousehold: Sendable {
    public struct Record: Sendable {
        public let id: UUID, ownerCode: String, source: RecordSource, localID: String, nhsNumber: String?
        public let givenName: String, familyName: String, dateOfBirth: String, sex: String, addressLine: String, postcode: String
        public let registeredPracticeCode: String?
        public init(id: UUID, ownerCode: String, source: RecordSource, localID: String, nhsNumber: String?, givenName: String, familyName: String,
                    dateOfBirth: String, sex: String, addressLine: String, postcode: String, registeredPracticeCode: String?) {
            self.id = id; self.ownerCode = ownerCode; self.source = source; self.localID = localID; self.nhsNumber = nhsNumber
            self.givenName = givenName; self.familyName = familyName; self.dateOfBirth = dateOfBirth; self.sex = sex
            self.addressLine = addressLine; self.postcode = postcode; self.registeredPracticeCode = registeredPracticeCode
        }
    }

    public struct AttendanceYear: Sendable {
        public let recordID: UUID, schoolCode: String, firstDay: CalendarDate, lastDay: CalendarDate, marks: String
        public init(recordID: UUID, schoolCode: String, firstDay: CalendarDate, lastDay: CalendarDate, marks: String) {
            self.recordID = recordID; self.schoolCode = schoolCode; self.firstDay = firstDay; self.lastDay = lastDay; self.marks = marks
        }
    }

    public let people: Int
    public let records: [Record]
    public let attendance: [AttendanceYear]
    public init(people: Int, records: [Record], attendance: [AttendanceYear]) { self.people = people; self.records = records; self.attendance = attendance }
}

/// Where a bulk load's rows come from, household by household. A source may keep rows of its own
/// beside the store's (the demo's recorded truth): `flush` is called, in the load's transaction,
/// each time the person records handed out so far have been written, and once at the end.
public protocol BoroughSource: SendableMetatype {
    var organisations: [DirectoryEntry] { get }
    mutating func nextHousehold() -> LoadedHousehold?
    mutating func flush(on database: any SQLDatabase) async throws
}

extension Store {
    /// Writes a borough into an empty database in one transaction: a failure part-way leaves the
    /// database as it was. `progress` hears the number of people written so far.
    public func loadBorough<Source: BoroughSource>(_ make: @escaping @Sendable () -> Source, label: String, by actor: ActingUser = .system("demo"), at date: Date,
                                                   progress: @escaping @Sendable (Int) -> Void = { _ in }) async throws -> BoroughSummary {
        let existing = try await organisationCount()
        guard existing == 0 else { throw StoreError.boroughAlreadyLoaded(organisations: existing) }
        return try await auditedTransaction { tx in
            var source = make()
            let sql = tx as! any SQLDatabase
            let ids = try await Self.insert(source.organisations, on: tx)
            for code in ids.keys.sorted() {
                try await AuditLog.append(.init(action: .create, subject: "organisation:\(code)", purpose: "Synthetic demo data", detail: label), by: actor, at: date, on: tx)
            }
            var writer = BoroughRowWriter(sql: sql, organisationIDs: ids)
            var summary = BoroughSummary(organisations: ids.count)
            while let household = source.nextHousehold() {
                summary.households += 1
                summary.people += household.people
                summary.records += household.records.count
                summary.pupils += household.attendance.count
                if try await writer.add(household) { try await source.flush(on: sql) }
                if summary.households % 2_000 == 0 { progress(summary.people) }
            }
            try await writer.flush()
            try await source.flush(on: sql)
            for (kind, count) in writer.recordsBySource.sorted(by: { $0.key < $1.key }) {
                try await AuditLog.append(.init(action: .create, subject: "person_records:\(kind)", purpose: "Synthetic demo data",
                                                detail: "\(count) records, \(label)"), by: actor, at: date, on: tx)
            }
            try await AuditLog.append(.init(action: .create, subject: "attendance_years", purpose: "Synthetic demo data",
                                            detail: "\(summary.pupils) pupil years, \(label)"), by: actor, at: date, on: tx)
            progress(summary.people)
            return summary
        }
    }
}

/// Collects rows and writes them in multi-row inserts: one statement per few hundred rows keeps
/// a two-million-person load to minutes, within SQLite's and PostgreSQL's bind limits.
struct BoroughRowWriter {
    let sql: any SQLDatabase
    let organisationIDs: [String: UUID]
    private var records: [[any SQLExpression]] = []
    private var attendance: [[any SQLExpression]] = []
    private(set) var recordsBySource: [String: Int] = [:]
    private static let batch = 400

    init(sql: any SQLDatabase, organisationIDs: [String: UUID]) {
        self.sql = sql
        self.organisationIDs = organisationIDs
    }

    /// Whether the rows collected so far were written.
    mutating func add(_ household: LoadedHousehold) async throws -> Bool {
        for record in household.records {
            recordsBySource[record.source.rawValue, default: 0] += 1
            records.append([
                SQLBind(record.id), SQLBind(organisationIDs[record.ownerCode]!), SQLBind(record.source.rawValue), SQLBind(record.localID),
                Self.optional(record.nhsNumber), SQLBind(record.givenName), SQLBind(record.familyName), SQLBind(record.dateOfBirth),
                SQLBind(record.sex), SQLBind(record.addressLine), SQLBind(record.postcode), Self.optional(record.registeredPracticeCode),
            ])
        }
        for year in household.attendance {
            attendance.append([
                SQLBind(UUID()), SQLBind(year.recordID), SQLBind(organisationIDs[year.schoolCode]!),
                SQLBind(year.firstDay.description), SQLBind(year.lastDay.description), SQLBind(year.marks),
            ])
        }
        guard records.count >= Self.batch || attendance.count >= Self.batch else { return false }
        try await flush()
        return true
    }

    mutating func flush() async throws {
        try await SQLRows.insert(&records, into: "person_records", columns: ["id", "owner_id", "source", "local_id", "nhs_number", "given_name",
                                                                           "family_name", "date_of_birth", "sex", "address_line", "postcode", "registered_practice_code"], on: sql)
        try await SQLRows.insert(&attendance, into: "attendance_years", columns: ["id", "pupil_record_id", "school_id", "first_day", "last_day", "marks"], on: sql)
    }

    private static func optional(_ value: String?) -> any SQLExpression {
        value.map { SQLBind($0) } ?? SQLLiteral.null
    }
}

/// Multi-row inserts of collected rows, emptied once written.
public enum SQLRows {
    public static func insert(_ rows: inout [[any SQLExpression]], into table: String, columns: [String], on sql: any SQLDatabase) async throws {
        guard !rows.isEmpty else { return }
        let builder = sql.insert(into: table).columns(columns)
        for row in rows { builder.values(row) }
        try await builder.run()
        rows.removeAll(keepingCapacity: true)
    }
}
