import FluentKit
import Foundation
import SQLKit
import SharewellCore
import SharewellStore
import SyntheticBorough

/// The demo's synthetic borough, loaded through the store's bulk load: the generator and its
/// recorded truth live here, not in the production store (issue 15). Its school year is the one
/// under way on the day it is loaded (the server's clock), with marks up to that day.
public enum DemoBorough {
    /// The sizes `sharewell demo` accepts (ARCHITECTURE.md: a thousand to two million people).
    public static let sizes = 1_000...2_000_000

    /// The migrations a demo database runs besides the store's: the table of recorded truth.
    public static let migrations: [any Migration] = [CreateDemoSyntheticTruth()]

    /// Loads a borough into an empty database (migrated with `migrations` too). Its marks are of the
    /// school year under way on `date`, up to that day; `schoolYear` names another year, whole
    /// (tests whose periods are fixed).
    public static func load(people: Int, seed: UInt64, into store: Store, at date: Date, schoolYear: Int? = nil,
                            progress: @escaping @Sendable (Int) -> Void = { _ in }) async throws -> BoroughSummary {
        guard sizes.contains(people) else { throw StoreError.invalidBoroughSize(people) }
        let today = CalendarDate(inEngland: date)
        let year = schoolYear ?? BoroughGenerator.schoolYear(on: today)
        let until = schoolYear == nil ? today : nil
        return try await store.loadBorough({ SyntheticBoroughSource(BoroughGenerator(people: people, seed: seed, schoolYearStartingIn: year, marksUntil: until)) },
                                           label: "seed \(seed), school year \(year)/\(String(year + 1).suffix(2))", at: date, progress: progress)
    }
}

/// The generator's households as the store loads them, with each record's truth kept beside it.
struct SyntheticBoroughSource: BoroughSource {
    var generator: BoroughGenerator
    private var truth: [[any SQLExpression]] = []

    init(_ generator: BoroughGenerator) { self.generator = generator }

    var organisations: [DirectoryEntry] { generator.plan.organisations }

    mutating func nextHousehold() -> LoadedHousehold? {
        guard let household = generator.nextHousehold() else { return nil }
        let records = household.records.map { record in
            LoadedHousehold.Record(id: UUID(uuidString: record.id)!, ownerCode: record.owner, source: record.source, localID: record.localID,
                                   nhsNumber: record.nhsNumber, givenName: record.givenName, familyName: record.familyName,
                                   dateOfBirth: record.dateOfBirth, sex: record.sex.rawValue, addressLine: record.addressLine,
                                   postcode: record.postcode, registeredPracticeCode: record.registeredPracticeCode)
        }
        for record in household.records {
            let faults = record.faults.map { "\($0.kind.rawValue):\($0.field)=\($0.trueValue)" }.joined(separator: "|")
            truth.append([SQLBind(UUID(uuidString: record.id)!), SQLBind(record.personKey), SQLBind(household.key), SQLBind(household.kind.rawValue), SQLBind(faults)])
        }
        let attendance = household.attendance.map {
            LoadedHousehold.AttendanceYear(recordID: UUID(uuidString: $0.recordID)!, schoolCode: $0.school, firstDay: $0.firstDay, lastDay: $0.lastDay, marks: $0.marks)
        }
        return LoadedHousehold(people: household.people.count, records: records, attendance: attendance)
    }

    mutating func flush(on database: any SQLDatabase) async throws {
        try await SQLRows.insert(&truth, into: "synthetic_truth", columns: ["record_id", "person_key", "household_key", "household_kind", "faults"], on: database)
    }
}
