import FluentKit
import Foundation
import SharewellCore

/// A shortlisted person as the council's early help team sees them, re-identified inside the council.
public struct CouncilShortlistEntry: Sendable, Equatable {
    public let personID: UUID
    public let reference: String
    public let name: String
    public let flags: Int
    public let healthFlags: Int
    /// The practices whose patient they were matched to.
    public let practices: [String]
}

/// A shortlist as a practice received it: its own patient numbers, re-identified inside the practice.
public struct PracticeShortlist: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public let practicePatientID: String
        public let name: String
        public let flags: Int
        public let healthFlags: Int
    }
    public let id: UUID
    public let councilName: String
    public let sentAt: Date
    public let asOf: String
    public let minFlags: Int
    public let entries: [Entry]
}

extension Store {
    /// The shortlist in the council's own references and names (issue 8, item 7), for its early help
    /// team; the analyst's run gave only pseudonyms. A view of names, audited.
    public func councilShortlist(_ choice: StratificationChoice, by actor: ActingUser, at date: Date) async throws -> [CouncilShortlistEntry] {
        let entries = try await shortlistEntries(choice, by: actor)
        try await audit(.init(action: .viewList, subject: "early_help_shortlist:\(actor.organisationCode)", purpose: SharingPurpose.earlyHelpDataMatching.rawValue,
                              detail: "\(entries.count) people, as of \(choice.asOf)", people: entries.map(\.personID)), by: actor, at: date)
        return entries
    }

    func shortlistEntries(_ choice: StratificationChoice, by actor: ActingUser) async throws -> [CouncilShortlistEntry] {
        guard actor.may(.viewIdentifiableRecords) else { throw StoreError.notTheCouncil }
        let councilID = try councilID(actor)
        let (run, people) = try await stratify(choice, by: actor)
        var practicesOf: [UUID: Set<String>] = [:]
        let codes = Dictionary(try await OrganisationModel.query(on: db).filter(\.$kind == OrganisationKind.gpPractice.rawValue).all().map { ($0.id!, $0.code) }) { a, _ in a }
        for (key, person) in try await linkedPatients(councilID: councilID) {
            if let practice = UUID(uuidString: String(key.prefix { $0 != "|" })).flatMap({ codes[$0] }) { practicesOf[person, default: []].insert(practice) }
        }
        return try run.people.compactMap { ranked in
            guard let person = people[ranked.id] else { return nil }
            let id = try person.requireID()
            return CouncilShortlistEntry(personID: id, reference: person.localID, name: "\(person.givenName) \(person.familyName)", flags: ranked.flags,
                                         healthFlags: ranked.healthFlags, practices: (practicesOf[id] ?? []).sorted())
        }
    }

    /// Sends a practice the shortlisted people matched to its patients, as its own patient numbers,
    /// through the gate (the agreement must let the council disclose practice patient numbers).
    public func sendShortlist(_ choice: StratificationChoice, to practice: String, by actor: ActingUser, at date: Date) async throws -> Result<Int, SharingRefusal> {
        try await sendShortlistReturningID(choice, to: practice, by: actor, at: date).map(\.count)
    }

    /// `occasion` tells apart sendings of the same shortlist for different meetings.
    func sendShortlistReturningID(_ choice: StratificationChoice, to practice: String, occasion: String = "",
                                  by actor: ActingUser, at date: Date) async throws -> Result<(id: UUID, count: Int), SharingRefusal> {
        let entries = try await shortlistEntries(choice, by: actor).filter { $0.practices.contains(practice) }
        guard !entries.isEmpty else { return .failure(.init(.nothingToSend("None of the shortlisted people were matched to \(practice)'s patients."))) }
        let flags = Dictionary(uniqueKeysWithValues: entries.map { ($0.personID, ($0.flags, $0.healthFlags)) })
        // The indicator counts go only where the agreement allows council indicators.
        let request = try await allowing([.councilIndicators], in: SharingRequest(recipient: practice, purpose: .earlyHelpDataMatching, items: [.practicePatientID], bulk: true,
                                                                                   subjects: entries.map(\.personID),
                                                                                   period: "\(choice.months) months to \(choice.asOf), \(choice.minFlags)+ flags" + (occasion.isEmpty ? "" : ", \(occasion)")),
                                         by: actor, at: date)
        let withCounts = request.items.contains(.councilIndicators)
        let councilID = try councilID(actor), day = CalendarDate(inEngland: date), id = UUID()
        let outcome = try await share(request, from: LinkedPatientSource(), by: actor, at: date) { delivery in
            let grant = delivery.grant
            let shortlist = EarlyHelpShortlistModel()
            shortlist.id = id; shortlist.$council.id = councilID; shortlist.$practice.id = delivery.recipient; shortlist.agreementID = grant.agreementID
            shortlist.asOf = choice.asOf.description; shortlist.months = choice.months; shortlist.minFlags = choice.minFlags; shortlist.sentAt = date
            shortlist.destroyAfter = day.adding(months: grant.retentionMonths).description
            try await delivery.keep(shortlist)
            try await delivery.keep(grant.people.map { person in
                let entry = EarlyHelpShortlistEntryModel()
                entry.$shortlist.id = id; entry.$councilPerson.id = person.person; entry.practicePatientID = person.items[.practicePatientID] ?? ""
                (entry.flags, entry.healthFlags) = withCounts ? flags[person.person] ?? (0, 0) : (0, 0)
                return entry
            })
        }
        return outcome.map { (id, $0.people.count) }
    }

    /// The shortlists the actor's practice received, each patient re-identified from the practice's own records.
    public func receivedShortlists(for actor: ActingUser) async throws -> [PracticeShortlist] {
        guard actor.organisationKind == .gpPractice, actor.may(.viewIdentifiableRecords), let practiceID = actor.organisationID else { return [] }
        let patients = Dictionary(try await PersonRecordModel.held(by: actor, on: db).filter(\.$source == RecordSource.gpRegistration.rawValue).all()
            .map { ($0.localID, "\($0.givenName) \($0.familyName)") }) { a, _ in a }
        var result: [PracticeShortlist] = []
        for list in try await EarlyHelpShortlistModel.query(on: db).filter(\.$practice.$id == practiceID).with(\.$council).sort(\.$sentAt, .descending).all() {
            let entries = try await EarlyHelpShortlistEntryModel.query(on: db).filter(\.$shortlist.$id == list.requireID()).all()
                .map { PracticeShortlist.Entry(practicePatientID: $0.practicePatientID, name: patients[$0.practicePatientID] ?? "(no longer registered)", flags: $0.flags, healthFlags: $0.healthFlags) }
                .sorted { ($0.flags, $1.practicePatientID) > ($1.flags, $0.practicePatientID) }
            result.append(PracticeShortlist(id: try list.requireID(), councilName: list.council.name, sentAt: list.sentAt, asOf: list.asOf, minFlags: list.minFlags, entries: entries))
        }
        return result
    }
}
