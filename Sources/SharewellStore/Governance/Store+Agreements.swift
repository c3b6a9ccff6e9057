import FluentKit
import SQLKit
import Foundation
import SharewellCore

/// An agreement as its parties see it: every version, every approval, every event.
public struct AgreementRecord: Sendable {
    public struct Version: Sendable {
        public let number: Int
        public let terms: AgreementTerms
        public let changeNote: String
        public let createdBy: String
        public let createdAt: Date
        /// Party code → who approved and when.
        public let approvals: [String: (by: String, at: Date)]
    }

    public struct Event: Sendable {
        public let kind: String
        public let reason: String
        public let by: String
        public let at: Date
    }

    public let id: UUID
    public let standing: AgreementStanding
    public let parties: AgreementParties
    /// The parties whose suspension stands; only each of them may lift its own.
    public let suspendedBy: Set<String>
    /// Newest first.
    public let versions: [Version]
    public let events: [Event]

    /// The number of the version in force, if any.
    public let inForceNumber: Int?

    public var newest: Version { versions[0] }
    public var inForce: Version? { versions.first { $0.number == inForceNumber } }
    /// Who must approve the newest version: its parties and those bound by the version in force before it.
    public let approversOfNewest: Set<String>
}

extension Store {
    /// Drafts a new agreement. The drafting organisation must be a party; nothing is in force until
    /// every party's IG lead has approved.
    public func createAgreement(_ terms: AgreementTerms, by actor: ActingUser, at date: Date) async throws -> UUID {
        try await checkTerms(terms, by: actor)
        return try await auditedTransaction { tx in
            // Checked inside the transaction, under a lock on PostgreSQL, so two clicks draft one.
            if let twin = try await self.liveAgreement(between: Set(terms.parties), for: terms.purpose, on: CalendarDate(inEngland: date), on: tx) {
                throw StoreError.duplicateAgreement(id: twin.id, title: twin.title)
            }
            let agreement = AgreementModel()
            agreement.$createdBy.id = try actor.organisationID.orThrow(StoreError.notAParty)
            agreement.createdAt = date
            try await agreement.create(on: tx)
            let id = try agreement.requireID()
            try await addVersion(1, terms, note: "First draft", to: id, by: actor, at: date, on: tx)
            try await AuditLog.append(.init(action: .createAgreement, subject: Self.agreementSubject(id), purpose: terms.purpose.rawValue,
                                            detail: "\(terms.title) between \(terms.parties.sorted().joined(separator: ", "))"), by: actor, at: date, on: tx)
            return id
        }
    }

    /// Revises an agreement as a new version; the old versions stay as they were, and the newest
    /// version approved by every party stays in force until the revision is approved.
    public func reviseAgreement(_ id: UUID, _ terms: AgreementTerms, note: String, by actor: ActingUser, at date: Date) async throws {
        try await checkTerms(terms, by: actor)
        try await auditedTransaction { tx in
            let agreement = try await self.agreementModel(id, for: actor, on: tx).orThrow(StoreError.notAParty)
            if case .ended = try agreement.standing(on: CalendarDate(inEngland: date)) { throw StoreError.agreementEnded }
            let number = (agreement.newestFirst.first?.version ?? 0) + 1
            try await addVersion(number, terms, note: note.isEmpty ? "Revised" : note, to: id, by: actor, at: date, on: tx)
            try await AuditLog.append(.init(action: .updateAgreement, subject: Self.agreementSubject(id), purpose: terms.purpose.rawValue,
                                            detail: "version \(number)", text: note), by: actor, at: date, on: tx)
        }
    }

    /// The actor's organisation approves the newest version: `version`, the one they read, when
    /// given (a page always gives it), so a revision drafted meanwhile is never approved unread.
    public func approveAgreement(_ id: UUID, version: Int? = nil, by actor: ActingUser, at date: Date) async throws {
        guard actor.may(.manageAgreements), let organisationID = actor.organisationID else { throw StoreError.notAParty }
        try await auditedTransaction { tx in
            let agreement = try await self.agreementModel(id, for: actor, on: tx).orThrow(StoreError.notAParty)
            if case .ended = try agreement.standing(on: CalendarDate(inEngland: date)) { throw StoreError.agreementEnded }
            guard let newest = agreement.newestFirst.first, agreement.approversOfNewest.contains(actor.organisationCode) else { throw StoreError.notAParty }
            guard !newest.approvedBy.contains(actor.organisationCode) else { throw StoreError.alreadyApproved }
            if let version, version != newest.version { throw StoreError.newerVersion(newest.version) }
            let approval = AgreementApprovalModel()
            approval.$version.id = try newest.requireID()
            approval.$organisation.id = organisationID
            approval.approvedBy = actor.displayName
            approval.approvedAt = date
            try await approval.create(on: tx)
            try await AuditLog.append(.init(action: .approveAgreement, subject: Self.agreementSubject(id), purpose: newest.purpose,
                                            detail: "version \(newest.version) approved for \(actor.organisationCode)"), by: actor, at: date, on: tx)
        }
    }

    public enum AgreementChange: String, Sendable, CaseIterable {
        case suspended, resumed, ended

        var auditAction: AuditAction {
            switch self {
            case .suspended: .suspendedAgreement
            case .resumed: .resumedAgreement
            case .ended: .endedAgreement
            }
        }
    }

    /// Suspends, resumes or ends an agreement, with the reason. The IG lead of a party in force (of
    /// the draft while none is) may; a suspension is lifted only by the party that made it.
    public func changeAgreement(_ id: UUID, _ change: AgreementChange, reason: String, by actor: ActingUser, at date: Date) async throws {
        guard actor.may(.manageAgreements) else { throw StoreError.notAParty }
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else { throw StoreError.invalidFields([.init(field: "reason", message: "Enter the reason")]) }
        try await auditedTransaction { tx in
            let agreement = try await self.agreementModel(id, for: actor, on: tx).orThrow(StoreError.notAParty)
            if case .ended = try agreement.standing(on: CalendarDate(inEngland: date)) { throw StoreError.agreementEnded }
            let party = actor.organisationCode
            guard agreement.parties.standing.contains(party) else { throw StoreError.notAParty }
            try Self.check(change, by: party, suspendedBy: agreement.suspendedBy)
            let event = AgreementEventModel()
            event.$agreement.id = id
            event.kind = change.rawValue
            event.reason = reason
            event.by = "\(actor.displayName), \(party)"
            event.storedParty = party
            event.at = date
            try await event.create(on: tx)
            try await AuditLog.append(.init(action: change.auditAction, subject: Self.agreementSubject(id), text: reason),
                                      by: actor, at: date, on: tx)
        }
    }

    private static func check(_ change: AgreementChange, by party: String, suspendedBy: Set<String>) throws {
        switch change {
        case .suspended where suspendedBy.contains(party): throw StoreError.alreadySuspended
        case .resumed where suspendedBy.isEmpty: throw StoreError.notSuspended
        case .resumed where !suspendedBy.contains(party): throw StoreError.suspendedByAnotherParty(suspendedBy.sorted())
        default: return
        }
    }

    /// The agreements the actor's organisation is a party to (in force, or proposed by the newest
    /// version), newest first, each standing as it does on `day`.
    public func agreements(for actor: ActingUser, on day: CalendarDate) async throws -> [AgreementRecord] {
        guard actor.may(.readAgreements) else { return [] }
        let code = actor.organisationCode
        let matching = try await agreementIDs(naming: [code], on: db)
        guard !matching.isEmpty else { return [] }
        let models = try await loadAgreements(on: db).filter(\.$id ~~ Set(matching)).all().filter { $0.parties.current.contains(code) }
        return try models.map { try $0.record(on: day) }.sorted { $0.newest.createdAt > $1.newest.createdAt }
    }

    /// One agreement if the actor's organisation is one of its current parties; `nil` (a 404) otherwise.
    public func agreement(_ id: UUID, for actor: ActingUser, on day: CalendarDate) async throws -> AgreementRecord? {
        guard actor.may(.readAgreements) else { return nil }
        return try await agreementModel(id, for: actor, on: db)?.record(on: day)
    }

    func agreementModel(_ id: UUID, for actor: ActingUser, on database: any Database) async throws -> AgreementModel? {
        guard let model = try await loadAgreements(on: database).filter(\.$id == id).first() else { return nil }
        return model.parties.current.contains(actor.organisationCode) ? model : nil
    }

    /// An agreement between exactly these parties for the purpose that is in force, suspended,
    /// starting or awaiting approval: a second one would leave two sets of terms for one sharing,
    /// so the IG lead revises this one instead.
    private func liveAgreement(between parties: Set<String>, for purpose: SharingPurpose, on day: CalendarDate,
                               on tx: any Database) async throws -> (id: UUID, title: String)? {
        let sql = tx as! any SQLDatabase
        if sql.dialect.name == "postgresql" { try await sql.raw("LOCK TABLE \(ident: AgreementModel.schema) IN SHARE ROW EXCLUSIVE MODE").run() }
        let ids = Set(try await AgreementVersionModel.query(on: tx).filter(\.$purpose == purpose.rawValue).all().map(\.$agreement.id))
        guard !ids.isEmpty else { return nil }
        for model in try await loadAgreements(on: tx).filter(\.$id ~~ ids).all() where model.parties.current == parties {
            guard let terms = try (model.inForce ?? model.newestFirst.first)?.terms, terms.purpose == purpose else { continue }
            switch try model.standing(on: day) {
            case .ended, .lapsed: continue
            default: return (try model.requireID(), terms.title)
            }
        }
        return nil
    }

    func loadAgreements(on database: any Database) -> QueryBuilder<AgreementModel> {
        AgreementModel.query(on: database).with(\.$events).with(\.$versions) {
            $0.with(\.$approvals) { $0.with(\.$organisation) }.with(\.$partyRows).with(\.$itemRows).with(\.$basisRows)
        }
    }

    /// The agreements with a version naming every one of `codes` as a party (and, when given, for
    /// the purpose): found by the parties' index, not by reading every agreement.
    func agreementIDs(naming codes: Set<String>, for purpose: SharingPurpose? = nil, on database: any Database) async throws -> Set<UUID> {
        guard !codes.isEmpty else { return [] }
        let rows = try await AgreementVersionPartyModel.query(on: database).filter(\.$code ~~ codes).all()
        let versions = Dictionary(grouping: rows, by: { $0.$version.id }).filter { Set($0.value.map(\.code)) == codes }.keys
        guard !versions.isEmpty else { return [] }
        var query = AgreementVersionModel.query(on: database).filter(\.$id ~~ Set(versions))
        if let purpose { query = query.filter(\.$purpose == purpose.rawValue) }
        return Set(try await query.all().map { $0.$agreement.id })
    }

    private func checkTerms(_ terms: AgreementTerms, by actor: ActingUser) async throws {
        guard actor.may(.manageAgreements) else { throw StoreError.notAParty }
        let problems = terms.problems + (try await agreementPartyProblems(terms.parties, by: actor))
        guard problems.isEmpty else { throw StoreError.invalidFields(problems) }
    }

    /// What is wrong with an agreement's parties that only the directory knows: the drafter's own
    /// organisation missing, or a code not in the directory. A form whose other fields cannot be
    /// read yet asks this too, so it names every problem at once.
    public func agreementPartyProblems(_ parties: [String], by actor: ActingUser) async throws -> [FieldProblem] {
        var problems: [FieldProblem] = []
        if !parties.contains(actor.organisationCode) {
            problems.append(.init(field: "parties", message: "Your organisation must be one of the parties"))
        }
        let known = Set(try await OrganisationModel.query(on: db).filter(\.$code ~~ parties).all().map(\.code))
        let unknown = parties.filter { !known.contains($0) }
        if !unknown.isEmpty { problems.append(.init(field: "parties", message: "\(unknown.joined(separator: ", ")) is not in the directory")) }
        return problems
    }

    private func addVersion(_ number: Int, _ terms: AgreementTerms, note: String, to id: UUID, by actor: ActingUser, at date: Date, on tx: any Database) async throws {
        let version = AgreementVersionModel()
        version.$agreement.id = id
        version.version = number
        version.set(terms)
        version.changeNote = note.trimmingCharacters(in: .whitespacesAndNewlines)
        version.createdBy = "\(actor.displayName), \(actor.organisationCode)"
        version.createdAt = date
        try await version.create(on: tx)
        try await version.createLists(terms, on: tx)
    }

    static func agreementSubject(_ id: UUID) -> String { "agreement:\(id.uuidString.lowercased())" }
}

extension AgreementModel {
    func record(on day: CalendarDate) throws(StoreError) -> AgreementRecord {
        try AgreementRecord(
            id: id ?? UUID(), standing: standing(on: day), parties: parties, suspendedBy: suspendedBy,
            versions: newestFirst.map { version throws(StoreError) in
                .init(number: version.version, terms: try version.terms, changeNote: version.changeNote, createdBy: version.createdBy,
                      createdAt: version.createdAt,
                      approvals: Dictionary(version.approvals.map { ($0.organisation.code, (by: $0.approvedBy, at: $0.approvedAt)) }) { a, _ in a })
            },
            events: events.sorted { $0.at < $1.at }.map { .init(kind: $0.kind, reason: $0.reason, by: $0.by, at: $0.at) },
            inForceNumber: inForce?.version, approversOfNewest: approversOfNewest)
    }
}

extension Optional {
    func orThrow(_ error: @autoclosure () -> some Error) throws -> Wrapped {
        guard let self else { throw error() }
        return self
    }
}

/// Something an IG lead must do about an agreement, for their home page.
public struct AgreementReminder: Sendable, Equatable {
    public let agreementID: UUID
    public let title: String
    public let message: String
}

extension Store {
    /// How far ahead a review date starts to appear on the IG lead's home page.
    public static let reviewNoticeDays = 30

    /// Agreements awaiting the actor's approval, and reviews due within a month or overdue.
    public func agreementReminders(for actor: ActingUser, on day: CalendarDate) async throws -> [AgreementReminder] {
        guard actor.may(.manageAgreements) else { return [] }
        var reminders: [AgreementReminder] = []
        for agreement in try await agreements(for: actor, on: day) {
            if case .ended = agreement.standing { continue }
            if case .lapsed = agreement.standing { continue }
            let newest = agreement.newest
            if newest.terms.parties.contains(actor.organisationCode), newest.approvals[actor.organisationCode] == nil {
                reminders.append(.init(agreementID: agreement.id, title: newest.terms.title, message: "Version \(newest.number) awaits your approval"))
            }
            if let review = agreement.inForce?.terms.review, review <= day.advanced(by: Self.reviewNoticeDays) {
                reminders.append(.init(agreementID: agreement.id, title: newest.terms.title,
                                       message: review < day ? "Review overdue since \(review)" : "Review due on \(review)"))
            }
        }
        return reminders
    }
}
