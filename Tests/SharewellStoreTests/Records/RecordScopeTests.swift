import FluentKit
import Foundation
import PropertyBased
import SQLKit
import SharewellCore
@testable import SharewellStore
import SharewellTestSupport
import Testing

@Suite("Scope of person records")
struct RecordScopeTests {
    static let now = Date(timeIntervalSince1970: 1_800_000_000)
    static let codes = ["P81001", "P81002", "200101", "353-EH"]
    static let kinds: [OrganisationKind] = [.gpPractice, .gpPractice, .school, .earlyHelp]

    /// Organisations, a user of every role in each, an API client per organisation, and records in each.
    struct World {
        var users: [ActingUser] = []
        var records: [(id: UUID, owner: String)] = []
    }

    static func build(_ store: Store, recordsPerOrganisation: Int) async throws -> World {
        try await store.addOrganisations(zip(codes, kinds).map { DirectoryEntry.sample(code: $0, kind: $1, name: "Org \($0)") })
        var world = World()
        for code in codes {
            for role in Role.allCases {
                let id = try await store.addUser(NewUser(organisationCode: code, email: "\(role.rawValue)@\(code.lowercased()).example", displayName: "\(role) \(code)",
                                                         role: role, passwordHash: "h"), by: .system("t"), at: now)
                world.users.append(try #require(try await store.actingUser(id)))
            }
            for scopes in [Set([APIScope.recordsRead]), [.directoryRead]] {
                let token = try await store.createAPIToken(organisationCode: code, name: "client", scopes: scopes, by: .system("t"), at: now)
                world.users.append(try #require(try await store.apiClient(token: token.secret, at: now)))
            }
            let owner = try #require(try await OrganisationModel.query(on: store.db).filter(\.$code == code).first()?.id)
            for i in 0..<recordsPerOrganisation {
                let record = PersonRecordModel()
                record.id = UUID()
                record.$owner.id = owner
                record.source = "gpRegistration"; record.localID = "\(code)-\(i)"; record.givenName = "Given\(i)"; record.familyName = "Family\(code)"
                record.dateOfBirth = "2015-01-01"; record.sex = "F"; record.addressLine = "1 Road"; record.postcode = "AW1 1AA"
                try await record.create(on: store.db)
                world.records.append((record.id!, code))
            }
        }
        return world
    }

    static func mayView(_ user: ActingUser, _ owner: String) -> Bool {
        user.organisationCode == owner && user.may(.viewIdentifiableRecords)
    }

    @Test("no generated user ever reads a record outside their scope (thousands of cases)", arguments: TestDatabase.available)
    func neverLeaks(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let world = try await Self.build(store, recordsPerOrganisation: 5)
            await propertyCheck(count: 2_000, input: Gen.int(in: 0...(world.users.count - 1)), Gen.int(in: 0...(world.records.count - 1))) { u, r in
                let user = world.users[u], record = world.records[r]
                let seen = try await store.personRecord(record.id, for: user, at: Self.now)
                #expect((seen != nil) == Self.mayView(user, record.owner), "\(user.displayName) → \(record.owner)")
                if let seen { #expect(seen.ownerCode == user.organisationCode) }
            }
        }
    }

    @Test("lists hold only the user's own organisation's records, and nothing for other roles", arguments: TestDatabase.available)
    func listsStayInScope(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let world = try await Self.build(store, recordsPerOrganisation: 3)
            for user in world.users {
                let page = try await store.personRecords(for: user, at: Self.now)
                let expected = Set(world.records.filter { Self.mayView(user, $0.owner) }.map(\.id))
                #expect(Set(page.records.map(\.id)) == expected, "\(user.displayName)")
                #expect(page.total == expected.count)
            }
        }
    }

    @Test("an unknown id and another organisation's record look the same: nil", arguments: TestDatabase.available)
    func otherOrganisationIsMissing(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let world = try await Self.build(store, recordsPerOrganisation: 1)
            let lead = try #require(world.users.first { $0.role == .safeguardingLead && $0.organisationCode == "P81001" })
            let foreign = try #require(world.records.first { $0.owner == "200101" })
            #expect(try await store.personRecord(foreign.id, for: lead, at: Self.now) == nil)
            #expect(try await store.personRecord(UUID(), for: lead, at: Self.now) == nil)
            #expect(try await store.accessLog(forRecord: foreign.id, for: lead, at: Self.now) == nil)
        }
    }

    @Test("every view is in the record's access log with who, organisation and purpose", arguments: TestDatabase.available)
    func viewsAreLogged(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let world = try await Self.build(store, recordsPerOrganisation: 1)
            let record = try #require(world.records.first { $0.owner == "P81001" })
            let practitioner = try #require(world.users.first { $0.role == .practitioner && $0.organisationCode == "P81001" })
            let client = try #require(world.users.first { $0.organisationCode == "P81001" && $0.may(.viewIdentifiableRecords) && $0.role == nil })
            _ = try await store.personRecord(record.id, for: practitioner, at: Self.now)
            _ = try await store.personRecord(record.id, for: client, at: Self.now.addingTimeInterval(1))
            let ig = try #require(world.users.first { $0.role == .informationGovernanceLead && $0.organisationCode == "P81001" })
            let log = try #require(try await store.accessLog(forRecord: record.id, for: ig, at: Self.now.addingTimeInterval(2)))
            #expect(log.map(\.action) == ["view-access-log", "view", "view"])
            #expect(log[2].actorName == practitioner.displayName && log[2].organisation == "P81001" && log[2].purpose == "Direct care")
            #expect(log[1].actorName == client.displayName && log[1].purpose.hasPrefix("Machine client"))
            let practitionerLog = try await store.accessLog(forRecord: record.id, for: practitioner, at: Self.now)
            #expect(practitionerLog == nil, "a practitioner may not read the access log")
        }
    }
}
