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

    /// The practice's patient list sent and matched, with its uncertain pairs left for the council
    /// worker; indicators and demand codes for a dozen people both know (five codes each, health and
    /// not, so the default sweep and shortlist find them); and a case discussion a week from today.
    static func startEarlyHelp(_ store: Store, database: any Database, today: CalendarDate, at date: Date) async throws {
        let practitioner = try await store.demoActor(.practitioner, at: practice)
        let worker = try await store.demoActor(.practitioner, at: council)
        let receipt = try await store.sendPatientList(to: council, by: practitioner, at: date).get()
        _ = try await store.matchPatientList(receipt.extractID, by: worker, at: date)

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

        _ = try await store.scheduleCaseDiscussion(StratificationChoice(asOf: today), with: practice, on: today.advanced(by: 7),
                                                   place: "Secure room at the practice", by: worker, at: date).get()
    }

    struct KnownToBoth: Decodable {
        let practicePatientID: String
        let councilReference: String
        enum CodingKeys: String, CodingKey { case practicePatientID = "practice_id", councilReference = "council_ref" }
    }

    /// People the practice and the council both hold, from the borough's recorded truth: both
    /// copies free of faults, so the matching has linked them without a review.
    static func knownToBoth(_ database: any Database) async throws -> [KnownToBoth] {
        let sql = database as! any SQLDatabase
        return try await sql.raw("""
            SELECT gp.local_id AS practice_id, c.local_id AS council_ref
            FROM synthetic_truth tg
            JOIN person_records gp ON gp.id = tg.record_id
            JOIN organisations og ON og.id = gp.owner_id
            JOIN synthetic_truth tc ON tc.person_key = tg.person_key
            JOIN person_records c ON c.id = tc.record_id
            JOIN organisations oc ON oc.id = c.owner_id
            WHERE og.code = \(bind: practice) AND gp.source = \(bind: RecordSource.gpRegistration.rawValue)
              AND oc.code = \(bind: council) AND c.source = \(bind: RecordSource.councilIndex.rawValue)
              AND tg.faults = '' AND tc.faults = ''
            ORDER BY tg.person_key
            LIMIT \(bind: casesOfConcern)
            """).all(decoding: KnownToBoth.self)
    }

    private static func csv(_ header: String, _ lines: [String]) -> [UInt8] {
        Array(([header] + lines).joined(separator: "\n").utf8) + [10]
    }
}
