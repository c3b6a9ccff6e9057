import FluentKit
import Foundation
import SQLKit
import SharewellCore
import SyntheticBorough

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

extension Store {
    /// The sizes `sharewell demo` accepts (ARCHITECTURE.md: a thousand to two million people).
    public static let boroughSizes = 1_000...2_000_000

    /// Writes a synthetic borough into an empty database in one transaction: a failure part-way
    /// leaves the database as it was. `progress` hears the number of people written so far.
    public func loadBorough(people: Int, seed: UInt64, by actor: ActingUser = .system("demo"), at date: Date,
                            progress: @escaping @Sendable (Int) -> Void = { _ in }) async throws -> BoroughSummary {
        guard Self.boroughSizes.contains(people) else { throw StoreError.invalidBoroughSize(people) }
        let existing = try await organisationCount()
        guard existing == 0 else { throw StoreError.boroughAlreadyLoaded(organisations: existing) }
        return try await auditedTransaction { tx in
            var generator = BoroughGenerator(people: people, seed: seed)
            let ids = try await Self.insert(generator.plan.organisations, on: tx)
            for code in ids.keys.sorted() {
                try await AuditLog.append(.init(action: .create, subject: "organisation:\(code)", purpose: "Synthetic demo data",
                                                detail: "seed \(seed)"), by: actor, at: date, on: tx)
            }
            var writer = BoroughRowWriter(sql: tx as! any SQLDatabase, organisationIDs: ids)
            var summary = BoroughSummary(organisations: ids.count)
            while let household = generator.nextHousehold() {
                summary.households += 1
                summary.people += household.people.count
                summary.records += household.records.count
                summary.pupils += household.attendance.count
                try await writer.add(household)
                if summary.households % 2_000 == 0 { progress(summary.people) }
            }
            try await writer.flush()
            for (source, count) in writer.recordsBySource.sorted(by: { $0.key < $1.key }) {
                try await AuditLog.append(.init(action: .create, subject: "person_records:\(source)", purpose: "Synthetic demo data",
                                                detail: "\(count) records, seed \(seed)"), by: actor, at: date, on: tx)
            }
            try await AuditLog.append(.init(action: .create, subject: "attendance_years", purpose: "Synthetic demo data",
                                            detail: "\(summary.pupils) pupil years, seed \(seed)"), by: actor, at: date, on: tx)
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
    private var truth: [[any SQLExpression]] = []
    private var attendance: [[any SQLExpression]] = []
    private(set) var recordsBySource: [String: Int] = [:]
    private static let batch = 400

    init(sql: any SQLDatabase, organisationIDs: [String: UUID]) {
        self.sql = sql
        self.organisationIDs = organisationIDs
    }

    mutating func add(_ household: BoroughHousehold) async throws {
        for record in household.records {
            recordsBySource[record.source.rawValue, default: 0] += 1
            let id = UUID(uuidString: record.id)!
            records.append([
                SQLBind(id), SQLBind(organisationIDs[record.owner]!), SQLBind(record.source.rawValue), SQLBind(record.localID),
                Self.optional(record.nhsNumber), SQLBind(record.givenName), SQLBind(record.familyName), SQLBind(record.dateOfBirth),
                SQLBind(record.sex.rawValue), SQLBind(record.addressLine), SQLBind(record.postcode), Self.optional(record.registeredPracticeCode),
            ])
            let faults = record.faults.map { "\($0.kind.rawValue):\($0.field)=\($0.trueValue)" }.joined(separator: "|")
            truth.append([SQLBind(id), SQLBind(record.personKey), SQLBind(household.key), SQLBind(household.kind.rawValue), SQLBind(faults)])
        }
        for year in household.attendance {
            attendance.append([
                SQLBind(UUID()), SQLBind(UUID(uuidString: year.recordID)!), SQLBind(organisationIDs[year.school]!),
                SQLBind(year.firstDay.description), SQLBind(year.lastDay.description), SQLBind(year.marks),
            ])
        }
        if records.count >= Self.batch || attendance.count >= Self.batch { try await flush() }
    }

    mutating func flush() async throws {
        // Order matters: truth and attendance rows refer to person records.
        try await insert(&records, into: "person_records", columns: ["id", "owner_id", "source", "local_id", "nhs_number", "given_name",
                                                                    "family_name", "date_of_birth", "sex", "address_line", "postcode", "registered_practice_code"])
        try await insert(&truth, into: "synthetic_truth", columns: ["record_id", "person_key", "household_key", "household_kind", "faults"])
        try await insert(&attendance, into: "attendance_years", columns: ["id", "pupil_record_id", "school_id", "first_day", "last_day", "marks"])
    }

    private func insert(_ rows: inout [[any SQLExpression]], into table: String, columns: [String]) async throws {
        guard !rows.isEmpty else { return }
        let builder = sql.insert(into: table).columns(columns)
        for row in rows { builder.values(row) }
        try await builder.run()
        rows.removeAll(keepingCapacity: true)
    }

    private static func optional(_ value: String?) -> any SQLExpression {
        value.map { SQLBind($0) } ?? SQLLiteral.null
    }
}
