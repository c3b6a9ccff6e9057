import Foundation
import SQLKit
import SharewellCore
import SharewellStore
import SharewellTestSupport
@testable import SharewellWeb
import Testing
import VaporTesting

/// Issue 14, finding 12, as a rule over every page rather than a list of pages: any answer that
/// shows a person's name writes an audit entry. The walk covers every GET route of the access
/// table for every role, with attendance and early-help data in place so the pages have names.
@Suite("Every view of a name is audited")
struct NamedViewAuditTests {
    static let now = Date(timeIntervalSince1970: 1_800_000_000)

    struct NameRow: Decodable { let given_name: String; let family_name: String }
    struct ExtractRow: Decodable { let name: String }

    /// Every full name a page could show: the organisations' records and the patient lists received.
    static func names(_ app: Application) async throws -> Set<String> {
        let sql = app.db as! any SQLDatabase
        let records = try await sql.raw("SELECT given_name, family_name FROM person_records").all(decoding: NameRow.self).map { "\($0.given_name) \($0.family_name)" }
        let received = try await sql.raw("SELECT given_name || ' ' || family_name AS name FROM early_help_extract_people").all(decoding: ExtractRow.self).map(\.name)
        // The directory's safeguarding leads are staff, not data subjects: a name they share is left out.
        let staff = Set(try await sql.raw("SELECT name FROM safeguarding_contacts").all(decoding: ExtractRow.self).map(\.name))
        return Set(records + received).subtracting(staff).filter { !$0.contains("'") }  // an apostrophe is escaped on the page
    }

    static func auditCount(_ app: Application) async throws -> Int {
        try await app.rowCount("audit_entries")
    }

    @Test("every GET route, for every role, that shows a person's name writes an audit entry")
    func everyNamedViewAudited() async throws {
        try await AccountsFixture.with { app, fixture in
            let referrals = try await AttendanceLiaisonRouteTests.sendList(app, fixture)
            let worker = try await EarlyHelpRouteTests.agreement(app, fixture)
            let store = Store(app.db)
            let gp = try #require(try await store.actingUser(fixture.userIDs[.safeguardingLead]!))
            let patients = try await store.personRecords(for: gp, at: Self.now).records.map(\.localID)
            _ = try await store.recordEarlyHelpOptOuts([patients[0]], method: "opt-out form", receivedOn: CalendarDate(iso: "2027-01-14")!, by: gp, at: Self.now)
            guard case .success(let receipt) = try await store.sendPatientList(to: "353-EH", by: gp, at: Self.now) else { Issue.record("not sent"); return }
            _ = try await store.matchPatientList(receipt.extractID, by: worker, at: Self.now)
            let names = try await Self.names(app)

            var paths = RouteAccessTests.routes.filter { $0.method == .GET }.map { route in
                route.path.replacingOccurrences(of: "{own}", with: fixture.ownRecord.uuidString.lowercased())
                    .replacingOccurrences(of: "{foreign}", with: fixture.foreignRecord.uuidString.lowercased())
                    .replacingOccurrences(of: "{user}", with: fixture.foreignUser.uuidString.lowercased())
                    .replacingOccurrences(of: "{token}", with: UUID().uuidString.lowercased())
                    .replacingOccurrences(of: "{school}", with: "200101")
            }
            paths += referrals.prefix(2).map { "/inbox/attendance/\($0.uuidString.lowercased())" }
            paths += ["/attendance/poor?from=2025-09-03&to=2025-12-19&below=95", "/attendance/illness?from=2025-09-03&to=2025-12-19&days=3"]

            var accounts = Role.allCases.map { TestAccounts.email($0.rawValue) }
            accounts += [TestAccounts.email("safeguardinglead", "200101"), TestAccounts.email("practitioner", "353-eh")]
            var pagesWithNames = 0
            for account in accounts {
                let browser = TestBrowser(app)
                try await browser.signIn(account)
                for path in paths where path != "/sign-out" {
                    let before = try await Self.auditCount(app)
                    let page = try await browser.get(path)
                    guard let shown = names.first(where: { page.body.string.contains($0) }) else { continue }
                    pagesWithNames += 1
                    #expect(try await Self.auditCount(app) > before, "\(account) saw \(shown) on \(path) with no audit entry")
                }
            }
            #expect(pagesWithNames >= 10, "the walk reached pages with names (\(pagesWithNames))")
        }
    }

    @Test("the school's 'who has seen this record' shows the practice's views of the shared copy, not who at the practice or what they did")
    func sharedCopyViews() async throws {
        try await AccountsFixture.with { app, fixture in
            let referrals = try await AttendanceLiaisonRouteTests.sendList(app, fixture)
            let gp = TestBrowser(app)
            try await gp.signIn(TestAccounts.email("safeguardingLead"))
            #expect(try await gp.get("/inbox/attendance/\(referrals[0].uuidString.lowercased())").status == .ok)
            let store = Store(app.db)
            let lead = try #require(try await store.actingUser(fixture.userIDs[.safeguardingLead]!))
            let referral = try #require(try await store.referral(referrals[0], for: lead, at: Self.now))
            let school = TestBrowser(app)
            try await school.signIn(TestAccounts.email("safeguardinglead", "200101"))
            let pupil = try #require(try await Self.schoolRecord(app, named: referral.name))
            let log = try await school.get("/records/\(pupil.uuidString.lowercased())/access")
            #expect(log.status == .ok)
            struct Name: Decodable { let name: String }
            let practice = try #require(try await (app.db as! any SQLDatabase).raw("SELECT name FROM organisations WHERE code = 'P81001'").first(decoding: Name.self)).name
            #expect(log.body.string.contains("Staff at \(practice)") && log.body.string.contains("viewed under ‘"),
                    "the practice's view is shown to the school, under the agreement")
            #expect(!log.body.string.contains("Test safeguardingLead"), "not which of the practice's staff")
        }
    }

    static func schoolRecord(_ app: Application, named name: String) async throws -> UUID? {
        struct Row: Decodable { let id: UUID }
        let parts = name.split(separator: " ", maxSplits: 1).map(String.init)
        return try await (app.db as! any SQLDatabase).raw("""
            SELECT p.id FROM person_records p JOIN organisations o ON o.id = p.owner_id
            WHERE o.code = '200101' AND p.given_name = \(bind: parts[0]) AND p.family_name = \(bind: parts.last ?? "")
            """).first(decoding: Row.self)?.id
    }
}
