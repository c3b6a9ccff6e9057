import FluentKit
import Foundation
import SharewellCore

/// A proposed movement of identifiable data from the actor's organisation to another.
public struct SharingRequest: Sendable {
    public var recipient: String
    public var purpose: SharingPurpose
    public var items: [DataItem]
    public var bulk: Bool
    /// What the sending organisation holds about the people to send: its person records, or the
    /// pathway's own rows about them; the `SharingSource` the request is made with reads them.
    public var subjects: [UUID]
    /// For case-by-case sharing: the practitioner's judgement, and the justification where needed.
    public var circumstances: Circumstances
    /// The period or edition the sending covers ("2025-09-01 to 2025-12-19"), part of what makes two
    /// sendings the same; empty for a sending of what holds now (a patient list).
    public var period: String
    /// A deliberate, confirmed full re-send of a sending already made; otherwise a repeat is refused.
    public var resend: Bool

    public struct Circumstances: Sendable {
        public var confidential = true
        public var significantHarm = false
        public var publicInterest = false
        public var consentWouldEndanger = false
        public var justification = ""
        public init(confidential: Bool = true, significantHarm: Bool = false, publicInterest: Bool = false,
                    consentWouldEndanger: Bool = false, justification: String = "") {
            self.confidential = confidential; self.significantHarm = significantHarm; self.publicInterest = publicInterest
            self.consentWouldEndanger = consentWouldEndanger; self.justification = justification
        }
    }

    public init(recipient: String, purpose: SharingPurpose, items: [DataItem], bulk: Bool, subjects: [UUID],
                circumstances: Circumstances = .init(), period: String = "", resend: Bool = false) {
        self.recipient = recipient; self.purpose = purpose; self.items = items; self.bulk = bulk
        self.subjects = subjects; self.circumstances = circumstances
        self.period = period; self.resend = resend
    }
}

extension SharingRequest {
    func during(_ period: String) -> SharingRequest { var copy = self; copy.period = period; return copy }
}

/// What the gate lets through: the agreement it rests on, the people who may be sent with the
/// person-record items the agreement allows, and who was left out and why.
public struct SharingGrant: Sendable {
    public let agreementID: UUID
    public let agreementTitle: String
    /// How long the recipient may keep what it receives, in months (the agreement's terms).
    public let retentionMonths: Int
    public let decision: SharingDecision
    public let people: [SharedPerson]
    public let excluded: [(id: UUID, reason: String)]
}

/// One person as they may be sent: only the items the agreement allows.
public struct SharedPerson: Sendable, Equatable {
    /// The subject as the request named it.
    public let id: UUID
    /// The person record it is about, whose consent register applies and whose access log records it.
    public let person: UUID
    public let items: [DataItem: String]
    /// The name's parts where the name is allowed: the same item, for a recipient that keeps given
    /// and family names apart (the council's linkage reads them separately).
    public var givenName: String? = nil
    public var familyName: String? = nil
}

/// Why the gate said no: the reason as a value, and the decision where the rules were applied.
public struct SharingRefusal: Error, Sendable, Equatable {
    public let reason: RefusalReason
    public let decision: SharingDecision?
    public init(_ reason: RefusalReason, decision: SharingDecision? = nil) { self.reason = reason; self.decision = decision }
    /// The sentence for the person who asked.
    public var words: String { reason.words }
}

extension Store {
    /// The one gate (ARCHITECTURE.md rule 1). Every movement of identifiable data between
    /// organisations comes here: an active agreement must cover the pair, purpose, mode and every
    /// item; the register's opt-outs and consents are applied; the decision rules are applied; and
    /// the sharing (or the refusal) is audited in the same transaction.
    ///
    /// The pathway's `source` says which of the request's subjects the actor's organisation holds and
    /// reads their items; the gate knows no pathway's tables. `deliver` receives a `Delivery` only
    /// when the gate grants, inside the same transaction, and writes what was granted into the
    /// recipient's keeping: a sharing is recorded exactly when it happens.
    public func share(_ asked: SharingRequest, from source: some SharingSource, by actor: ActingUser, at date: Date,
                      deliver: @escaping @Sendable (Delivery) async throws -> Void = { _ in }) async throws -> Result<SharingGrant, SharingRefusal> {
        // A case-by-case sharing about the same person is the same sending only on the same day.
        let request = asked.bulk || !asked.period.isEmpty ? asked : asked.during(CalendarDate(inEngland: date).description)
        let key = request.sendingKey(from: actor.organisationCode)
        do {
            return try await auditedTransaction { tx in
                let outcome = try await self.gate(request, from: source, by: actor, at: date, on: tx)
                switch outcome {
                case .success(let grant):
                    // A repeat (a double click, a reload, a second server) creates nothing, not even an audit entry.
                    if !request.resend, try await self.sending(key: key, on: tx) != nil { throw RepeatedSending() }
                    try await self.recordSending(request, key: key, agreement: grant.agreementID, people: grant.people.count, by: actor, at: date, on: tx)
                    try await deliver(Delivery(grant: grant, recipient: try await self.organisationID(request.recipient, on: tx), database: tx))
                    try await self.auditGrant(grant, request, by: actor, at: date, on: tx)
                case .failure(let refusal):
                    try await AuditLog.append(.init(action: .shareRefused, subject: "organisation:\(request.recipient)", purpose: request.purpose.rawValue,
                                                    detail: "\(request.subjects.count) people: \(refusal.words)"), by: actor, at: date, on: tx)
                }
                return outcome
            }
        } catch is RepeatedSending {
            guard let prior = try await sending(key: key, on: db) else { throw StoreError.sendingCrossed }
            return .failure(.init(.alreadySent(prior.prior)))
        }
    }

    private func gate(_ request: SharingRequest, from source: some SharingSource, by actor: ActingUser, at date: Date,
                      on tx: any Database) async throws -> Result<SharingGrant, SharingRefusal> {
        guard actor.may(.decideSharing) else { return .failure(.init(.mayNotShare)) }
        guard let records = try await source.subjects(request, for: actor, on: tx), !records.isEmpty,
              Set(records.map(\.id)) == Set(request.subjects) else {
            return .failure(.init(.notAmongYourRecords))
        }
        if !request.bulk, records.count != 1 {
            return .failure(.init(.caseByCaseIsOnePerson))
        }
        let day = CalendarDate(inEngland: date)
        let found = try await coveringAgreement(request, from: actor.organisationCode, on: day, on: tx)
        let agreementID: UUID, terms: AgreementTerms
        switch found {
        case .success(let covering): (agreementID, terms) = covering
        case .failure(let refusal): return .failure(refusal)
        }
        let registers = try await consentRegisters(for: records.map(\.person), on: tx)
        let agreementKey = agreementID.uuidString.lowercased()
        var people: [SharedPerson] = [], excluded: [(UUID, String)] = []
        var decision = SharingDecision.decide(SharingFacts(identifiable: true, bulk: true, agreement: .active, dpia: terms.hasDPIA, consent: .notSought))
        for record in records {
            let id = record.id
            let register = registers[record.person] ?? ConsentRegister([])
            if register.optedOut(purpose: request.purpose, agreement: agreementKey) { excluded.append((id, "opted out")); continue }
            let consent = register.consent(purpose: request.purpose, agreement: agreementKey, on: day)
            if request.bulk {
                if consent == .refused || consent == .withdrawn { excluded.append((id, consent.words)); continue }
            } else {
                let c = request.circumstances
                decision = SharingDecision.decide(SharingFacts(identifiable: true, bulk: false, agreement: .active, dpia: terms.hasDPIA, consent: consent,
                                                               confidential: c.confidential, significantHarm: c.significantHarm,
                                                               publicInterest: c.publicInterest, consentWouldEndanger: c.consentWouldEndanger))
                if !decision.outcome.allowsSharing { return .failure(.init(.decisionSaysNo(decision.outcome, because: decision.path.last ?? ""), decision: decision)) }
                if decision.obligations.contains(.recordJustification), c.justification.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                    return .failure(.init(.justificationMissing, decision: decision))
                }
            }
            people.append(SharedPerson(id: id, person: record.person, items: record.items, givenName: record.nameParts?.given, familyName: record.nameParts?.family))
        }
        guard decision.outcome.allowsSharing else { return .failure(.init(.decisionSaysNo(decision.outcome, because: decision.path.last ?? ""), decision: decision)) }
        return .success(SharingGrant(agreementID: agreementID, agreementTitle: terms.title, retentionMonths: terms.retentionMonths, decision: decision, people: people, excluded: excluded))
    }

    /// The request with those of `optional` an active agreement also allows: an item the pathway
    /// sends only where the agreement names it (sex for the liaison report, indicator counts on a
    /// shortlist), so it is always named in the request and never written outside it.
    func allowing(_ optional: [DataItem], in request: SharingRequest, by actor: ActingUser, at date: Date) async throws -> SharingRequest {
        var wider = request
        wider.items = request.items + optional.filter { !request.items.contains($0) }
        return try await agreementFor(wider, by: actor, at: date).state == .active ? wider : request
    }

    /// Whether an active agreement lets the actor's organisation share with `recipient` for this
    /// purpose and mode, and its title: what "Can I share this?" tells the practitioner.
    public func agreementFor(_ request: SharingRequest, by actor: ActingUser, at date: Date) async throws -> (state: AgreementState, title: String?, dpia: Bool) {
        let found = try await coveringAgreement(request, from: actor.organisationCode, on: CalendarDate(inEngland: date), on: db)
        guard case .success(let (_, terms)) = found else { return (.none, nil, false) }
        return (.active, terms.title, terms.hasDPIA)
    }

    /// The active agreement that covers the request, or a refusal saying what is missing, naming
    /// the nearest agreement so the IG lead knows what to fix.
    private func coveringAgreement(_ request: SharingRequest, from sender: String, on day: CalendarDate,
                                   on tx: any Database) async throws -> Result<(UUID, AgreementTerms), SharingRefusal> {
        // Only agreements both organisations are bound by now: a removed party learns nothing of them.
        // The parties' index finds the agreements naming both organisations for the purpose; only
        // those are loaded whole (not every agreement in the borough).
        let naming = try await agreementIDs(naming: [sender, request.recipient], for: request.purpose, on: tx)
        let candidates = naming.isEmpty ? [] : try await loadAgreements(on: tx).filter(\.$id ~~ naming).all().filter { model in
            guard let version = model.inForce ?? model.newestFirst.first else { return false }
            return model.parties.standing.isSuperset(of: [sender, request.recipient]) && version.purpose == request.purpose.rawValue
        }
        var nearest: [AgreementShortfall] = []
        for model in candidates {
            // An agreement this version cannot read covers nothing (fail closed), and says so.
            let standing: AgreementStanding, terms: AgreementTerms
            do { (standing, terms) = (try model.standing(on: day), try (model.inForce ?? model.newestFirst[0]).terms) } catch {
                nearest.append(.init(title: (model.inForce ?? model.newestFirst[0]).title, problem: .unreadable)); continue
            }
            guard standing == .active else { nearest.append(.init(title: terms.title, problem: .notActive(standing))); continue }
            if terms.covers(from: sender, to: request.recipient, purpose: request.purpose, items: request.items, bulk: request.bulk) {
                return .success((try model.requireID(), terms))
            }
            nearest.append(.init(title: terms.title, problem: Self.shortfall(terms, request)))
        }
        let names = try await OrganisationModel.query(on: tx).filter(\.$code ~~ [sender, request.recipient]).all()
        func named(_ code: String) -> NamedOrganisation { .init(code: code, name: names.first { $0.code == code }?.name) }
        return .failure(.init(.noAgreement(from: named(sender), to: named(request.recipient), purpose: request.purpose, nearest: nearest)))
    }

    private static func shortfall(_ terms: AgreementTerms, _ request: SharingRequest) -> AgreementShortfall.Problem {
        let missing = request.items.filter { !terms.dataItems.contains($0) }
        if !missing.isEmpty { return .doesNotAllow(missing) }
        if terms.bulk != request.bulk { return .otherMode(agreementIsBulk: terms.bulk) }
        return .onlyDisclosedBy(terms.discloser)
    }

    private func auditGrant(_ grant: SharingGrant, _ request: SharingRequest, by actor: ActingUser, at date: Date, on tx: any Database) async throws {
        let items = request.items.map(\.rawValue).joined(separator: " ")
        let justification = request.circumstances.justification.trimmingCharacters(in: .whitespacesAndNewlines)
        for person in grant.people {
            try await AuditLog.append(.init(action: .share, subject: Self.subject(person.person), purpose: "\(request.purpose.rawValue) under agreement:\(grant.agreementID.uuidString.lowercased())",
                                            detail: "to \(request.recipient): \(items); \(grant.decision.outcome.rawValue)",
                                            text: justification.isEmpty ? "" : "justification: \(justification)"),
                                      by: actor, at: date, on: tx)
        }
        if !request.bulk, let person = grant.people.first {
            try await storeDecision(.init(recipient: request.recipient, purpose: request.purpose, personID: person.person, agreementID: grant.agreementID,
                                          facts: nil, decision: grant.decision, justification: justification), by: actor, at: date, on: tx)
        }
    }
}

extension Store {
    /// The id of the organisation a sending is addressed to (the agreement found names it, so it exists).
    private func organisationID(_ code: String, on tx: any Database) async throws -> UUID {
        guard let id = try await OrganisationModel.query(on: tx).filter(\.$code == code).first()?.id else { throw StoreError.unknownOrganisation(code) }
        return id
    }
}

/// What the gate hands a pathway when it grants a sending: the people and items granted, inside
/// the sending's transaction. Only the gate makes one (its initialiser is private to this file),
/// and only a delivery writes a `Delivered` row or reads the rows its recipient holds, so nothing
/// reaches another organisation's keeping around the gate.
public struct Delivery: Sendable {
    public let grant: SharingGrant
    /// The organisation the sending is addressed to.
    let recipient: UUID
    /// The sending's transaction: rows the sender keeps about its own sending are written here too.
    let database: any Database

    fileprivate init(grant: SharingGrant, recipient: UUID, database: any Database) {
        self.grant = grant; self.recipient = recipient; self.database = database
    }

    /// Puts a row into the recipient's keeping (or the sender's own note of what it sent).
    func keep<Row: Delivered>(_ row: Row) async throws { try await Self.create(row, on: database) }

    func keep<Row: Delivered>(_ rows: [Row]) async throws {
        guard !rows.isEmpty else { return }
        try await Self.create(rows, on: database)
    }

    /// Saves a change the sending makes to a row the recipient holds (found with `recipientRows`).
    func change<Row: Delivered>(_ row: Row) async throws { try await Self.save(row, on: database) }

    // Generic over `Model` alone, so these reach Fluent's writes, not the overloads that refuse them.
    private static func create<Row: Model>(_ row: Row, on database: any Database) async throws { try await row.create(on: database) }
    private static func create<Row: Model>(_ rows: [Row], on database: any Database) async throws { try await rows.create(on: database) }
    private static func save<Row: Model>(_ row: Row, on database: any Database) async throws { try await row.save(on: database) }
}
