import FluentKit
import Foundation
import SharewellCore

/// A consent, refusal, withdrawal or opt-out as it is recorded.
public struct NewConsentEntry: Sendable {
    public var kind: ConsentEntry.Kind
    public var scope: ConsentScope
    /// Who gave or refused it: "the person", "mother, Jane Doe", ...
    public var givenBy: String
    /// How: "verbal, at the antenatal booking", "written, early help assessment", "opt-out form".
    public var method: String
    public var givenOn: CalendarDate
    public var expires: CalendarDate?
    public var note: String

    public init(kind: ConsentEntry.Kind, scope: ConsentScope, givenBy: String, method: String, givenOn: CalendarDate,
                expires: CalendarDate? = nil, note: String = "") {
        self.kind = kind; self.scope = scope; self.givenBy = givenBy; self.method = method
        self.givenOn = givenOn; self.expires = expires; self.note = note
    }

    public func problems(today: CalendarDate) -> [FieldProblem] {
        var problems: [FieldProblem] = []
        if givenBy.trimmingCharacters(in: .whitespaces).isEmpty { problems.append(.init(field: "givenBy", message: "Enter who gave, refused or withdrew consent")) }
        if method.trimmingCharacters(in: .whitespaces).isEmpty { problems.append(.init(field: "method", message: "Enter how it was given, for example verbally at a visit")) }
        if givenOn > today { problems.append(.init(field: "givenOn", message: "The date cannot be in the future")) }
        if let expires, expires <= givenOn { problems.append(.init(field: "expires", message: "The expiry date must be after the date it was given")) }
        if expires != nil, kind != .given { problems.append(.init(field: "expires", message: "Only consent that was given can have an expiry date")) }
        return problems
    }
}

/// One line of a person's register history.
public struct ConsentHistoryLine: Sendable, Equatable {
    public let sequence: Int
    public let kind: ConsentEntry.Kind
    public let scope: ConsentScope
    public let givenBy: String
    public let method: String
    public let givenOn: String
    public let expires: String?
    public let note: String
    public let recordedBy: String
    public let recordedAt: Date
}

extension Store {
    /// Adds a line to a person's register. Nothing is edited: a withdrawal is a new line, in force at once.
    public func recordConsent(_ entry: NewConsentEntry, for personID: UUID, by actor: ActingUser, at date: Date) async throws {
        guard actor.may(.recordConsent) else { throw StoreError.unknownPerson }
        var problems = entry.problems(today: CalendarDate(inEngland: date))
        if case .agreement(let key) = entry.scope, try await !isParty(toAgreement: key, actor) {
            problems.append(.init(field: "scope", message: "Choose an agreement your organisation is a party to"))
        }
        guard problems.isEmpty else { throw StoreError.invalidFields(problems) }
        try await auditedTransaction { tx in
            guard try await Self.visibleRecords(to: actor, on: tx)?.filter(\.$id == personID).first() != nil else { throw StoreError.unknownPerson }
            try await Self.appendConsent(entry, for: personID, by: actor, at: date, on: tx)
        }
    }

    /// The new line and its audit entry, inside the caller's transaction (the caller has checked the
    /// entry and that the person is the actor's to record for).
    static func appendConsent(_ entry: NewConsentEntry, for personID: UUID, by actor: ActingUser, at date: Date, on tx: any Database) async throws {
        let last = try await ConsentEntryModel.query(on: tx).filter(\.$person.$id == personID).max(\.$sequence) ?? 0
        let model = ConsentEntryModel()
        model.$person.id = personID
        model.sequence = last + 1
        model.kind = entry.kind.rawValue
        model.scope = entry.scope.key
        model.givenBy = entry.givenBy.trimmingCharacters(in: .whitespaces)
        model.method = entry.method.trimmingCharacters(in: .whitespaces)
        model.givenOn = entry.givenOn.description
        model.expiresOn = entry.expires?.description
        model.note = entry.note.trimmingCharacters(in: .whitespacesAndNewlines)
        model.recordedBy = "\(actor.displayName), \(actor.organisationCode)"
        model.recordedAt = date
        try await model.create(on: tx)
        try await AuditLog.append(.init(action: .recordConsent, subject: Self.subject(personID), purpose: entry.scope.key,
                                        detail: entry.kind.rawValue, text: "given by \(model.givenBy), \(model.method)"), by: actor, at: date, on: tx)
    }

    /// The person's whole register history, oldest first; `nil` (a 404) if the record is not visible.
    public func consentHistory(for personID: UUID, by actor: ActingUser, at date: Date) async throws -> [ConsentHistoryLine]? {
        try await auditedTransaction { tx in
            guard try await Self.visibleRecords(to: actor, on: tx)?.filter(\.$id == personID).first() != nil else { return nil }
            try await AuditLog.append(.init(action: .viewConsent, subject: Self.subject(personID), purpose: Self.purpose(of: actor)),
                                      by: actor, at: date, on: tx)
            return try await ConsentEntryModel.query(on: tx).filter(\.$person.$id == personID).sort(\.$sequence).all().compactMap(\.line)
        }
    }

    /// Each person's register, for the gate.
    func consentRegisters(for people: [UUID], on database: any Database) async throws -> [UUID: ConsentRegister] {
        var entries: [UUID: [ConsentEntry]] = [:]
        for chunk in stride(from: 0, to: people.count, by: 500).map({ Array(people[$0..<min($0 + 500, people.count)]) }) {
            for model in try await ConsentEntryModel.query(on: database).filter(\.$person.$id ~~ chunk).all() {
                guard let entry = model.entry else { continue }
                entries[model.$person.id, default: []].append(entry)
            }
        }
        return entries.mapValues(ConsentRegister.init)
    }
}

extension ConsentEntryModel {
    var entry: ConsentEntry? {
        guard let kind = ConsentEntry.Kind(rawValue: kind), let scope = ConsentScope(key: scope) else { return nil }
        return ConsentEntry(sequence: sequence, kind: kind, scope: scope, expires: expiresOn.flatMap { CalendarDate(iso: $0) })
    }

    var line: ConsentHistoryLine? {
        guard let entry else { return nil }
        return ConsentHistoryLine(sequence: sequence, kind: entry.kind, scope: entry.scope, givenBy: givenBy, method: method, givenOn: givenOn,
                                  expires: expiresOn, note: note, recordedBy: recordedBy, recordedAt: recordedAt)
    }
}

extension Store {
    /// Whether `key` names an agreement the actor's organisation is a current party to.
    private func isParty(toAgreement key: String, _ actor: ActingUser) async throws -> Bool {
        guard let id = UUID(uuidString: key) else { return false }
        return try await agreementModel(id, for: actor, on: db) != nil
    }
}
