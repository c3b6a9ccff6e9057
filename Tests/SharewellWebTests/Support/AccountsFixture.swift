import Foundation
import SharewellCore
import SharewellDemo
import SharewellStore
import SharewellTestSupport
@testable import SharewellWeb
import VaporTesting

/// A demo borough (seed 1: practice P81001, school 200101) with a test account for every role at
/// the practice and a safeguarding lead at the school, and one record of each organisation.
struct AccountsFixture {
    var ownRecord: UUID
    var foreignRecord: UUID
    var foreignUser: UUID
    var userIDs: [Role: UUID]

    static func with(_ database: TestDatabase = .sqlite, clock: TestClock = TestClock(),
                     _ test: (Application, AccountsFixture) async throws -> Void) async throws {
        let box = FixtureBox()
        try await withSharewell(database, organisations: [], clock: clock, prepare: { store in
            _ = try await DemoBorough.load(people: 1_000, seed: 1, into: store, at: clock.now, schoolYear: 2025)
            var ids: [Role: UUID] = [:]
            for role in Role.allCases {
                ids[role] = try await store.addUser(NewUser(organisationCode: "P81001", email: TestAccounts.email(role.rawValue), displayName: "Test \(role.rawValue)",
                                                            role: role, passwordHash: TestAccounts.passwordHash), by: .system("test"), at: clock.now)
            }
            let foreignLead = try await store.addUser(NewUser(organisationCode: "200101", email: TestAccounts.email("safeguardinglead", "200101"), displayName: "School lead",
                                                              role: .safeguardingLead, passwordHash: TestAccounts.passwordHash), by: .system("test"), at: clock.now)
            let own = try await store.personRecords(for: try await store.actingUser(ids[.safeguardingLead]!)!, at: clock.now).records[0].id
            let foreign = try await store.personRecords(for: try await store.actingUser(foreignLead)!, at: clock.now).records[0].id
            box.fixture = AccountsFixture(ownRecord: own, foreignRecord: foreign, foreignUser: foreignLead, userIDs: ids)
        }) { app in
            try await test(app, box.fixture!)
        }
    }
}

private final class FixtureBox: @unchecked Sendable { var fixture: AccountsFixture? }
