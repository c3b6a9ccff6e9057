import Foundation
import SharewellCore
import SharewellStore
@testable import SharewellWeb
import Testing
import VaporTesting

/// The demo borough's school (200101) and its LA medical education team, on the accounts fixture:
/// what the health-related absence tests need, with or without the agreement that lets a flag cross.
struct IllnessFlagFixture {
    /// The school's safeguarding lead, who sends the list.
    var school: ActingUser
    var team: DirectoryEntry
    var schoolEntry: DirectoryEntry
    /// The whole school year so far, and a threshold every pupil with any illness day reaches.
    static let period = CalendarDate(iso: "2025-09-01")!...CalendarDate(iso: "2026-07-20")!
    static let days = 1

    static func make(_ app: Application, _ fixture: AccountsFixture, clock: TestClock) async throws -> IllnessFlagFixture {
        let store = Store(app.db)
        let team = try #require(try await store.directory(.init(kind: .medicalEducation)).first)
        let schoolEntry = try #require(try await store.directory().first { $0.code == "200101" })
        let school = try #require(try await store.actingUser(fixture.foreignUser))
        return IllnessFlagFixture(school: school, team: team, schoolEntry: schoolEntry)
    }

    /// Both IG leads approve an agreement for the flag, and the school sends its list.
    func agreeAndSend(_ app: Application, clock: TestClock) async throws -> SharingGrant {
        let store = Store(app.db)
        var leads: [ActingUser] = []
        for code in ["200101", team.code] {
            let id = try await store.addUser(NewUser(organisationCode: code, email: TestAccounts.email("ig", code), displayName: "IG \(code)",
                                                     role: .informationGovernanceLead, passwordHash: TestAccounts.passwordHash), by: .system("test"), at: clock.now)
            leads.append(try #require(try await store.actingUser(id)))
        }
        let terms = AgreementTerms(title: "Health-related absence flags", purpose: .medicalEducation, parties: ["200101", team.code], discloser: "200101",
                                   bulk: true, dataItems: Store.illnessItems, legalBases: [.art6PublicTask], dpiaReference: "DPIA-MET",
                                   dpiaDate: CalendarDate(iso: "2025-08-01"), retentionMonths: 24, start: CalendarDate(iso: "2025-08-01")!,
                                   review: CalendarDate(iso: "2028-06-01")!, end: CalendarDate(iso: "2029-08-31")!)
        let agreement = try await store.createAgreement(terms, by: leads[0], at: clock.now)
        for lead in leads { try await store.approveAgreement(agreement, by: lead, at: clock.now) }
        let sent = try await store.sendIllnessAbsence(to: team.code, period: Self.period, days: Self.days, by: school, at: clock.now)
        guard case .success(let grant) = sent else { throw FixtureFailure("the flag did not cross: \(sent)") }
        return grant
    }

    /// A person of the team, signed in through the real form.
    func teamMember(_ app: Application, _ name: String, clock: TestClock) async throws -> TestBrowser {
        let email = TestAccounts.email(name.replacingOccurrences(of: " ", with: "."), team.code)
        _ = try await Store(app.db).addUser(NewUser(organisationCode: team.code, email: email, displayName: name, role: .practitioner,
                                                    passwordHash: TestAccounts.passwordHash), by: .system("test"), at: clock.now)
        let browser = TestBrowser(app)
        try await browser.signIn(email)
        return browser
    }
}

struct FixtureFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
