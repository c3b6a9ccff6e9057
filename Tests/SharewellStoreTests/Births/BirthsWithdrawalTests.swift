import FluentKit
import SQLKit
import Foundation
import SharewellCore
@testable import SharewellFormats
@testable import SharewellStore
import SharewellTestSupport
import Testing

/// A family that may no longer be contacted leaves every centre's list at once, whatever the
/// sendings before, the agreements now, or which service knew first (the review of issue 18).
@Suite("Withdrawing births")
struct BirthsWithdrawalTests {
    static let now = BirthsPathwayTests.now
    static let ada = BirthsBorough.births[0]

    static func import_(_ store: Store, _ lines: [String], by actor: ActingUser, at date: Date) async throws -> BirthImportSummary {
        try await store.importBirths(try BirthsPathwayTests.read(lines), by: actor, at: date)
    }

    static func listed(_ store: Store, _ actor: ActingUser, at date: Date) async throws -> [String] {
        try await store.birthsList(for: actor, at: date).births.map(\.parentName)
    }

    @Test("consent given, then withdrawn, then given and withdrawn again: each change reaches the centre, though a state repeats", arguments: TestDatabase.available)
    func consentBackAndForth(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let b = try await BirthsPathwayTests.borough(store)
            let no = Self.ada.replacingOccurrences(of: ",yes,no,", with: ",no,no,"), yes = Self.ada
            _ = try await Self.import_(store, [no], by: b.maternity, at: Self.now)
            #expect(try await store.birthsList(for: b.centre, at: Self.now).counts == BirthAreaCounts(births: 1, consented: 0, toContact: 0))
            _ = try await Self.import_(store, [yes], by: b.maternity, at: Self.now + 60)
            #expect(try await Self.listed(store, b.centre, at: Self.now + 60) == ["Ada Listed"])
            _ = try await Self.import_(store, [no], by: b.maternity, at: Self.now + 120)
            let list = try await store.birthsList(for: b.centre, at: Self.now + 120)
            #expect(list.births.isEmpty, "the same state as the first sending is still a change")
            #expect(list.counts == BirthAreaCounts(births: 1, consented: 0, toContact: 0))
            // Sent again unchanged: nothing new crosses.
            let sendings = try await SharingRecordCount.of(store)
            _ = try await Self.import_(store, [no], by: b.maternity, at: Self.now + 180)
            #expect(try await SharingRecordCount.of(store) == sendings)
        }
    }

    @Test("a do-not-contact marker withdraws the family even after the agreement with the centre was suspended", arguments: TestDatabase.available)
    func withdrawnWithoutAgreement(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let b = try await BirthsPathwayTests.borough(store)
            _ = try await Self.import_(store, [Self.ada], by: b.maternity, at: Self.now)
            #expect(try await Self.listed(store, b.centre, at: Self.now) == ["Ada Listed"])
            let lead = try await Self.lead(store, "RX402")
            let agreement = try #require(try await store.agreements(for: lead, on: CalendarDate(inEngland: Self.now)).first { $0.newest.terms.title == "Live births RX402 to 600101" })
            try await store.changeAgreement(agreement.id, .suspended, reason: "checking", by: lead, at: Self.now + 30)

            let marked = Self.ada.replacingOccurrences(of: ",yes,no,", with: ",yes,yes,")
            let summary = try await Self.import_(store, [marked], by: b.maternity, at: Self.now + 60)
            #expect(summary.notSent.count == 1, "the count cannot be sent: \(summary.notSent)")
            #expect(try await Self.listed(store, b.centre, at: Self.now + 60).isEmpty)
            #expect(try await BirthReceivedModel.everyOrganisation(on: store.db).all().compactMap(\.parentFamilyName).isEmpty)
        }
    }

    @Test("maternity's do-not-contact holds when child health, not knowing, later sends the baby as consented", arguments: TestDatabase.available)
    func markerRemembered(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let b = try await BirthsPathwayTests.borough(store)
            _ = try await Self.import_(store, [Self.ada.replacingOccurrences(of: ",yes,no,", with: ",yes,yes,")], by: b.maternity, at: Self.now)
            let childHealth = "CH-77,2026-12-01,Ada,Listed,1 Mill Lane,AW1 1AB,yes,no,943 476 5919,first visit form,2026-12-12"
            let summary = try await Self.import_(store, [childHealth], by: b.childHealth, at: Self.now + 60)
            #expect(summary.listed == 0)
            #expect(try await Self.listed(store, b.centre, at: Self.now + 60).isEmpty)
            #expect(try await store.birthsList(for: b.centre, at: Self.now + 60).counts == BirthAreaCounts(births: 1, consented: 1, toContact: 0))
            #expect(try await BirthReceivedModel.everyOrganisation(on: store.db).all().compactMap(\.parentFamilyName).isEmpty, "never reached the centre")
        }
    }

    @Test("a sender reaches only the lists of centres it has sent births to: a marker naming a known NHS number withdraws nothing elsewhere, and bars the baby for senders that do reach them",
          arguments: TestDatabase.available)
    func withdrawalOnlyWhereSent(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let b = try await BirthsPathwayTests.borough(store)
            _ = try await Self.import_(store, [Self.ada], by: b.maternity, at: Self.now)
            // Child health has sent nothing to the first centre; its marker's count goes to the second, which it has no agreement with.
            let elsewhere = "CH-9,2026-12-01,Someone,Else,5 Other Road,AW2 1GH,yes,yes,9434765919,,"
            let summary = try await Self.import_(store, [elsewhere], by: b.childHealth, at: Self.now + 60)
            #expect(summary.notSent.count == 1)
            #expect(try await Self.listed(store, b.centre, at: Self.now + 60) == ["Ada Listed"], "no list it never sent to")
            // Maternity, which sent the family there, now finds the baby marked and withdraws it.
            let changed = Self.ada.replacingOccurrences(of: "antenatal booking", with: "booking")
            _ = try await Self.import_(store, [changed], by: b.maternity, at: Self.now + 120)
            #expect(try await Self.listed(store, b.centre, at: Self.now + 120).isEmpty)
        }
    }

    @Test("a birth whose postcode moves to no catchment leaves the centre's list and counts, and reaches the early years team", arguments: TestDatabase.available)
    func moved(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let b = try await BirthsPathwayTests.borough(store)
            _ = try await Self.import_(store, [Self.ada], by: b.maternity, at: Self.now)
            #expect(try await Self.listed(store, b.centre, at: Self.now) == ["Ada Listed"])
            let away = Self.ada.replacingOccurrences(of: "1 Mill Lane,AW1 1AB", with: "9 Far Road,AW9 9ZZ")
            let summary = try await Self.import_(store, [away], by: b.maternity, at: Self.now + 60)
            #expect(summary.unassigned == 1)
            let list = try await store.birthsList(for: b.centre, at: Self.now + 60)
            #expect(list.births.isEmpty && list.counts.births == 0, "no longer in its area")
            #expect(try await Self.listed(store, b.team, at: Self.now + 60) == ["Ada Listed"])
            #expect(try await store.auditEntries(subject: "birth:" + (try BirthReceivedModel.everyOrganisation(on: store.db).first()!.babyRef))
                .contains { $0.detail.hasPrefix("left the area of 600101") })
        }
    }

    @Test("a sending naming one NHS number twice is refused, nothing stored; so is one over the bound", arguments: TestDatabase.available)
    func refusedSendings(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let b = try await BirthsPathwayTests.borough(store)
            let twin = "M9,2026-12-01,Ada,Other,9 Mill Lane,AW1 1AB,yes,no,9434765919,,"
            await #expect(throws: FormatError(problems: [.init(line: 3, field: "nhs_number", message: "NHS number 943 476 5919 is already given on line 2: each baby once.")],
                                              truncated: false)) {
                try await Self.import_(store, [Self.ada, twin], by: b.maternity, at: Self.now)
            }
            #expect(try await BirthNoticeModel.everyOrganisation(on: store.db).count() == 0)
            let one = try BirthsPathwayTests.read([BirthsBorough.births[2]])[0]
            let many = (0...Store.birthsPerSending).map { i in
                BirthNotice(line: i + 2, birthID: "B\(i)", babyDateOfBirth: one.babyDateOfBirth, parentGivenName: "A", parentFamilyName: "B",
                            address: "1 Road", postcode: one.postcode, consent: false, doNotContact: false)
            }
            await #expect(throws: FormatError.self) { try await store.importBirths(many, by: b.maternity, at: Self.now) }
            #expect(try await BirthNoticeModel.everyOrganisation(on: store.db).count() == 0)
        }
    }

    @Test("what centres received is destroyed once the agreement's retention has passed, audited with a count", arguments: TestDatabase.available)
    func retention(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let b = try await BirthsPathwayTests.borough(store)
            _ = try await Self.import_(store, BirthsBorough.births, by: b.maternity, at: Self.now)
            let kept = try await BirthReceivedModel.everyOrganisation(on: store.db).count()
            #expect(kept == 4)
            let day = CalendarDate(inEngland: Self.now)
            #expect(try await store.destroyExpiredBirths(at: day.adding(months: 12).startOfDayInEngland) == 0, "the agreements keep 12 months")
            #expect(try await store.destroyExpiredBirths(at: day.adding(months: 12).advanced(by: 1).startOfDayInEngland) == kept)
            #expect(try await BirthReceivedModel.everyOrganisation(on: store.db).count() == 0)
            #expect(try await BirthNoticeModel.everyOrganisation(on: store.db).count() == 5, "the senders' own records stay")
        }
    }

    static func lead(_ store: Store, _ code: String) async throws -> ActingUser {
        let id = try await store.addUser(NewUser(organisationCode: code, email: "second.lead@\(code.lowercased()).example", displayName: "Second lead", role: .informationGovernanceLead,
                                                 passwordHash: "h"), by: .system("test"), at: now)
        return try #require(try await store.actingUser(id))
    }
}

/// How many sendings the gate has recorded.
enum SharingRecordCount {
    static func of(_ store: Store) async throws -> Int {
        try await (store.db as! any SQLDatabase).raw("SELECT COUNT(*) AS n FROM sendings").first()!.decode(column: "n", as: Int.self)
    }
}
