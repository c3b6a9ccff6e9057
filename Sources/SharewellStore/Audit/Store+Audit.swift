import FluentKit
import SQLKit
import Foundation
import SharewellCore

/// One audit entry as people read it.
public struct AuditEntryView: Sendable, Equatable {
    public let sequence: Int
    public let at: String
    public let actorName: String
    public let organisation: String
    public let action: String
    public let subject: String
    public let purpose: String
    public let detail: String
}

extension AuditEntryView {
    /// The entry as the record's holder may read it: another organisation's view of the shared copy
    /// says who (the organisation), under which agreement and when, not which of its staff or what
    /// they did with it.
    func seen(from holder: String) -> AuditEntryView {
        guard organisation != holder else { return self }
        let under = purpose.range(of: " under ").map { String(purpose[$0.lowerBound...]) } ?? ""
        return AuditEntryView(sequence: sequence, at: at, actorName: "Staff at \(organisation)", organisation: organisation,
                              action: "viewed by \(organisation)\(under)", subject: subject, purpose: purpose, detail: "")
    }
}

/// The outcome of checking the chain.
public enum AuditVerification: Sendable, Equatable {
    case intact(entries: Int, head: String)
    /// The first entry that is wrong (or missing), and what is wrong with it.
    case broken(sequence: Int, reason: String)
}

extension Store {
    /// Writes `event` as its own transaction (for actions that write nothing else).
    public func audit(_ event: AuditEvent, by actor: ActingUser, at date: Date) async throws {
        try await auditedTransaction { tx in try await AuditLog.append(event, by: actor, at: date, on: tx) }
    }

    /// The newest entry's sequence and hash, for a checkpoint.
    public func auditHead() async throws -> AuditCheckpoint.Head? {
        try await AuditEntryModel.query(on: db).sort(\.$sequence, .descending).first()
            .map { AuditCheckpoint.Head(sequence: Int($0.sequence), hash: $0.hash) }
    }

    /// Recomputes every hash in order and compares the chain with every signed checkpoint since the
    /// last acknowledged restore, so an edit, deletion, reordering, truncation or rewrite done
    /// directly in the database is caught, and any earlier head can be checked.
    public func verifyAudit(against checkpoints: [AuditCheckpoint.Head]) async throws -> AuditVerification {
        // One snapshot: an entry appended while a live server is checked is not mistaken for a forgery.
        try await db.transaction { tx in
            let sql = tx as! any SQLDatabase
            if sql.dialect.name == "postgresql" { try await sql.raw("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ").run() }
            return try await Store(tx).verifyChain(against: checkpoints)
        }
    }

    private func verifyChain(against checkpoints: [AuditCheckpoint.Head]) async throws -> AuditVerification {
        let wanted = Dictionary(checkpoints.map { ($0.sequence, $0.hash) }) { first, _ in first }
        var expectedSequence = 1, previous = AuditRecord.genesisHash, rewritten: Int?
        let purges = try await auditTextPurges()
        let pageSize = 5_000
        while true {
            let page = try await AuditEntryModel.query(on: db).sort(\.$sequence)
                .filter(\.$sequence >= Int64(expectedSequence)).limit(pageSize).all()
            let texts = try await auditTexts(in: page), people = try await auditPeople(in: page)
            for entry in page {
                guard entry.sequence == Int64(expectedSequence) else {
                    return .broken(sequence: expectedSequence, reason: "entry \(expectedSequence) is missing (the next one is \(entry.sequence))")
                }
                guard entry.previousHash == previous else {
                    return .broken(sequence: expectedSequence, reason: "entry \(expectedSequence) does not follow entry \(expectedSequence - 1): the chain was reordered or an entry removed")
                }
                guard AuditLog.hash(entry.record, previousHash: previous) == entry.hash else {
                    return .broken(sequence: expectedSequence, reason: "entry \(expectedSequence) was changed after it was written")
                }
                if let text = texts[entry.sequence], !AuditLog.covers(entry, text) {
                    return .broken(sequence: expectedSequence, reason: "the free text of entry \(expectedSequence) was changed after it was written")
                }
                if texts[entry.sequence] == nil, let digest = entry.textDigest, !digest.isEmpty,
                   !purges.contains(where: { $0.sequence > entry.sequence && entry.at < $0.cutoff }) {
                    return .broken(sequence: expectedSequence, reason: "the free text of entry \(expectedSequence) is missing, and no purge covers it")
                }
                guard (people[entry.sequence] ?? []) == AuditLog.people(inDetail: entry.detail) else {
                    return .broken(sequence: expectedSequence, reason: "the people entry \(expectedSequence) showed differ from those its index lists: a view was hidden from, or added to, a person's access log")
                }
                if rewritten == nil, let signed = wanted[expectedSequence], signed != entry.hash { rewritten = expectedSequence }
                previous = entry.hash
                expectedSequence += 1
            }
            if page.count < pageSize { break }
        }
        let count = expectedSequence - 1
        if let last = checkpoints.map(\.sequence).max(), last > count {
            return .broken(sequence: count + 1, reason: "entries \(count + 1) to \(last) are missing: the log was truncated after its last checkpoint")
        }
        if let rewritten {
            return .broken(sequence: rewritten, reason: "entry \(rewritten) differs from the signed checkpoint: the log was rewritten")
        }
        // Rows numbered outside 1…count (a forged entry 0, say) are never reached by the walk above.
        let rows = try await AuditEntryModel.query(on: db).count()
        guard rows == count else {
            return .broken(sequence: count + 1, reason: "\(rows - count) entries are numbered outside the chain")
        }
        return .intact(entries: count, head: previous)
    }

    /// Each purge of free texts the chain records: its place, and the instant before which it destroyed them.
    private func auditTextPurges() async throws -> [(sequence: Int64, cutoff: String)] {
        try await AuditEntryModel.query(on: db).filter(\.$action == AuditAction.auditTextsPurged.rawValue).all().compactMap { entry in
            AuditLog.purgeCutoff(entry.purpose).map { (entry.sequence, $0) }
        }
    }

    /// The free texts kept for these entries, by sequence.
    private func auditTexts(in entries: [AuditEntryModel]) async throws -> [Int64: AuditTextModel] {
        guard let first = entries.first?.sequence, let last = entries.last?.sequence else { return [:] }
        let rows = try await AuditTextModel.query(on: db).filter(\.$sequence >= min(first, last)).filter(\.$sequence <= max(first, last)).all()
        return Dictionary(rows.map { ($0.sequence, $0) }) { first, _ in first }
    }

    /// Who has seen or touched this subject, newest first, with the free text each entry keeps
    /// (or a word that retention destroyed it).
    /// `person`: the person record the subject names, whose name other entries (lists, inboxes,
    /// case discussions) showed among others'.
    func auditEntries(subject: String, person: UUID? = nil) async throws -> [AuditEntryView] {
        let own = try await AuditEntryModel.query(on: db).filter(\.$subject == subject).all()
        var others: [AuditEntryModel] = []
        if let person { others = try await auditEntries(showing: person, besides: subject) }
        let entries = (own + others).sorted { $0.sequence > $1.sequence }
        var texts = try await AuditTextModel.query(on: db).filter(\.$subject == subject).all()
        for chunk in stride(from: 0, to: others.count, by: 500).map({ others[$0..<min($0 + 500, others.count)].map { $0.sequence } }) {
            texts += try await AuditTextModel.query(on: db).filter(\.$sequence ~~ chunk).all()
        }
        let textBySequence = Dictionary(texts.map { ($0.sequence, $0.text) }) { first, _ in first }
        return try entries.map {
            AuditEntryView(sequence: Int($0.sequence), at: $0.at, actorName: $0.actorName, organisation: $0.organisation,
                           action: try stored("audit_entries.action", $0.action, as: AuditAction.self).rawValue, subject: $0.subject, purpose: $0.purpose,
                           detail: AuditLog.readable(detail: $0.detail, digest: $0.textDigest, text: textBySequence[$0.sequence]))
        }
    }

    /// The entries about other subjects whose detail lists `person` among the people shown.
    private func auditEntries(showing person: UUID, besides subject: String) async throws -> [AuditEntryModel] {
        let sequences = try await (db as! any SQLDatabase).select().column("sequence").from("audit_entry_people")
            .where("person_id", .equal, SQLBind(person)).all(decodingColumn: "sequence", as: Int64.self)
        var entries: [AuditEntryModel] = []
        for chunk in stride(from: 0, to: sequences.count, by: 500).map({ Array(sequences[$0..<min($0 + 500, sequences.count)]) }) {
            entries += try await AuditEntryModel.query(on: db).filter(\.$sequence ~~ chunk).filter(\.$subject != subject).all()
        }
        return entries
    }

    /// The people each of these entries' index rows name, by sequence.
    private func auditPeople(in entries: [AuditEntryModel]) async throws -> [Int64: Set<UUID>] {
        guard let first = entries.first?.sequence, let last = entries.last?.sequence else { return [:] }
        struct Row: Decodable { let sequence: Int64; let person_id: UUID }
        let rows = try await (db as! any SQLDatabase).select().columns("sequence", "person_id").from("audit_entry_people")
            .where("sequence", .greaterThanOrEqual, SQLBind(min(first, last))).where("sequence", .lessThanOrEqual, SQLBind(max(first, last))).all(decoding: Row.self)
        return rows.reduce(into: [:]) { $0[$1.sequence, default: []].insert($1.person_id) }
    }
}
