import FluentKit
import Foundation
import SharewellCore

/// A patient who opted out of early help data matching, as the practice lists them (seed 002: the
/// practice kept name, address and practice patient id to exclude them from every extract).
public struct OptedOutPatient: Sendable, Equatable {
    public let practicePatientID: String
    public let name: String
    public let address: String
    public let receivedOn: String
    public let method: String
}

extension Store {
    /// Records opt-outs from the privacy notice's returned forms (or a call or visit), by practice
    /// patient id, in one transaction: if any id is not one of the practice's registered patients,
    /// the problem names it and nothing is recorded. A patient already opted out is left as they
    /// are. Returns how many were newly opted out.
    public func recordEarlyHelpOptOuts(_ ids: [String], method: String, receivedOn: CalendarDate, by actor: ActingUser, at date: Date) async throws -> Int {
        try await recordEarlyHelpOptOuts(ids, method: method, receivedOn: Optional(receivedOn), by: actor, at: date)
    }

    /// The same from a form read as far as it could be: its own problems (`unreadable`, a date typed
    /// wrongly) come with the ids' and the entry's, in one `invalidFields` (issue 16, item 3).
    public func recordEarlyHelpOptOuts(_ ids: [String], method: String, receivedOn: CalendarDate?, unreadable: [FieldProblem] = [],
                                       by actor: ActingUser, at date: Date) async throws -> Int {
        guard actor.organisationKind == .gpPractice, actor.may(.recordConsent), actor.organisationID != nil else { throw StoreError.notAPractice }
        let wanted = Array(Set(ids.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })).sorted()
        let draft = ConsentDraft(kind: .optedOut, scope: .purpose(.earlyHelpDataMatching), givenBy: "the patient", method: method, givenOn: receivedOn,
                                 unreadable: unreadable)
        var problems: [FieldProblem] = []
        if wanted.isEmpty { problems.append(.init(field: "ids", message: "Enter the practice patient id of at least one patient")) }
        let patients = try await PersonRecordModel.held(by: actor, on: db).filter(\.$source == RecordSource.gpRegistration.rawValue)
            .filter(\.$localID ~~ wanted).all()
        let unknown = Set(wanted).subtracting(patients.map(\.localID)).sorted()
        if !unknown.isEmpty { problems.append(.init(field: "ids", message: "No registered patient has the practice patient id \(unknown.joined(separator: ", "))")) }
        problems += draft.problems(today: CalendarDate(inEngland: date))
        guard problems.isEmpty, let entry = draft.entry else { throw StoreError.invalidFields(problems) }
        let registers = try await consentRegisters(for: try patients.map { try $0.requireID() }, on: db)
        let fresh = try patients.map { try $0.requireID() }.filter { registers[$0]?.optedOut(purpose: .earlyHelpDataMatching, agreement: nil) != true }
        try await auditedTransaction { tx in
            for person in fresh { try await Self.appendConsent(entry, for: person, by: actor, at: date, on: tx) }
        }
        return fresh.count
    }

    /// The practice's patients opted out of early help data matching (and not since rescinded), by
    /// id, named: a view, audited.
    public func earlyHelpOptOuts(for actor: ActingUser, at date: Date) async throws -> [OptedOutPatient] {
        let patients = try await optedOutPatients(for: actor)
        try await audit(.init(action: .viewList, subject: "early_help_opt_outs:\(actor.organisationCode)", purpose: SharingPurpose.earlyHelpDataMatching.rawValue,
                              detail: "\(patients.count) patients", people: patients.map(\.record)), by: actor, at: date)
        return patients.map(\.patient)
    }

    /// How many of the practice's patients have opted out (no names: not a view).
    public func earlyHelpOptOutCount(for actor: ActingUser) async throws -> Int { try await optedOutPatients(for: actor).count }

    /// Each opted-out patient with the practice's record of them.
    private func optedOutPatients(for actor: ActingUser) async throws -> [(record: UUID, patient: OptedOutPatient)] {
        guard actor.organisationKind == .gpPractice, actor.may(.recordConsent), let practiceID = actor.organisationID else { return [] }
        let key = ConsentScope.purpose(.earlyHelpDataMatching).key
        let entries = try await ConsentEntryModel.query(on: db).join(parent: \.$person).filter(PersonRecordModel.self, \.$owner.$id == practiceID)
            .filter(\.$scope == key).sort(\.$sequence).all()
        let byPerson = Dictionary(grouping: entries, by: { $0.$person.id })
        var result: [(record: UUID, patient: OptedOutPatient)] = []
        for (personID, lines) in byPerson {
            guard let newest = lines.last, newest.kind == ConsentEntry.Kind.optedOut.rawValue,
                  let patient = try await PersonRecordModel.held(by: actor, on: db).filter(\.$id == personID).first() else { continue }
            result.append((personID, OptedOutPatient(practicePatientID: patient.localID, name: "\(patient.givenName) \(patient.familyName)",
                                                     address: "\(patient.addressLine), \(patient.postcode)", receivedOn: newest.givenOn, method: newest.method)))
        }
        return result.sorted { $0.patient.practicePatientID < $1.patient.practicePatientID }
    }
}
