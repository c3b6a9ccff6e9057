import FluentKit
import Foundation
import SQLKit
import SharewellCore
@testable import SharewellStore
import SharewellTestSupport
import SyntheticBorough
import Testing

@Suite("Early help: stratification in the secure box, households and shortlists")
struct StratificationStoreTests {
    typealias World = PatientListMatchingTests.World
    static let now = PatientListMatchingTests.now  // 2027-01-15
    static let choice = StratificationChoice(asOf: CalendarDate(iso: "2027-01-14")!, months: 6, minFlags: 2, largestHousehold: 10)

    /// Three linked people A, B, C with council indicators and practice demand codes.
    static func linkedWorld(_ store: Store, extraItems: [DataItem] = [.demandCodes, .councilIndicators, .caseNotes]) async throws -> (World, [EarlyHelpLinkModel]) {
        let w = try await PatientListMatchingTests.world(store, extraItems: extraItems)
        let receipt = try #require(try await store.sendPatientList(to: PatientListMatchingTests.council, by: w.practitioner, at: now).grant)
        _ = try await store.matchPatientList(receipt.extractID, by: w.councilWorker, at: now)
        let links = try await EarlyHelpLinkModel.query(on: store.db).with(\.$councilPerson).sort(\.$practicePatientID).limit(3).all()
        let (a, b, c) = (links[0].councilPerson.localID, links[1].councilPerson.localID, links[2].councilPerson.localID)
        let indicators = """
            person_ref,code,category,source,date
            \(a),ASB,non-health,Community safety,2026-10-01
            \(a),POLICE-DV,non-health,Police,2026-11-02
            \(a),AE,health,Hospital,2026-12-03
            \(a),CIN,non-health,Social care,2026-05-01
            \(b),ASB,non-health,Community safety,2026-09-01
            \(c),IMMS-MISSED,health,Child health,2026-08-01
            \(c),EXCLUSION,non-health,Education,2026-08-02
            """
        try await importIndicators(store, indicators, by: w.councilWorker)
        let codes = "practice_patient_id,code,date\n\(links[0].practicePatientID),GP1,2026-12-01\n\(links[0].practicePatientID),GP2,2026-12-02\n\(links[1].practicePatientID),GP1,2026-12-05\n"
        let sent = try await store.sendDemandCodes(Array(codes.utf8), to: PatientListMatchingTests.council, by: w.practitioner, at: now)
        #expect(sent.grant == DemandCodesReceipt(codes: 3, patients: 2, optedOut: 0))
        return (w, links)
    }

    static func importIndicators(_ store: Store, _ text: String, by actor: ActingUser) async throws {
        _ = try await store.importIndicators(Array(text.utf8), by: actor, at: now)
    }

    @Test("a run over the borough is a job: asked twice it is one job, its result is the run, and only the council's analysts read it", arguments: TestDatabase.available)
    func runAsJob(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let (w, _) = try await Self.linkedWorld(store)
            let ticket = try await store.enqueueStratification(Self.choice, by: w.analyst, at: Self.now)
            let again = try await store.enqueueStratification(Self.choice, by: w.analyst, at: Self.now.addingTimeInterval(1))
            #expect(ticket.isNew && !again.isNew && again.id == ticket.id, "a double click is one run")
            #expect(try await store.stratificationRun(ticket.id, for: w.analyst) == nil, "nothing to read before it ran")
            #expect(try await JobWorker(store.jobQueue, name: "test-worker", now: { Self.now }, logger: JobFixture.quiet).runUntilIdle() == 1)
            let run = try #require(try await store.stratificationRun(ticket.id, for: w.analyst))
            let direct = try await store.earlyHelpStratification(Self.choice, by: w.analyst, at: Self.now)
            #expect(run.people == direct.people && run.sweep == direct.sweep && run.heldOut == direct.heldOut && run.choice == Self.choice && run.events == direct.events)
            for other in [w.councilWorker, w.practitioner] {
                #expect(try await store.stratificationRun(ticket.id, for: other) == nil, "\(other.displayName) reads no run")
                await #expect(throws: StoreError.self) { _ = try await store.enqueueStratification(Self.choice, by: other, at: Self.now) }
            }
            let later = try await store.enqueueStratification(Self.choice, by: w.analyst, at: Self.now.addingTimeInterval(120))
            #expect(later.isNew, "a run asked for later counts again")
        }
    }

    @Test("the analyst's run counts distinct codes from both sides and never holds a name or a reference", arguments: TestDatabase.available)
    func secureBox(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let (w, _) = try await Self.linkedWorld(store)
            let run = try await store.earlyHelpStratification(Self.choice, by: w.analyst, at: Self.now)
            // A: ASB, POLICE-DV, AE, GP1, GP2 in the window (CIN is older than six months); B: ASB, GP1; C: IMMS-MISSED, EXCLUSION.
            #expect(run.people.map(\.flags) == [5, 2, 2] && run.people[0].healthFlags == 3)
            #expect(run.demandCodes == 3 && run.sweep[0].persons == 3 && run.sweep[4].persons == 1)
            let people = try await PersonRecordModel.everyOrganisation(on: store.db).all()
            let identifying = Set(people.flatMap { [$0.givenName, $0.familyName, $0.localID, $0.addressLine] })
            let shown = run.people.map(\.id) + run.households.map(\.id) + run.heldOut.map(\.id)
            #expect(shown.allSatisfy { ($0.hasPrefix("P-") || $0.hasPrefix("H-")) && !identifying.contains($0) }, "\(shown)")
            for worker in [w.councilWorker, w.practitioner] {
                await #expect(throws: StoreError.notTheCouncil) { try await store.earlyHelpStratification(Self.choice, by: worker, at: Self.now) }
            }
        }
    }

    @Test("pseudonyms are keyed: the same under one server key, others under another, and none is stored", arguments: TestDatabase.available)
    func keyedPseudonyms(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let (w, _) = try await Self.linkedWorld(store)
            let first = try await store.earlyHelpStratification(Self.choice, by: w.analyst, at: Self.now).people.map(\.id)
            let again = try await store.earlyHelpStratification(Self.choice, by: w.analyst, at: Self.now).people.map(\.id)
            #expect(first == again && !first.isEmpty, "stable under one key")
            let otherKey = Store(store.db, secrets: ServerSecrets(serverKey: .generate()))
            let other = try await otherKey.earlyHelpStratification(Self.choice, by: w.analyst, at: Self.now).people.map(\.id)
            #expect(Set(other).isDisjoint(with: first), "another key, other pseudonyms: nothing in the database decides them")
            await #expect(throws: StoreError.self) { _ = try await Store(store.db).earlyHelpStratification(Self.choice, by: w.analyst, at: Self.now) }
            let sql = store.db as! any SQLDatabase
            for pseudonym in first {
                struct Row: Decodable { let n: Int }
                let found = try await sql.raw("SELECT COUNT(*) AS n FROM audit_entries WHERE detail LIKE \(bind: "%" + pseudonym + "%")").first(decoding: Row.self)
                #expect(found?.n == 0)
            }
            await #expect(throws: (any Error).self, "the table of random pseudonyms is gone") { try await sql.raw("SELECT * FROM early_help_pseudonyms").run() }
        }
    }

    @Test("an institution or an implausibly large household is held out, not counted as one family", arguments: TestDatabase.available)
    func superFamilies(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let (w, links) = try await Self.linkedWorld(store)
            let a = links[0].councilPerson
            let before = try await store.earlyHelpStratification(Self.choice, by: w.analyst, at: Self.now)
            try await store.markInstitution(address: a.addressLine, postcode: a.postcode, kind: "children's home", label: "Test home", by: w.councilWorker, at: Self.now)
            let after = try await store.earlyHelpStratification(Self.choice, by: w.analyst, at: Self.now)
            #expect(after.heldOut.contains { $0.reason == "Marked as children's home" })
            #expect(after.people.map(\.flags) == before.people.map(\.flags), "people are still counted as people")
            let tiny = try await store.earlyHelpStratification(StratificationChoice(asOf: Self.choice.asOf, minFlags: 2, largestHousehold: 1), by: w.analyst, at: Self.now)
            #expect(tiny.heldOut.contains { $0.reason.contains("more than 1") })
        }
    }

    @Test("each party gets the shortlist as its own ids: the council its references and names, the practice its patient numbers through the gate", arguments: TestDatabase.available)
    func shortlists(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let (w, links) = try await Self.linkedWorld(store)
            let council = try await store.councilShortlist(Self.choice, by: w.councilWorker, at: Self.now)
            #expect(Set(council.map(\.reference)) == Set(links.map(\.councilPerson.localID)))
            #expect(council.allSatisfy { $0.practices == [w.practice] && !$0.name.isEmpty })
            await #expect(throws: StoreError.notTheCouncil) { try await store.councilShortlist(Self.choice, by: w.analyst, at: Self.now) }

            let sent = try await store.sendShortlist(Self.choice, to: w.practice, by: w.councilWorker, at: Self.now)
            #expect(sent.grant == 3)
            let received = try #require(try await store.receivedShortlists(for: w.practitioner).first)
            #expect(Set(received.entries.map(\.practicePatientID)) == Set(links.map(\.practicePatientID)))
            #expect(received.entries.first?.flags == 5 && received.entries.allSatisfy { !$0.name.hasPrefix("(") })
            #expect(try await store.receivedShortlists(for: w.councilWorker).isEmpty)
            let audit = try await store.auditEntries(subject: Store.subject(links[0].$councilPerson.id))
            #expect(audit.contains { $0.action == "share" && $0.detail.contains("to \(w.practice): practice-patient-id council-indicators") })
        }
    }

    @Test("without council indicators in the agreement the practice gets its patient numbers only, no counts", arguments: TestDatabase.available)
    func shortlistWithoutCounts(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let (w, _) = try await Self.linkedWorld(store, extraItems: [.demandCodes])
            #expect(try await store.sendShortlist(Self.choice, to: w.practice, by: w.councilWorker, at: Self.now).grant == 3)
            let received = try #require(try await store.receivedShortlists(for: w.practitioner).first)
            #expect(received.entries.count == 3 && received.entries.allSatisfy { $0.flags == 0 && $0.healthFlags == 0 })
        }
    }
}

extension StratificationStoreTests {
    @Test("each party's disclosure goes through the gate, append-only and versioned, audited per person; without case notes in the agreement nothing is recorded",
          arguments: TestDatabase.available)
    func disclosures(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let (w, links) = try await Self.linkedWorld(store)
            let id = try #require(try await store.scheduleCaseDiscussion(Self.choice, with: w.practice, on: CalendarDate(iso: "2027-01-20")!, place: "Room 1",
                                                                          by: w.councilWorker, at: Self.now).grant)
            let first = try #require(try await store.caseDiscussion(id, for: w.councilWorker, at: Self.now)?.cases.first)
            for words in ["Two police call-outs", "Two police call-outs, one in December", "Two police call-outs, one in December"] {
                #expect(try await store.recordCase(first.id, in: id, CaseRecord(councilDisclosed: words, outcome: .alreadyOpen), by: w.councilWorker, at: Self.now) == nil)
            }
            let versions = try await EarlyHelpDisclosureModel.query(on: store.db).filter(\.$entry.$id == first.id).sort(\.$version).all()
            #expect(versions.map(\.text) == ["Two police call-outs", "Two police call-outs, one in December"], "a new version only when the words change")
            #expect(try await store.caseDiscussion(id, for: w.practitioner, at: Self.now)?.cases.first { $0.id == first.id }?.record?.councilDisclosed == "Two police call-outs, one in December")
            let person = try #require(links.first { $0.councilPerson.localID == first.ownID }?.$councilPerson.id)
            let shares = try await store.auditEntries(subject: Store.subject(person)).filter { $0.action == "share" && $0.detail.contains("case-notes") }
            #expect(shares.count == 2)
        }
    }

    @Test("without case notes in the agreement a disclosure is refused and nothing is recorded", arguments: TestDatabase.available)
    func disclosureRefused(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let (w, _) = try await Self.linkedWorld(store, extraItems: [.demandCodes, .councilIndicators])
            let id = try #require(try await store.scheduleCaseDiscussion(Self.choice, with: w.practice, on: CalendarDate(iso: "2027-01-20")!, place: "Room 1",
                                                                          by: w.councilWorker, at: Self.now).grant)
            let first = try #require(try await store.caseDiscussion(id, for: w.practitioner, at: Self.now)?.cases.first)
            let refusal = try await store.recordCase(first.id, in: id, CaseRecord(practiceDisclosed: "Frequent A&E attendance", outcome: .alreadyOpen), by: w.practitioner, at: Self.now)
            #expect(refusal?.reason.shortfalls == [.doesNotAllow([.caseNotes])])
            #expect(try await store.caseDiscussion(id, for: w.councilWorker, at: Self.now)?.cases.first { $0.id == first.id }?.record == nil)
            #expect(try await EarlyHelpDisclosureModel.query(on: store.db).count() == 0)
        }
    }

    @Test("a meeting years ahead is refused and sends nothing: the shortlist goes to the practice when the meeting is scheduled (review of issue 17, item 4)",
          arguments: TestDatabase.available)
    func meetingFarAhead(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let (w, _) = try await Self.linkedWorld(store)
            let latest = CalendarDate(iso: "2028-01-15")!
            for day in [latest.advanced(by: 1), CalendarDate(iso: "9999-01-01")!] {
                await #expect(throws: StoreError.invalidFields([.init(field: "heldOn", message: "The meeting must be within 12 months of today, by 15 January 2028")])) {
                    try await store.scheduleCaseDiscussion(Self.choice, with: w.practice, on: day, place: "Room 1", by: w.councilWorker, at: Self.now)
                }
            }
            #expect(try await EarlyHelpMeetingModel.query(on: store.db).count() == 0)
            #expect(try await store.scheduleCaseDiscussion(Self.choice, with: w.practice, on: latest, place: "Room 1", by: w.councilWorker, at: Self.now).grant != nil)
        }
    }

    @Test("a case discussion lists the cases in each party's own ids, and records what each disclosed and the outcome", arguments: TestDatabase.available)
    func caseDiscussion(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let (w, links) = try await Self.linkedWorld(store)
            await #expect(throws: StoreError.invalidFields([.init(field: "heldOn", message: "The meeting cannot be in the past")])) {
                try await store.scheduleCaseDiscussion(Self.choice, with: w.practice, on: CalendarDate(iso: "2027-01-01")!, place: "Room 1", by: w.councilWorker, at: Self.now)
            }
            let id = try #require(try await store.scheduleCaseDiscussion(Self.choice, with: w.practice, on: CalendarDate(iso: "2027-01-20")!, place: "Secure room at the practice",
                                                                          by: w.councilWorker, at: Self.now).grant)
            let councilView = try #require(try await store.caseDiscussion(id, for: w.councilWorker, at: Self.now))
            let practiceView = try #require(try await store.caseDiscussion(id, for: w.practitioner, at: Self.now))
            #expect(Set(councilView.cases.map(\.ownID)) == Set(links.map(\.councilPerson.localID)))
            #expect(Set(practiceView.cases.map(\.ownID)) == Set(links.map(\.practicePatientID)))
            #expect(councilView.cases.map(\.flags) == practiceView.cases.map(\.flags))
            #expect(try await store.caseDiscussion(id, for: w.analyst, at: Self.now) == nil)

            let first = practiceView.cases[0]
            await #expect(throws: StoreError.invalidFields([.init(field: "followUpOwner", message: "Enter who will follow the case up"),
                                                            .init(field: "followUpBy", message: "Enter the date the follow-up is due, like 2027-02-15")])) {
                try await store.recordCase(first.id, in: id, CaseRecord(outcome: .focusedCareFollowUp), by: w.practitioner, at: Self.now)
            }
            let record = CaseRecord(councilDisclosed: "Two police call-outs for domestic abuse", practiceDisclosed: "Frequent A&E attendance",
                                    outcome: .focusedCareFollowUp, followUpOwner: "Focused-care worker", followUpBy: CalendarDate(iso: "2027-02-15"))
            #expect(try await store.recordCase(first.id, in: id, record, by: w.practitioner, at: Self.now) == nil)
            // The practice writes only its own words: the council's field it sent is not the practice's to write.
            var recorded = record
            recorded.councilDisclosed = ""
            #expect(try await store.caseDiscussion(id, for: w.councilWorker, at: Self.now)?.cases.first { $0.id == first.id }?.record == recorded)
            try await store.recordCase(first.id, in: id, CaseRecord(practiceDisclosed: "overwritten by the council", outcome: .alreadyOpen), by: w.councilWorker, at: Self.now)
            let after = try #require(try await store.caseDiscussion(id, for: w.practitioner, at: Self.now)?.cases.first { $0.id == first.id }?.record)
            #expect(after.outcome == .alreadyOpen && after.practiceDisclosed == "Frequent A&E attendance", "neither side overwrites the other's words")
            await #expect(throws: StoreError.unknownPerson) { try await store.recordCase(first.id, in: id, record, by: w.analyst, at: Self.now) }
            await #expect(throws: StoreError.unknownPerson, "a case is recorded only under its own meeting") {
                try await store.recordCase(first.id, in: UUID(), record, by: w.practitioner, at: Self.now)
            }
        }
    }
}

