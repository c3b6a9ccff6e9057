import FluentKit
import Foundation
import SharewellCore
import SharewellFormats
@testable import SharewellStore
import SharewellTestSupport
import Testing

/// Live births to children's centres (issue 18), through the gate, on both databases.
@Suite("Live births to children's centres")
struct BirthsPathwayTests {
    static let now = Date(timeIntervalSince1970: 1_800_000_000)
    static let births = BirthsBorough.births

    struct Borough {
        let maternity: ActingUser, childHealth: ActingUser, centre: ActingUser, otherCentre: ActingUser, team: ActingUser
    }

    @Test("births reach the centre of their catchment through the gate: consented ones listed, the rest only counted, the unassigned to the early years team",
          arguments: TestDatabase.available)
    func routed(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let b = try await Self.borough(store)
            let summary = try await store.importBirths(try Self.read(Self.births), by: b.maternity, at: Self.now)
            #expect(summary.added == 5 && summary.updated == 0)
            #expect(summary.listed == 1 && summary.unassigned == 1)
            #expect(summary.notSent.count == 1 && summary.notSent[0].hasPrefix("600102: "), "no agreement with the second centre: \(summary.notSent)")

            let list = try await store.birthsList(for: b.centre, at: Self.now)
            #expect(list.births.map(\.parentName) == ["Ada Listed"])
            #expect(list.births.first?.nhsNumber == "9434765919")
            #expect(list.counts == BirthAreaCounts(births: 3, consented: 2, toContact: 1))
            #expect(try await store.birthsList(for: b.team, at: Self.now).births.map(\.parentName) == ["Dot Nowhere"])
            #expect(try await store.birthsList(for: b.otherCentre, at: Self.now).counts.births == 0, "nothing crosses without an agreement")
            // The refusing and bereaved families' names never reached the centre.
            let kept = try await BirthReceivedModel.everyOrganisation(on: store.db).all()
            #expect(kept.compactMap(\.parentFamilyName).sorted() == ["Listed", "Nowhere"])
            #expect(try await store.auditEntries(subject: "births_received:600101").count == 1, "the list's view is audited")

            // Sent again: updated, never duplicated; nothing new crosses.
            let again = try await store.importBirths(try Self.read(Self.births), by: b.maternity, at: Self.now)
            #expect(again.added == 0 && again.updated == 5)
            #expect(try await BirthNoticeModel.everyOrganisation(on: store.db).count() == 5)
            #expect(try await BirthReceivedModel.everyOrganisation(on: store.db).count() == 4)
        }
    }

    @Test("child health's notice of the same baby merges with maternity's; a later do-not-contact withdraws it at once, leaving only 'withdrawn'",
          arguments: TestDatabase.available)
    func mergedAndWithdrawn(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let b = try await Self.borough(store)
            _ = try await store.importBirths(try Self.read(Self.births), by: b.maternity, at: Self.now)
            let id = try #require(try await store.birthsList(for: b.centre, at: Self.now).births.first?.id)
            try await store.recordWelcome(.visit, on: CalendarDate(iso: "2026-12-10")!, for: id, by: b.centre, at: Self.now)
            try await store.recordRegistration(on: CalendarDate(iso: "2026-12-11")!, for: id, by: b.centre, at: Self.now)
            // The early years team neither reaches a centre's family nor records welcomes at all.
            await #expect(throws: StoreError.notAParty) {
                try await store.recordWelcome(.call, on: CalendarDate(iso: "2026-12-10")!, for: id, by: b.team, at: Self.now)
            }
            let seen = try #require(try await store.birthsList(for: b.centre, at: Self.now).births.first)
            #expect(seen.welcome?.method == .visit && seen.registeredOn == CalendarDate(iso: "2026-12-11"))
            // 3 births, 1 registered: BirthReach hides both (and so the reach), from 1 to 7.
            let reach = try await store.birthsList(for: b.centre, at: Self.now).reach
            #expect(reach.map(\.month.description) == ["2027-01", "2026-12"], "newest first, through this month")
            #expect(reach.last.map { [$0.births, $0.registered] } == [.suppressed, .suppressed] && reach.last?.reach == .suppressed)

            let same = "CH-77,2026-12-01,Ada,Listed,1 Mill Lane,AW1 1AB,yes,no,943 476 5919,first visit form,2026-12-12"
            let merged = try await store.importBirths(try Self.read([same]), by: b.childHealth, at: Self.now)
            #expect(merged.listed == 1)
            #expect(try await store.birthsList(for: b.centre, at: Self.now).births.map(\.parentName) == ["Ada Listed"], "one birth, not two")
            #expect(try await BirthReceivedModel.everyOrganisation(on: store.db).count() == 4)

            let later = Self.births[0].replacingOccurrences(of: ",yes,no,9434765919", with: ",yes,yes,9434765919")
            _ = try await store.importBirths(try Self.read([later]), by: b.maternity, at: Self.now + 60)
            let list = try await store.birthsList(for: b.centre, at: Self.now + 60)
            #expect(list.births.isEmpty)
            #expect(list.withdrawn == [Self.now + 60])
            #expect(list.counts == BirthAreaCounts(births: 3, consented: 2, toContact: 0))
            let row = try #require(try await BirthReceivedModel.everyOrganisation(on: store.db).filter(\.$withdrawnAt != nil).first())
            #expect(row.parentFamilyName == nil && row.address == nil && row.nhsNumber == nil, "the centre keeps nothing but 'withdrawn'")
            #expect(try await store.receivedBirth(id, for: b.centre, at: Self.now) == nil)
            #expect(try await store.auditEntries(subject: "birth:\(row.babyRef)").contains { $0.action == AuditAction.birthWithdrawn.rawValue })

            // Child health sending the baby again as consented does not bring the family back.
            _ = try await store.importBirths(try Self.read([same.replacingOccurrences(of: "2026-12-12", with: "2026-12-13")]), by: b.childHealth, at: Self.now + 120)
            #expect(try await store.birthsList(for: b.centre, at: Self.now + 120).births.isEmpty)
        }
    }

    @Test("only the early years team sets catchments, and a sector already in another centre's catchment is refused", arguments: TestDatabase.available)
    func catchments(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let b = try await Self.borough(store)
            await #expect(throws: StoreError.invalidFields([.init(field: "sectors", message: "AW1 1 is already in the catchment of Mill Children's Centre (600101): a sector belongs to one centre")])) {
                try await store.setCatchment("AW2 1; aw1  1", of: "600102", by: b.team, at: Self.now)
            }
            await #expect(throws: StoreError.invalidFields([.init(field: "sectors", message: "‘AW1’ is not a postcode sector written like AW1 2")])) {
                try await store.setCatchment("AW1", of: "600102", by: b.team, at: Self.now)
            }
            await #expect(throws: StoreError.notAParty) { try await store.setCatchment("AW5 1", of: "600101", by: b.centre, at: Self.now) }
            #expect(try await store.birthCatchments().map(\.sectors) == [["AW1 1", "AW1 2"], ["AW2 1"]])
        }
    }

    static func read(_ lines: [String]) throws -> [BirthNotice] {
        let bytes = Array(([BirthsBorough.header] + lines).joined(separator: "\n").utf8)
        return try bytes.withUnsafeBufferPointer { try BirthsCSV.read($0) }
    }

    static func borough(_ store: Store) async throws -> Borough {
        let p = try await BirthsBorough.prepare(store, passwordHash: "h", at: now)
        return Borough(maternity: p["RX402"]!, childHealth: p["RX404"]!, centre: p["600101"]!, otherCentre: p["600102"]!, team: p["353-EY"]!)
    }
}
