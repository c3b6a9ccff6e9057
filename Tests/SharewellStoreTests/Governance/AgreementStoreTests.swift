import Foundation
import SharewellCore
@testable import SharewellStore
import SharewellTestSupport
import Testing

@Suite("Agreements, the register and recorded decisions in the store")
struct AgreementStoreTests {
    typealias Fixture = GovernanceFixture

    @Test("a revision is a new version; the approved one stays in force until the revision is approved by every party", arguments: TestDatabase.available)
    func history(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let f = try await Fixture.make(store)
            let id = try await f.activeAgreement()
            var revised = Fixture.terms()
            revised.dataItems.append(.attendancePeriod)
            try await store.reviseAgreement(id, revised, note: "Add the period", by: f.user("P81001", .informationGovernanceLead), at: Fixture.now)
            let day = CalendarDate(inEngland: Fixture.now)
            var record = try #require(try await store.agreement(id, for: f.user("P81001", .panelMember), on: day))
            #expect(record.versions.map(\.number) == [2, 1])
            #expect(record.inForce?.number == 1)
            #expect(record.versions[1].terms == Fixture.terms(), "version 1 is unchanged")
            #expect(try await f.share(f.bulkRequest(f.records(of: "200101"), items: [.attendancePeriod])).refusal != nil)
            for code in ["200101", "P81001"] { try await store.approveAgreement(id, by: f.user(code, .informationGovernanceLead), at: Fixture.now) }
            record = try #require(try await store.agreement(id, for: f.user("P81001", .panelMember), on: day))
            #expect(record.inForce?.number == 2)
            #expect(try await f.share(f.bulkRequest(f.records(of: "200101"), items: [.attendancePeriod])).grant != nil)
            await #expect(throws: StoreError.alreadyApproved) { try await store.approveAgreement(id, by: f.user("P81001", .informationGovernanceLead), at: Fixture.now) }
        }
    }

    @Test("only parties see an agreement; only their IG leads draft, approve or change it", arguments: TestDatabase.available)
    func partiesOnly(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let f = try await Fixture.make(store)
            let id = try await f.activeAgreement()
            let day = CalendarDate(inEngland: Fixture.now)
            #expect(try await store.agreement(id, for: f.user("P81002", .informationGovernanceLead), on: day) == nil)
            #expect(try await store.agreements(for: f.user("P81002", .informationGovernanceLead), on: CalendarDate(inEngland: Fixture.now)).isEmpty)
            #expect(try await store.agreements(for: f.user("200101", .practitioner), on: CalendarDate(inEngland: Fixture.now)).map(\.id) == [id])
            await #expect(throws: StoreError.notAParty) { try await store.approveAgreement(id, by: f.user("P81002", .informationGovernanceLead), at: Fixture.now) }
            await #expect(throws: StoreError.notAParty) { try await store.createAgreement(Fixture.terms(), by: f.user("200101", .safeguardingLead), at: Fixture.now) }
            await #expect(throws: StoreError.notAParty) {
                try await store.changeAgreement(id, .suspended, reason: "x", by: f.user("200101", .practitioner), at: Fixture.now)
            }
        }
    }

    @Test("a party removed by the version in force no longer reads, revises, suspends or ends the agreement", arguments: TestDatabase.available)
    func removedParty(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let f = try await Fixture.make(store)
            let three = Fixture.terms(parties: ["200101", "P81001", "P81002"])
            let id = try await f.activeAgreement(three)
            let removed = f.user("P81002", .informationGovernanceLead), day = CalendarDate(inEngland: Fixture.now)
            try await store.reviseAgreement(id, Fixture.terms(), note: "P81002 leaves", by: f.user("200101", .informationGovernanceLead), at: Fixture.now)
            for code in ["200101", "P81001"] { try await store.approveAgreement(id, by: f.user(code, .informationGovernanceLead), at: Fixture.now) }
            let pending = try #require(try await store.agreement(id, for: removed, on: day), "still a party until it approves its removal")
            #expect(pending.inForce?.number == 1 && pending.approversOfNewest == ["200101", "P81001", "P81002"])
            try await store.approveAgreement(id, by: removed, at: Fixture.now)
            #expect(try await store.agreement(id, for: removed, on: day) == nil)
            #expect(try await store.agreements(for: removed, on: CalendarDate(inEngland: Fixture.now)).isEmpty)
            await #expect(throws: StoreError.notAParty) { try await store.reviseAgreement(id, three, note: "back in", by: removed, at: Fixture.now) }
            for change in Store.AgreementChange.allCases {
                await #expect(throws: StoreError.notAParty) { try await store.changeAgreement(id, change, reason: "x", by: removed, at: Fixture.now) }
            }
            #expect(try await store.agreement(id, for: f.user("P81001", .panelMember), on: day)?.standing == .active)
        }
    }

    @Test("a party proposed by a pending revision cannot take the agreement over without those bound by it", arguments: TestDatabase.available)
    func noTakeover(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let f = try await Fixture.make(store)
            let id = try await f.activeAgreement()
            try await store.reviseAgreement(id, Fixture.terms(parties: ["200101", "P81001", "P81002"]), note: "P81002 joins", by: f.user("200101", .informationGovernanceLead), at: Fixture.now)
            var takeover = Fixture.terms(parties: ["P81002", "353-EH"])
            takeover.discloser = nil
            let newcomer = f.user("P81002", .informationGovernanceLead)
            try await store.reviseAgreement(id, takeover, note: "ours now", by: newcomer, at: Fixture.now)
            for user in [newcomer, f.user("353-EH", .informationGovernanceLead)] { try await store.approveAgreement(id, by: user, at: Fixture.now) }
            let day = CalendarDate(inEngland: Fixture.now)
            let record = try #require(try await store.agreement(id, for: f.user("200101", .informationGovernanceLead), on: day))
            #expect(record.inForce?.number == 1, "version 1 stays in force")
            #expect(record.standing == .active)
            #expect(try await f.share(f.bulkRequest(f.records(of: "200101"))).grant != nil, "the school still shares under version 1")
        }
    }

    @Test("a removed party's suspension goes with it", arguments: TestDatabase.available)
    func removedPartysSuspension(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let f = try await Fixture.make(store)
            let three = Fixture.terms(parties: ["200101", "P81001", "P81002"])
            let id = try await f.activeAgreement(three)
            let leaving = f.user("P81002", .informationGovernanceLead)
            try await store.changeAgreement(id, .suspended, reason: "we are leaving", by: leaving, at: Fixture.now)
            try await store.reviseAgreement(id, Fixture.terms(), note: "P81002 leaves", by: f.user("200101", .informationGovernanceLead), at: Fixture.now + 60)
            for user in [f.user("200101", .informationGovernanceLead), f.user("P81001", .informationGovernanceLead), leaving] {
                try await store.approveAgreement(id, by: user, at: Fixture.now + 60)
            }
            let record = try #require(try await store.agreement(id, for: f.user("P81001", .panelMember), on: CalendarDate(inEngland: Fixture.now)))
            #expect(record.suspendedBy.isEmpty && record.standing == .active)
        }
    }

    @Test("each party lifts only its own suspension; the agreement is suspended while any stands", arguments: TestDatabase.available)
    func suspensions(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let f = try await Fixture.make(store)
            let id = try await f.activeAgreement()
            let school = f.user("200101", .informationGovernanceLead), practice = f.user("P81001", .informationGovernanceLead)
            var clock = Fixture.now
            func change(_ change: Store.AgreementChange, by user: ActingUser) async throws {
                clock += 60
                try await store.changeAgreement(id, change, reason: "reason", by: user, at: clock)
            }
            func standing() async throws -> AgreementRecord? { try await store.agreement(id, for: school, on: CalendarDate(inEngland: Fixture.now)) }
            await #expect(throws: StoreError.notSuspended) { try await change(.resumed, by: school) }
            try await change(.suspended, by: practice)
            await #expect(throws: StoreError.alreadySuspended) { try await change(.suspended, by: practice) }
            await #expect(throws: StoreError.suspendedByAnotherParty(["P81001"])) { try await change(.resumed, by: school) }
            #expect(try await standing()?.suspendedBy == ["P81001"])
            try await change(.suspended, by: school)
            try await change(.resumed, by: practice)
            #expect(try await standing()?.standing == .suspended, "the school's suspension still stands")
            #expect(try await f.share(f.bulkRequest(f.records(of: "200101"))).refusal != nil)
            try await change(.resumed, by: school)
            #expect(try await standing()?.standing == .active)
        }
    }

    @Test("consent for an agreement is recorded only for one the organisation is a party to", arguments: TestDatabase.available)
    func consentScope(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let f = try await Fixture.make(store)
            var terms = Fixture.terms(parties: ["P81001", "P81002"])
            terms.discloser = nil
            let theirs = try await store.createAgreement(terms, by: f.user("P81001", .informationGovernanceLead), at: Fixture.now)
            let person = try #require(f.records(of: "200101").first)
            for scope in [theirs.uuidString.lowercased(), UUID().uuidString.lowercased(), "\"><img src=x>"] {
                await #expect(throws: StoreError.invalidFields([.init(field: "scope", message: "Choose an agreement your organisation is a party to")])) {
                    try await f.record(.given, .agreement(scope), for: person)
                }
            }
        }
    }

    @Test("bad terms are refused with every problem named, and nothing is stored", arguments: TestDatabase.available)
    func badTerms(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let f = try await Fixture.make(store)
            var terms = Fixture.terms()
            terms.parties = ["200101", "ZZ999"]
            terms.legalBases = []
            do {
                _ = try await store.createAgreement(terms, by: f.user("200101", .informationGovernanceLead), at: Fixture.now)
                Issue.record("accepted bad terms")
            } catch StoreError.invalidFields(let problems) {
                #expect(problems.map(\.field).sorted() == ["legalBases", "parties"])
                #expect(problems.contains { $0.message.contains("ZZ999 is not in the directory") })
            }
            #expect(try await store.agreements(for: f.user("200101", .informationGovernanceLead), on: CalendarDate(inEngland: Fixture.now)).isEmpty)
        }
    }

    @Test("the IG lead is reminded of approvals awaited and reviews due within a month", arguments: TestDatabase.available)
    func reminders(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let f = try await Fixture.make(store)
            let id = try await store.createAgreement(Fixture.terms(review: "2027-02-01"), by: f.user("200101", .informationGovernanceLead), at: Fixture.now)
            let day = CalendarDate(inEngland: Fixture.now)
            let lead = f.user("P81001", .informationGovernanceLead)
            #expect(try await store.agreementReminders(for: lead, on: day).map(\.message) == ["Version 1 awaits your approval"])
            for code in ["200101", "P81001"] { try await store.approveAgreement(id, by: f.user(code, .informationGovernanceLead), at: Fixture.now) }
            #expect(try await store.agreementReminders(for: lead, on: day).map(\.message) == ["Review due on 2027-02-01"])
            #expect(try await store.agreementReminders(for: lead, on: CalendarDate(iso: "2027-02-02")!).map(\.message) == ["Review overdue since 2027-02-01"])
            #expect(try await store.agreementReminders(for: lead, on: CalendarDate(iso: "2026-12-01")!).isEmpty)
            #expect(try await store.agreementReminders(for: f.user("P81001", .practitioner), on: day).isEmpty)
        }
    }

    @Test("the register keeps every line; bad entries name their field and change nothing", arguments: TestDatabase.available)
    func register(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let f = try await Fixture.make(store)
            let person = f.records(of: "200101")[0]
            try await f.record(.given, .purpose(.teamAroundTheChild), for: person)
            try await f.record(.withdrawn, .purpose(.teamAroundTheChild), for: person)
            let lead = f.user("200101", .safeguardingLead)
            let bad = NewConsentEntry(kind: .refused, scope: .purpose(.teamAroundTheChild), givenBy: "", method: "", givenOn: CalendarDate(iso: "2030-01-01")!,
                                      expires: CalendarDate(iso: "2031-01-01"))
            await #expect(throws: StoreError.invalidFields(bad.problems(today: CalendarDate(inEngland: Fixture.now)))) {
                try await store.recordConsent(bad, for: person, by: lead, at: Fixture.now)
            }
            #expect(bad.problems(today: CalendarDate(inEngland: Fixture.now)).map(\.field) == ["givenBy", "method", "givenOn", "expires"])
            let history = try #require(try await store.consentHistory(for: person, by: lead, at: Fixture.now))
            #expect(history.map(\.kind) == [.given, .withdrawn])
            #expect(history.allSatisfy { $0.recordedBy.contains("200101") })
            #expect(try await store.consentHistory(for: person, by: f.user("P81001", .safeguardingLead), at: Fixture.now) == nil)
            await #expect(throws: StoreError.unknownPerson) {
                try await store.recordConsent(.init(kind: .given, scope: .purpose(.liveBirths), givenBy: "x", method: "y", givenOn: CalendarDate(iso: "2027-01-01")!),
                                              for: person, by: f.user("P81001", .safeguardingLead), at: Fixture.now)
            }
        }
    }

    @Test("a recorded decision is decided again from its facts, and needs a justification where the rules say so", arguments: TestDatabase.available)
    func decisions(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let f = try await Fixture.make(store)
            let facts = SharingFacts(identifiable: true, bulk: false, agreement: .none, dpia: false, consent: .notSought, consentWouldEndanger: true)
            let practitioner = f.user("200101", .practitioner)
            await #expect(throws: StoreError.invalidFields([.init(field: "justification", message: "Enter your justification for sharing without consent")])) {
                try await store.recordDecision(facts: facts, recipient: "353-EH", purpose: .teamAroundTheChild, personID: nil, justification: " ", by: practitioner, at: Fixture.now)
            }
            let id = try await store.recordDecision(facts: facts, recipient: "353-EH", purpose: .teamAroundTheChild, personID: f.records(of: "200101")[0],
                                                    justification: "Telling the father would alert him", by: practitioner, at: Fixture.now)
            let decision = try #require(try await store.sharingDecision(id, for: f.user("200101", .informationGovernanceLead)))
            #expect(decision.outcome == .shareWithJustification)
            #expect(decision.path == SharingDecision.decide(facts).path)
            #expect(try await store.sharingDecision(id, for: f.user("P81001", .informationGovernanceLead)) == nil)
        }
    }
}

extension AgreementStoreTests {
    @Test("a second agreement between the same parties for the same purpose is refused, naming the live one, even drafted twice at once; once it ends, a new one may be drafted",
          arguments: TestDatabase.available)
    func oneLiveAgreement(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let f = try await Fixture.make(store)
            let lead = f.user("200101", .informationGovernanceLead)
            let drafts = try await withThrowingTaskGroup(of: UUID?.self) { group in
                for _ in 0..<3 { group.addTask { try? await store.createAgreement(Fixture.terms(), by: lead, at: Fixture.now) } }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            let first = try #require(drafts.compactMap { $0 }.first)
            #expect(drafts.compactMap { $0 }.count == 1, "a double click drafts one agreement")
            let title = Fixture.terms().title
            await #expect(throws: StoreError.duplicateAgreement(id: first, title: title)) { try await store.createAgreement(Fixture.terms(bulk: false), by: lead, at: Fixture.now) }
            for code in ["200101", "P81001"] { try await store.approveAgreement(first, by: f.user(code, .informationGovernanceLead), at: Fixture.now) }
            await #expect(throws: StoreError.duplicateAgreement(id: first, title: title), "in force") { try await store.createAgreement(Fixture.terms(), by: lead, at: Fixture.now) }

            // Other parties, or another purpose, are other agreements.
            var others = Fixture.terms()
            others.parties = ["200101", "P81002"]
            #expect(try await store.createAgreement(others, by: lead, at: Fixture.now) != first)

            try await store.changeAgreement(first, .ended, reason: "replaced", by: lead, at: Fixture.now)
            #expect(try await store.createAgreement(Fixture.terms(), by: lead, at: Fixture.now) != first)
        }
    }
}
