import SharewellCore
@testable import SharewellStore
import SharewellTestSupport
import Testing

@Suite("Directory store")
struct StoreDirectoryTests {
    static let entries: [DirectoryEntry] = [
        .sample(code: "P81001", kind: .gpPractice, name: "Mill Lane Surgery"),
        .sample(code: "P81002", kind: .gpPractice, name: "Hollins Medical Centre"),
        .sample(code: "200101", kind: .school, name: "St Mary's 100% Primary_School"),
        .sample(code: "353-EH", kind: .earlyHelp, name: "Ashworth Council Early Help"),
        .sample(code: "600101", kind: .childrensCentre, name: "Millbrook Children's Centre", catchment: ["AW1 2", "AW3 4"]),
    ]

    @Test("an organisation reads back exactly as written, leads and catchment included", arguments: TestDatabase.available)
    func roundTrip(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            try await store.addOrganisations(Self.entries)
            for entry in Self.entries { #expect(try await store.organisation(code: entry.code) == entry) }
            #expect(try await store.organisation(code: "p81001")?.name == "Mill Lane Surgery")
            #expect(try await store.organisation(code: "Z99999") == nil)
        }
    }

    @Test("search finds text in the name or code in any case, and filters by kind", arguments: TestDatabase.available)
    func search(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            try await store.addOrganisations(Self.entries)
            #expect(try await store.directory().map(\.code) == ["353-EH", "P81002", "P81001", "600101", "200101"])
            #expect(try await store.directory(.init(text: "MILL")).map(\.code) == ["P81001", "600101"])
            #expect(try await store.directory(.init(text: "p8100")).map(\.code) == ["P81002", "P81001"])
            #expect(try await store.directory(.init(text: "mill", kind: .gpPractice)).map(\.code) == ["P81001"])
            #expect(try await store.directory(.init(kind: .school)).map(\.code) == ["200101"])
            #expect(try await store.directory(.init(text: "nothing like this")).isEmpty)
        }
    }

    @Test("LIKE wildcards in the search text are taken literally", arguments: TestDatabase.available)
    func wildcards(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            try await store.addOrganisations(Self.entries)
            #expect(try await store.directory(.init(text: "100%")).map(\.code) == ["200101"])
            #expect(try await store.directory(.init(text: "mar_")).map(\.code) == [])
            #expect(try await store.directory(.init(text: "%")).map(\.code) == ["200101"])
            #expect(try await store.directory(.init(text: "_")).map(\.code) == ["200101"])
            #expect(try await store.directory(.init(text: "' OR 1=1 --")).isEmpty)
        }
    }

    @Test("a duplicate code is refused and nothing of that batch is stored", arguments: TestDatabase.available)
    func duplicateRefused(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            try await store.addOrganisations([Self.entries[0]])
            let batch = [Self.entries[1], Self.entries[0]]
            await #expect(throws: StoreError.duplicateOrganisationCode("P81001")) { try await store.addOrganisations(batch) }
            #expect(try await store.organisationCount() == 1)
            #expect(try await store.organisation(code: "P81002") == nil)
        }
    }

    @Test("the database answers the health check", arguments: TestDatabase.available)
    func reachable(_ database: TestDatabase) async throws {
        try await database.withStore { store in #expect(await store.isReachable()) }
    }
}

@Suite("Administrators and the directory")
struct DirectoryAdministrationTests {
    @Test("an administrator adds an organisation and edits only their own; each change is audited with the old value", arguments: TestDatabase.available)
    func administration(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let f = try await GovernanceFixture.make(store)
            let admin = f.user("P81001", .administrator)
            try await store.addOrganisation(.sample(code: "P81009", name: "Brook Surgery"), by: admin, at: GovernanceFixture.now)
            #expect(try await store.organisation(code: "P81009")?.name == "Brook Surgery")
            await #expect(throws: StoreError.duplicateOrganisationCode("P81009")) {
                try await store.addOrganisation(.sample(code: "P81009"), by: admin, at: GovernanceFixture.now)
            }
            await #expect(throws: StoreError.notAParty) {
                try await store.addOrganisation(.sample(code: "P81010"), by: f.user("P81001", .safeguardingLead), at: GovernanceFixture.now)
            }

            var own = try #require(try await store.organisation(code: "P81001"))
            let oldLead = own.safeguardingLead.name
            own.safeguardingLead.name = "Dr New Lead"
            own.deputySafeguardingLead = nil
            try await store.updateOrganisation(own, by: admin, at: GovernanceFixture.now)
            #expect(try await store.organisation(code: "P81001") == own)
            let entries = try await store.auditEntries(subject: "organisation:P81001")
            #expect(entries.last?.action == "update-organisation" && entries.last?.detail.contains("lead was \(oldLead)") == true)

            let other = try #require(try await store.organisation(code: "P81002"))
            await #expect(throws: StoreError.notAParty) { try await store.updateOrganisation(other, by: admin, at: GovernanceFixture.now) }
        }
    }
}
