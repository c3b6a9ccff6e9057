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

    public func problems(today: CalendarDate) -> [FieldProblem] { ConsentDraft(self).problems(today: today) }
}

/// A register line as far as its form could be read (issue 16, item 3): what could not be read is
/// `nil`, with the form's own problem for it in `unreadable`; every rule that has what it needs is
/// still checked, so one sending names every problem.
public struct ConsentDraft: Sendable {
    public var kind: ConsentEntry.Kind?
    public var scope: ConsentScope?
    public var givenBy: String
    public var method: String
    public var givenOn: CalendarDate?
    public var expires: CalendarDate?
    public var note: String
    /// The form's problems with what it could not read (a date typed wrongly, no choice made).
    public var unreadable: [FieldProblem]

    /// The fields in the order a form asks for them, so problems read down the page.
    public static let fields = ["kind", "scope", "givenBy", "method", "givenOn", "expires", "note"]

    public init(kind: ConsentEntry.Kind?, scope: ConsentScope?, givenBy: String, method: String, givenOn: CalendarDate?,
                expires: CalendarDate? = nil, note: String = "", unreadable: [FieldProblem] = []) {
        self.kind = kind; self.scope = scope; self.givenBy = givenBy; self.method = method
        self.givenOn = givenOn; self.expires = expires; self.note = note; self.unreadable = unreadable
    }

    public init(_ entry: NewConsentEntry) {
        self.init(kind: entry.kind, scope: entry.scope, givenBy: entry.givenBy, method: entry.method, givenOn: entry.givenOn,
                  expires: entry.expires, note: entry.note)
    }

    /// The entry, when every field it needs could be read.
    public var entry: NewConsentEntry? {
        guard let kind, let scope, let givenOn else { return nil }
        return NewConsentEntry(kind: kind, scope: scope, givenBy: givenBy, method: method, givenOn: givenOn, expires: expires, note: note)
    }

    /// The form's own problems, what is missing and the register's rules on what could be read,
    /// in the form's order.
    public func problems(today: CalendarDate) -> [FieldProblem] {
        var rules: [FieldProblem] = [], missing: [FieldProblem] = []
        func add(_ field: String, _ message: String) { rules.append(.init(field: field, message: message)) }
        func lacks(_ field: String, _ message: String) { missing.append(.init(field: field, message: message)) }
        if kind == nil { lacks("kind", "Choose what happened") }
        if scope == nil { lacks("scope", "Choose the purpose or agreement it is for") }
        if givenBy.trimmingCharacters(in: .whitespaces).isEmpty { lacks("givenBy", "Enter who gave, refused or withdrew consent") }
        if method.trimmingCharacters(in: .whitespaces).isEmpty { lacks("method", "Enter how it was given, for example verbally at a visit") }
        if givenOn == nil { lacks("givenOn", "Enter the date") }
        if let givenOn, givenOn > today { add("givenOn", "The date cannot be in the future") }
        if let givenOn, let expires, expires <= givenOn { add("expires", "The expiry date must be after the date it was given") }
        if expires != nil, let kind, kind != .given { add("expires", "Only consent that was given can have an expiry date") }
        return FieldProblem.merged(unreadable: unreadable, missing: missing, rules: rules, order: Self.fields)
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
        try await recordConsent(from: ConsentDraft(entry), for: personID, by: actor, at: date)
    }

    /// Adds a line from a form read as far as it could be: every problem, the form's own with the
    /// register's and the agreement's, in one `invalidFields` (issue 16, item 3).
    public func recordConsent(from draft: ConsentDraft, for personID: UUID, by actor: ActingUser, at date: Date) async throws {
        guard actor.may(.recordConsent) else { throw StoreError.unknownPerson }
        var rules: [FieldProblem] = []
        if case .agreement(let key) = draft.scope, try await !isParty(toAgreement: key, actor) {
            rules.append(.init(field: "scope", message: "Choose an agreement your organisation is a party to"))
        }
        let problems = FieldProblem.merged(unreadable: draft.problems(today: CalendarDate(inEngland: date)), rules: rules, order: ConsentDraft.fields)
        guard problems.isEmpty, let entry = draft.entry else { throw StoreError.invalidFields(problems) }
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
