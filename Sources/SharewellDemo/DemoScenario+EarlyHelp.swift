import FluentKit
import Foundation
import SQLKit
import SharewellCore
import SharewellStore

extension DemoScenario {
    /// The practice's demand codes and what they mean (the meanings stay at the practice).
    static let demandCodes = [("GP1", "Three or more missed appointments in six months"), ("GP2", "Frequent attendance at the emergency department")]
    /// The council's own datasets: sources the browser tests' uploads never replace.
    static let indicatorCodes = ["RENT-ARREARS", "CTAX-ARREARS", "CSC-CONTACT"]
    /// How many families the council and the practice both have cause to notice.
    static let casesOfConcern = 12

    /// The practice's patient list sent, with faults in a few of its patients so matching leaves
    /// pairs for the council worker; indicators and demand codes for a dozen people both know
    /// (five codes each, health and not, so the default sweep and shortlist find them). The
    /// matching, and the case discussion a week from today that needs it, are queued as one job
    /// (`DemoEarlyHelpJob`) the server's worker runs once it starts.
    static func startEarlyHelp(_ store: Store, database: any Database, today: CalendarDate, at date: Date) async throws {
        let practitioner = try await store.demoActor(.practitioner, at: practice)
        let worker = try await store.demoActor(.practitioner, at: council)
        let receipt = try await store.sendPatientList(to: council, by: practitioner, at: date).get()
        try await faultPatientList(receipt.extractID, database: database)

        let people = try await knownToBoth(database)
        let days = [10, 40, 70, 25, 55].map { today.advanced(by: -$0) }
        let indicators = people.map(\.councilReference).flatMap { reference in
            zip(indicatorCodes, days).compactMap { code, day in
                IndicatorCatalogue.indicator(code).map { "\(reference),\($0.code),\($0.category.rawValue),\($0.source),\(day)" }
            }
        }
        _ = try await store.importIndicators(csv("person_ref,code,category,source,date", indicators), by: worker, at: date)
        for (code, meaning) in demandCodes { try await store.saveDemandCodeMeaning(code: code, meaning: meaning, by: practitioner, at: date) }
        let codes = people.map(\.practicePatientID).flatMap { id in zip(demandCodes, days.suffix(2)).map { "\(id),\($0.0),\($1)" } }
        _ = try await store.sendDemandCodes(csv("practice_patient_id,code,date", codes), to: council, by: practitioner, at: date).get()

        _ = try await store.jobQueue(.withDemo).enqueue(DemoEarlyHelpJob.self, .init(extract: receipt.extractID, stagedOn: today),
                                                        key: "\(DemoEarlyHelpJob.name):\(receipt.extractID.uuidString.lowercased())", by: worker, at: date)
    }

    struct KnownToBoth {
        let practicePatientID: String
        let councilReference: String
    }

    /// People the practice and the council both hold, from the borough's recorded truth: both
    /// copies free of faults, so the matching links them without a review, in the borough's order.
    static func knownToBoth(_ database: any Database, after skipped: Int = 0, limit: Int = casesOfConcern) async throws -> [KnownToBoth] {
        // Each side's faultless records, paired here: the truth table has no index on the person,
        // and joining it to itself took seconds at `serve --demo`'s start.
        let practiceRecords = try await faultless(database, at: practice, source: .gpRegistration)
        let councilRecords = Dictionary(grouping: try await faultless(database, at: council, source: .councilIndex), by: \.personKey)
        // Both lists come ordered by person and local id, so the pairs are in the borough's order.
        let pairs = practiceRecords.flatMap { p in (councilRecords[p.personKey] ?? []).map { c in KnownToBoth(practicePatientID: p.localID, councilReference: c.localID) } }
        return Array(pairs.dropFirst(skipped).prefix(limit))
    }

    private struct TrueRecord: Decodable {
        let personKey: Int
        let localID: String
        enum CodingKeys: String, CodingKey { case personKey = "person_key", localID = "local_id" }
    }

    private static func faultless(_ database: any Database, at code: String, source: RecordSource) async throws -> [TrueRecord] {
        try await (database as! any SQLDatabase).raw("""
            SELECT t.person_key, r.local_id FROM synthetic_truth t
            JOIN person_records r ON r.id = t.record_id JOIN organisations o ON o.id = r.owner_id
            WHERE o.code = \(bind: code) AND r.source = \(bind: source.rawValue) AND t.faults = ''
            ORDER BY t.person_key, r.local_id
            """).all(decoding: TrueRecord.self)
    }

    private static func csv(_ header: String, _ lines: [String]) -> [UInt8] {
        Array(([header] + lines).joined(separator: "\n").utf8) + [10]
    }
}
