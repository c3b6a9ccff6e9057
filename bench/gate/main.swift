// The gate's covering-agreement look-up with many agreements in the store (issue 15: it must stay
// fast with 10,000). For each size, on SQLite and (when SHAREWELL_BENCH_POSTGRES_URL names a server)
// PostgreSQL: a borough of schools and practices, that many active agreements between distinct
// school–practice pairs, then the look-up a sending makes (`Store.agreementFor`) timed for pairs
// that have an agreement and pairs that have none.
//
//   swift run -c release GateBench [SIZE ...]      (default: 100 1000 10000)
//   SHAREWELL_BENCH_POSTGRES_URL=postgres://user@host/empty_db swift run -c release GateBench   (the database is emptied first)
import FluentKit
import Foundation
import SQLKit
import SharewellCore
import SharewellStore

@main
struct GateBench {
    static func main() async throws {
        let sizes = CommandLine.arguments.dropFirst().compactMap { Int($0) }
        var targets: [(String, DatabaseLocation)] = [("SQLite", .sqlite(path: FileManager.default.temporaryDirectory.appendingPathComponent("gate-bench.sqlite").path))]
        if let url = ProcessInfo.processInfo.environment["SHAREWELL_BENCH_POSTGRES_URL"], !url.isEmpty { targets.append(("PostgreSQL", .postgres(url: url))) }
        print("Covering-agreement look-up (the gate's query), \(ProcessInfo.processInfo.activeProcessorCount) cores")
        print("database     agreements   with one: p50 ms  p99 ms   with none: p50 ms  p99 ms")
        for (name, location) in targets {
            for size in sizes.isEmpty ? [100, 1_000, 10_000] : sizes {
                let (covered, uncovered) = try await measure(size, at: location)
                print(name.padding(toLength: 12, withPad: " ", startingAt: 0)
                      + String(format: " %10d   %17.2f %7.2f   %17.2f %7.2f", size, covered.p50, covered.p99, uncovered.p50, uncovered.p99))
            }
        }
    }

    struct Timing { let p50: Double; let p99: Double }

    static func measure(_ size: Int, at location: DatabaseLocation) async throws -> (Timing, Timing) {
        if case .sqlite(let path) = location { try? FileManager.default.removeItem(atPath: path) }
        let databases = try StoreDatabases(location)
        defer { Task { await databases.shutdown() } }
        if case .postgres = location { try await databases.revertAllIfAny() }
        try await databases.migrate()
        let schools = Int(Double(size).squareRoot().rounded(.up)), practices = (size + schools - 1) / schools
        let store = databases.store
        try await store.addOrganisations((0..<schools).map { entry(code: String(format: "%06d", 300_000 + $0), kind: .school) }
                                         + (0..<practices + 1).map { entry(code: String(format: "Q%05d", $0), kind: .gpPractice) })
        let ids = try await organisationIDs(databases)
        try await databases.database.transaction { tx in
            try await insertAgreements(size, practices: practices, ids: ids, on: tx as! any SQLDatabase)
        }
        var covered: [Double] = [], uncovered: [Double] = []
        var random = SystemRandomNumberGenerator()
        for round in 0..<400 {
            // Agreement n is between school n / practices and practice n % practices; the extra
            // practice has none with anyone, so the look-up finds nothing and says why.
            let n = Int.random(in: 0..<size, using: &random), hasOne = round.isMultiple(of: 2)
            let school = String(format: "%06d", 300_000 + n / practices)
            let practice = String(format: "Q%05d", hasOne ? n % practices : practices)
            let actor = ActingUser(kind: .person(userID: UUID(), role: .safeguardingLead), organisationID: ids[school], organisationCode: school,
                                   displayName: "Bench", organisationKind: .school)
            let request = SharingRequest(recipient: practice, purpose: .attendanceLiaison, items: [.name, .dateOfBirth], bulk: true, subjects: [])
            let started = DispatchTime.now()
            let found = try await store.agreementFor(request, by: actor, at: Date(timeIntervalSince1970: 1_800_000_000))
            let ms = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e6
            guard (found.state == .active) == hasOne else { throw BenchError.wrongAnswer(school, practice) }
            if hasOne { covered.append(ms) } else { uncovered.append(ms) }
        }
        return (timing(covered), timing(uncovered))
    }

    enum BenchError: Error { case wrongAnswer(String, String) }

    static func timing(_ values: [Double]) -> Timing {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return Timing(p50: 0, p99: 0) }
        return Timing(p50: sorted[sorted.count / 2], p99: sorted[min(sorted.count - 1, Int(Double(sorted.count) * 0.99))])
    }

    static func entry(code: String, kind: OrganisationKind) -> DirectoryEntry {
        let lead = SafeguardingLead(name: "Lead \(code)", jobTitle: "Safeguarding lead", secureEmail: "lead.\(code.lowercased())@bench.example", directPhone: "0161 496 0000")
        return DirectoryEntry(code: code, kind: kind, name: "Bench \(code)", addressLine: "1 Bench Street", town: "Benchton", postcode: try! Postcode("AW1 2AB"),
                              secureMailbox: "\(code.lowercased())@bench.example", directPhone: "0161 496 0000", safeguardingLead: lead)
    }

    static func organisationIDs(_ databases: StoreDatabases) async throws -> [String: UUID] {
        let rows = try await (databases.database as! any SQLDatabase).select().columns("id", "code").from("organisations").all()
        return Dictionary(uniqueKeysWithValues: try rows.map { (try $0.decode(column: "code", as: String.self), try $0.decode(column: "id", as: UUID.self)) })
    }

    /// `size` active agreements, each between one school and one practice, approved by both, in
    /// one transaction of plain inserts (creating them one by one through the store takes minutes).
    static func insertAgreements(_ size: Int, practices: Int, ids: [String: UUID], on sql: any SQLDatabase) async throws {
        let now = Date(timeIntervalSince1970: 1_790_000_000)
        for n in 0..<size {
            let school = String(format: "%06d", 300_000 + n / practices), practice = String(format: "Q%05d", n % practices)
            let agreement = UUID(), version = UUID()
            try await sql.insert(into: "agreements").columns("id", "created_by_organisation_id", "created_at")
                .values(SQLBind(agreement), SQLBind(ids[school]!), SQLBind(now)).run()
            try await sql.insert(into: "agreement_versions")
                .columns("id", "agreement_id", "version", "title", "purpose", "discloser", "bulk", "dpia_reference", "dpia_date", "retention_months",
                         "start_date", "review_date", "end_date", "change_note", "created_by", "created_at")
                .values(SQLBind(version), SQLBind(agreement), SQLBind(1), SQLBind("Liaison \(school)–\(practice)"), SQLBind("attendance-liaison"),
                        SQLBind(school), SQLBind(true), SQLBind("DPIA-\(n)"), SQLBind("2026-08-01"), SQLBind(12), SQLBind("2026-08-01"),
                        SQLBind("2027-06-01"), SQLBind("2027-08-31"), SQLBind(""), SQLBind("bench"), SQLBind(now)).run()
            for (position, code) in [school, practice].sorted().enumerated() {
                try await sql.insert(into: "agreement_version_parties").columns("id", "version_id", "position", "organisation_code")
                    .values(SQLBind(UUID()), SQLBind(version), SQLBind(position), SQLBind(code)).run()
                try await sql.insert(into: "agreement_approvals").columns("id", "version_id", "organisation_id", "approved_by", "approved_at")
                    .values(SQLBind(UUID()), SQLBind(version), SQLBind(ids[code]!), SQLBind("bench"), SQLBind(now)).run()
            }
            for (position, item) in ["name", "date-of-birth", "address", "attendance-percentage", "attendance-period"].enumerated() {
                try await sql.insert(into: "agreement_version_items").columns("id", "version_id", "position", "item")
                    .values(SQLBind(UUID()), SQLBind(version), SQLBind(position), SQLBind(item)).run()
            }
            try await sql.insert(into: "agreement_version_legal_bases").columns("id", "version_id", "position", "basis")
                .values(SQLBind(UUID()), SQLBind(version), SQLBind(0), SQLBind("uk-gdpr-6-1-e")).run()
        }
    }
}

extension StoreDatabases {
    /// A PostgreSQL database the bench used before starts empty again.
    func revertAllIfAny() async throws {
        let sql = database as! any SQLDatabase
        try await sql.raw("DROP SCHEMA public CASCADE").run()
        try await sql.raw("CREATE SCHEMA public").run()
    }
}
