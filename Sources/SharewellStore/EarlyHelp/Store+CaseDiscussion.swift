import FluentKit
import Foundation
import SharewellCore

/// A case discussion as one party sees it: the cases in its own ids only.
public struct CaseDiscussion: Sendable, Equatable {
    public struct Case: Sendable, Equatable {
        public let id: UUID
        /// The council's reference, or the practice patient number: whichever is the viewer's own.
        public let ownID: String
        public let name: String
        public let flags: Int
        public let healthFlags: Int
        public let record: CaseRecord?
        public let recordedBy: String?
    }
    public let id: UUID
    public let heldOn: CalendarDate
    public let place: String
    public let councilName: String
    public let practiceName: String
    public let cases: [Case]
}

extension Store {
    /// How far ahead a case discussion may be scheduled: the shortlist is sent when it is.
    public static let caseDiscussionMonthsAhead = 12

    /// The council schedules a case discussion with a practice (issue 8, item 8): the shortlist is
    /// sent to the practice through the gate as its own patient numbers, and the meeting lists it.
    public func scheduleCaseDiscussion(_ choice: StratificationChoice, with practice: String, on day: CalendarDate, place: String,
                                       by actor: ActingUser, at date: Date) async throws -> Result<UUID, SharingRefusal> {
        let problems = Self.meetingProblems(on: day, place: place, today: CalendarDate(inEngland: date))
        guard problems.isEmpty else { throw StoreError.invalidFields(problems) }
        let sent = try await sendShortlistReturningID(choice, to: practice, occasion: "meeting on \(day)", by: actor, at: date)
        guard case .success(let (shortlistID, _)) = sent else { return sent.map { _ in UUID() } }
        let meeting = EarlyHelpMeetingModel()
        meeting.$shortlist.id = shortlistID; meeting.heldOn = day.description; meeting.place = place.trimmingCharacters(in: .whitespaces)
        meeting.createdBy = "\(actor.displayName), \(actor.organisationCode)"
        try await auditedTransaction { tx in
            try await meeting.create(on: tx)
            try await AuditLog.append(.init(action: .caseDiscussionScheduled, subject: "meeting:\(meeting.id!.uuidString.lowercased())", purpose: SharingPurpose.earlyHelpDataMatching.rawValue,
                                            detail: "with \(practice) on \(day)", text: "at \(meeting.place)"), by: actor, at: date, on: tx)
        }
        return .success(try meeting.requireID())
    }

    /// What is wrong with a meeting's day (`nil`: not read, so not judged) and place, all at once, so
    /// a form names them beside its own problems in one answer.
    public static func meetingProblems(on day: CalendarDate?, place: String, today: CalendarDate) -> [FieldProblem] {
        var problems: [FieldProblem] = []
        if let day, day < today { problems.append(.init(field: "heldOn", message: "The meeting cannot be in the past")) }
        // The shortlist goes to the practice now: a meeting years away would hand it over with no
        // discussion in sight (the review of 7 December 2026, finding 4).
        if let day, day > today.adding(months: caseDiscussionMonthsAhead) {
            problems.append(.init(field: "heldOn", message: "The meeting must be within \(caseDiscussionMonthsAhead) months of today, by \(today.adding(months: caseDiscussionMonthsAhead).longDescription)"))
        }
        if place.trimmingCharacters(in: .whitespaces).isEmpty { problems.append(.init(field: "place", message: "Enter where the meeting is held, for example a secure room at the practice")) }
        return problems
    }

    /// The discussions the actor's organisation is a party to, newest first (the list page shows
    /// when, where and how many cases; a page that shows the cases' names uses `caseDiscussion`).
    public func caseDiscussions(for actor: ActingUser) async throws -> [CaseDiscussion] {
        var result: [CaseDiscussion] = []
        for meeting in try await meetingsVisible(to: actor) { if let d = try await discussion(try meeting.requireID(), for: actor)?.discussion { result.append(d) } }
        return result.sorted { $0.heldOn > $1.heldOn }
    }

    /// One discussion in the actor's own ids, its cases named: a view, audited. `nil` when the
    /// actor's organisation is not a party.
    public func caseDiscussion(_ id: UUID, for actor: ActingUser, at date: Date) async throws -> CaseDiscussion? {
        guard let (found, people) = try await discussion(id, for: actor) else { return nil }
        try await audit(.init(action: .view, subject: "meeting:\(id.uuidString.lowercased())", purpose: SharingPurpose.earlyHelpDataMatching.rawValue,
                              detail: "\(found.cases.count) cases", people: people), by: actor, at: date)
        return found
    }

    /// The discussion in the actor's own ids, and the actor's person records whose names it shows.
    private func discussion(_ id: UUID, for actor: ActingUser) async throws -> (discussion: CaseDiscussion, people: [UUID])? {
        guard let meeting = try await meetingsVisible(to: actor).first(where: { $0.id == id }) else { return nil }
        let shortlist = meeting.shortlist
        let councilSide = actor.organisationID == shortlist.$council.id
        // Each side reads its own people only: the council its records, the practice its patients.
        let entries = try await EarlyHelpShortlistEntryModel.query(on: db).filter(\.$shortlist.$id == shortlist.requireID()).all()
        let councilPeople = councilSide ? Dictionary(try await PersonRecordModel.held(by: actor, on: db).filter(\.$id ~~ entries.map { $0.$councilPerson.id }).all()
            .map { ($0.id!, $0) }) { a, _ in a } : [:]
        let outcomes = Dictionary(try await EarlyHelpCaseOutcomeModel.query(on: db).filter(\.$entry.$id ~~ entries.map { $0.id! }).all().map { ($0.$entry.id, $0) }) { a, _ in a }
        let disclosures = try await latestDisclosures(of: entries.map { $0.id! })
        let patientRecords = councilSide ? [] : try await PersonRecordModel.held(by: actor, on: db).filter(\.$source == RecordSource.gpRegistration.rawValue)
            .filter(\.$localID ~~ entries.map(\.practicePatientID)).all()
        let patients = Dictionary(patientRecords.map { ($0.localID, "\($0.givenName) \($0.familyName)") }) { a, _ in a }
        let cases = try entries.map { e in
            let o = outcomes[try e.requireID()]
            return CaseDiscussion.Case(id: try e.requireID(), ownID: councilSide ? councilPeople[e.$councilPerson.id]?.localID ?? "" : e.practicePatientID,
                                       name: councilSide ? councilPeople[e.$councilPerson.id].map { "\($0.givenName) \($0.familyName)" } ?? "" : patients[e.practicePatientID] ?? "(no longer registered)",
                                       flags: e.flags, healthFlags: e.healthFlags,
                                       record: o.map { Self.record($0, council: disclosures[e.id!]?[shortlist.council.code], practice: disclosures[e.id!]?[shortlist.practice.code]) },
                                       recordedBy: o?.recordedBy)
        }.sorted { ($0.flags, $1.ownID) > ($1.flags, $0.ownID) }
        let people = councilSide ? Array(councilPeople.keys) : patientRecords.compactMap(\.id)
        return (CaseDiscussion(id: id, heldOn: CalendarDate(iso: meeting.heldOn)!, place: meeting.place, councilName: shortlist.council.name,
                               practiceName: shortlist.practice.name, cases: cases), people)
    }

    /// Meetings whose shortlist the actor's organisation sent or received (staff who may see records only).
    func meetingsVisible(to actor: ActingUser) async throws -> [EarlyHelpMeetingModel] {
        guard actor.may(.viewIdentifiableRecords), let organisationID = actor.organisationID else { return [] }
        return try await EarlyHelpMeetingModel.query(on: db).join(parent: \.$shortlist)
            .group(.or) { $0.filter(EarlyHelpShortlistModel.self, \.$council.$id == organisationID).filter(EarlyHelpShortlistModel.self, \.$practice.$id == organisationID) }
            .with(\.$shortlist) { $0.with(\.$council).with(\.$practice) }.all()
    }

    /// The outcome with each party's newest disclosure (before migration 018 both sat in the outcome's row).
    private static func record(_ o: EarlyHelpCaseOutcomeModel, council: String?, practice: String?) -> CaseRecord {
        CaseRecord(councilDisclosed: council ?? o.councilDisclosed, practiceDisclosed: practice ?? o.practiceDisclosed, outcome: CaseOutcome(rawValue: o.outcome),
                   followUpOwner: o.followUpOwner, followUpBy: o.followUpBy.flatMap { CalendarDate(iso: $0) })
    }
}
