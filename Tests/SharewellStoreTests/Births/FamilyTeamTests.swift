import FluentKit
import Foundation
import SharewellCore
@testable import SharewellStore
import SharewellTestSupport
import Testing

/// The team around the family and the 14-day referral (issue 18, item 4), on both databases.
@Suite("The team around the family")
struct FamilyTeamTests {
    static let now = BirthsPathwayTests.now
    static let registered = CalendarDate(year: 2027, month: 1, day: 10)!
    /// The centre's team as the registration form shows it to the parent.
    static let shown = ["353-EH", "RX401"]

    struct Team {
        let b: BirthsPathwayTests.Borough
        let visitor: ActingUser, earlyHelp: ActingUser
        /// Ada's row on Mill Children's Centre's list.
        let ada: UUID
    }

    /// The births borough with its teams (`BirthsBorough.prepareTeams`), and Ada on the centre's list.
    static func team(_ store: Store) async throws -> Team {
        let b = try await BirthsPathwayTests.borough(store)
        let members = try await BirthsBorough.prepareTeams(store, earlyYears: b.team, passwordHash: "h", at: now)
        _ = try await BirthsWithdrawalTests.import_(store, [BirthsWithdrawalTests.ada], by: b.maternity, at: now)
        let ada = try #require(try await store.birthsList(for: b.centre, at: now).births.first?.id)
        return Team(b: b, visitor: members["RX401"]!, earlyHelp: members["353-EH"]!, ada: ada)
    }

    static func names(_ store: Store, _ actor: ActingUser, at date: Date = now) async throws -> [String] {
        try await store.teamFamilies(for: actor, at: date).map(\.parentName)
    }

    @Test("a registration with the parent's consent forms the team: each member sees what the others shared, and a member with no agreement gets nothing",
          arguments: TestDatabase.available)
    func membersShare(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let t = try await Self.team(store)
            let formed = try await store.registerFamily(t.ada, on: Self.registered, consentFor: Self.shown, by: t.b.centre, at: Self.now + 60)
            #expect(formed.told == ["Health Visiting (RX401)"])
            #expect(formed.notSent.count == 1 && formed.notSent[0].hasPrefix("Early Help (353-EH)"))
            #expect(try await Self.names(store, t.visitor) == ["Ada Listed"])
            #expect(try await Self.names(store, t.earlyHelp).isEmpty, "no agreement names early help")
            #expect(try await Self.names(store, t.b.centre) == ["Ada Listed"])

            let team = try #require(try await store.teamFamilies(for: t.visitor, at: Self.now).first).id
            let fromVisitor = try await store.shareTeamNote("  Feeding well; weighed 4.1 kg at the 14-day visit. ", about: team, by: t.visitor, at: Self.now + 120)
            #expect(fromVisitor.told == ["Mill Children's Centre (600101)"])
            #expect(fromVisitor.notSent.isEmpty, "early help was never sent the family, so it is sent no note")
            _ = try await store.shareTeamNote("Came to baby massage on Tuesday.", about: team, by: t.b.centre, at: Self.now + 180)

            for member in [t.visitor, t.b.centre] {
                let family = try #require(try await store.teamFamily(team, for: member, at: Self.now + 240))
                #expect(family.notes.map(\.text) == ["Came to baby massage on Tuesday.", "Feeding well; weighed 4.1 kg at the 14-day visit."])
                #expect(family.members.map(\.code) == ["600101", "RX401"], "early help, refused by the gate, holds nothing and is sent nothing")
            }
            #expect(try await store.teamFamily(team, for: t.earlyHelp, at: Self.now) == nil)
            #expect(try await TeamNoteWrittenModel.everyOrganisation(on: store.db).count() == 2, "each author's own")
            #expect(try await TeamNoteReceivedModel.everyOrganisation(on: store.db).count() == 2, "one copy each")
            let views = try await AuditEntryModel.query(on: store.db).filter(\.$action == AuditAction.teamFamilyViewed.rawValue).count()
            #expect(views == 2)
            guard case .intact = try await store.verifyAudit(against: []) else { Issue.record("the chain should verify"); return }
        }
    }

    @Test("without the parent's consent there is no team: no member gets the family, and a note about it is refused", arguments: TestDatabase.available)
    func noConsentNoTeam(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let t = try await Self.team(store)
            let formed = try await store.registerFamily(t.ada, on: Self.registered, consentFor: nil, by: t.b.centre, at: Self.now + 60)
            #expect(formed == TeamSharing())
            #expect(try await Self.names(store, t.visitor).isEmpty)
            #expect(try await store.birthsList(for: t.b.centre, at: Self.now).births.first?.registeredOn == Self.registered)
            await #expect(throws: StoreError.unknownPerson) { try await store.shareTeamNote("Hello", about: t.ada, by: t.b.centre, at: Self.now) }
        }
    }

    @Test("a withdrawn consent, or a later do-not-contact marker, removes the family and every note from every member at once", arguments: TestDatabase.available)
    func withdrawal(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let t = try await Self.team(store)
            _ = try await store.registerFamily(t.ada, on: Self.registered, consentFor: Self.shown, by: t.b.centre, at: Self.now + 60)
            let team = try #require(try await store.teamFamilies(for: t.visitor, at: Self.now).first).id
            _ = try await store.shareTeamNote("Weighed 4.1 kg.", about: team, by: t.b.centre, at: Self.now + 120)
            try await store.withdrawFamilyTeam(team, by: t.b.centre, at: Self.now + 180)
            #expect(try await Self.names(store, t.visitor).isEmpty)
            #expect(try await Self.names(store, t.b.centre).isEmpty)
            #expect(try await FamilyTeamCopyModel.everyOrganisation(on: store.db).count() == 0)
            #expect(try await TeamNoteReceivedModel.everyOrganisation(on: store.db).filter(\.$holderID == t.visitor.organisationID!).count() == 0)
            await #expect(throws: StoreError.unknownPerson) { try await store.shareTeamNote("More", about: team, by: t.visitor, at: Self.now + 240) }

            // Consent given again forms a new team: nothing shared under the old consent comes back.
            _ = try await store.registerFamily(t.ada, on: Self.registered, consentFor: Self.shown, by: t.b.centre, at: Self.now + 300)
            #expect(try await Self.names(store, t.visitor) == ["Ada Listed"])
            let again = try #require(try await store.teamFamilies(for: t.b.centre, at: Self.now).first)
            #expect(again.id != team)
            #expect(try await store.teamFamily(again.id, for: t.b.centre, at: Self.now)?.notes == [])
            #expect(try await TeamNoteWrittenModel.everyOrganisation(on: store.db).count() == 0, "the withdrawn team's notes are gone everywhere, the centre's too")
            #expect(try await TeamNoteReceivedModel.everyOrganisation(on: store.db).count() == 0)
            #expect(try await FamilyTeamCopyModel.everyOrganisation(on: store.db).count() == 1, "registered twice, one copy")
            let marked = BirthsWithdrawalTests.ada.replacingOccurrences(of: ",yes,no,", with: ",yes,yes,")
            _ = try await BirthsWithdrawalTests.import_(store, [marked], by: t.b.maternity, at: Self.now + 360)
            #expect(try await Self.names(store, t.visitor).isEmpty)
            #expect(try await FamilyTeamCopyModel.everyOrganisation(on: store.db).count() == 0)
        }
    }

    @Test("child health's first sending, marking the same baby do-not-contact, ends the family's team at every member", arguments: TestDatabase.available)
    func markerFromAnotherSender(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let t = try await Self.team(store)
            _ = try await store.registerFamily(t.ada, on: Self.registered, consentFor: Self.shown, by: t.b.centre, at: Self.now + 60)
            #expect(try await Self.names(store, t.visitor) == ["Ada Listed"])
            let marked = BirthsWithdrawalTests.ada.replacingOccurrences(of: ",yes,no,", with: ",yes,yes,")
            _ = try await BirthsWithdrawalTests.import_(store, [marked], by: t.b.childHealth, at: Self.now + 120)
            #expect(try await store.birthsList(for: t.b.centre, at: Self.now + 120).births.isEmpty)
            #expect(try await Self.names(store, t.visitor).isEmpty, "health visiting no longer holds the family")
            #expect(try await FamilyTeamCopyModel.everyOrganisation(on: store.db).count() == 0)
        }
    }

    @Test("consent names only the team the parent was shown: a team changed since is refused, nothing recorded; a new consent drops a member no longer listed",
          arguments: TestDatabase.available)
    func consentNamesTheTeamShown(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let t = try await Self.team(store)
            try await store.setCentreTeam(["RX401"], of: "600101", by: t.b.team, at: Self.now + 10)
            await #expect(throws: StoreError.self) {
                try await store.registerFamily(t.ada, on: Self.registered, consentFor: Self.shown, by: t.b.centre, at: Self.now + 60)
            }
            #expect(try await store.birthsList(for: t.b.centre, at: Self.now).births.first?.registeredOn == nil, "nothing recorded")
            #expect(try await Self.names(store, t.visitor).isEmpty)

            _ = try await store.registerFamily(t.ada, on: Self.registered, consentFor: ["RX401"], by: t.b.centre, at: Self.now + 60)
            #expect(try await Self.names(store, t.visitor) == ["Ada Listed"])
            try await store.setCentreTeam(["353-EH"], of: "600101", by: t.b.team, at: Self.now + 90)
            _ = try await store.registerFamily(t.ada, on: Self.registered, consentFor: ["353-EH"], by: t.b.centre, at: Self.now + 120)
            #expect(try await Self.names(store, t.visitor).isEmpty, "health visiting is no longer in the family's team")
            #expect(try await FamilyTeamCopyModel.everyOrganisation(on: store.db).count() == 0, "early help has no agreement; health visiting's copy is gone")
            #expect(try await store.teamFamilies(for: t.b.centre, at: Self.now).map { $0.members.map(\.code) } == [["600101"]], "early help has no agreement: named, not sent")
        }
    }

    @Test("a note must say something and is bounded; only the early years team lists a team, and only organisations a team may hold", arguments: TestDatabase.available)
    func bounds(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let t = try await Self.team(store)
            _ = try await store.registerFamily(t.ada, on: Self.registered, consentFor: Self.shown, by: t.b.centre, at: Self.now + 60)
            let team = try #require(try await store.teamFamilies(for: t.visitor, at: Self.now).first).id
            for text in ["   ", String(repeating: "x", count: FamilyTeam.noteLimit + 1)] {
                await #expect(throws: StoreError.self) { try await store.shareTeamNote(text, about: team, by: t.visitor, at: Self.now) }
            }
            #expect(try await TeamNoteWrittenModel.everyOrganisation(on: store.db).count() == 0)
            await #expect(throws: StoreError.notAParty) { try await store.setCentreTeam(["RX401"], of: "600101", by: t.b.centre, at: Self.now) }
            await #expect(throws: StoreError.invalidFields([.init(field: "members", message: "‘RX402’ is not an organisation a team around the family may include")])) {
                try await store.setCentreTeam(["RX401", "RX402"], of: "600101", by: t.b.team, at: Self.now)
            }
            #expect(try await store.centreTeams().teams.first { $0.centreCode == "600101" }?.members.map(\.code) == ["353-EH", "RX401"])
        }
    }

    @Test("a health visitor's referral reaches the centre of the family's catchment with the parent's permission; refused without one, or without an agreement, and nothing kept",
          arguments: TestDatabase.available)
    func referral(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let t = try await Self.team(store)
            let born = CalendarDate(year: 2027, month: 1, day: 1)!, permitted = CalendarDate(year: 2027, month: 1, day: 14)!
            var draft = FamilyReferralDraft(parentGivenName: "Fay", parentFamilyName: "Referred", address: "6 Mill Lane", postcode: "aw1 1xy",
                                            reason: "First baby, isolated; would welcome the stay-and-play group.", permission: false)
            await #expect(throws: StoreError.self) { try await store.referFamily(draft, born: born, permissionOn: permitted, by: t.visitor, at: Self.now) }
            draft.permission = true
            #expect(try await store.referFamily(draft, born: born, permissionOn: permitted, by: t.visitor, at: Self.now).get() == "600101")
            let received = try await store.familyReferrals(for: t.b.centre, at: Self.now)
            #expect(received.map(\.parentName) == ["Fay Referred"] && received[0].postcode == "AW1 1XY" && received[0].other == "Health Visiting (RX401)")
            try await store.recordReferralContact(received[0].id, on: permitted.advanced(by: 2), by: t.b.centre, at: Self.now)
            #expect(try await store.familyReferrals(for: t.b.centre, at: Self.now).first?.contactedOn == permitted.advanced(by: 2))
            #expect(try await store.familyReferrals(for: t.b.otherCentre, at: Self.now).isEmpty)

            draft.postcode = "AW2 1AB"   // Brook Children's Centre: no agreement with health visiting
            guard case .failure(let refusal) = try await store.referFamily(draft, born: born, permissionOn: permitted, by: t.visitor, at: Self.now),
                  case .noAgreement = refusal.reason else { Issue.record("no agreement with Brook Children's Centre"); return }
            #expect(try await store.familyReferrals(for: t.visitor, at: Self.now).count == 1, "the refused referral is not kept")
            #expect(try await AuditEntryModel.query(on: store.db).filter(\.$action == AuditAction.shareRefused.rawValue).count() == 1, "the refusal is audited")
            await #expect(throws: StoreError.notAParty) { try await store.referFamily(draft, born: born, permissionOn: permitted, by: t.b.centre, at: Self.now) }

            // Past the referral agreement's retention (12 months), the centre's copy is destroyed; the health visitor's own record stays.
            try await store.destroyExpiredBirths(at: Self.now + 400 * 86_400)
            #expect(try await store.familyReferrals(for: t.b.centre, at: Self.now).isEmpty)
            #expect(try await store.familyReferrals(for: t.visitor, at: Self.now).count == 1)
        }
    }
}

