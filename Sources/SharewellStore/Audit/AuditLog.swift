import Crypto
import FluentKit
import Foundation
import SQLKit
import SharewellCore

/// Appends to and reads the hash-chained audit log. An entry is written on the same connection,
/// in the same transaction, as the action it records: if one fails, neither is stored.
/// Appends happen only inside `Store.auditedTransaction`, which orders them.
enum AuditLog {
    /// One audited transaction at a time in this process, taken *before* the transaction opens:
    /// taken inside it, a task could hold the gate while waiting for SQLite's write lock, held by a
    /// transaction that is itself waiting for the gate.
    static let gate = AsyncGate()

    static func append(_ event: AuditEvent, by actor: ActingUser, at date: Date, on db: any Database) async throws {
        let sql = db as! any SQLDatabase
        // Across servers sharing one PostgreSQL, the table lock orders appenders the same way.
        if sql.dialect.name == "postgresql" {
            try await sql.raw("LOCK TABLE audit_entries IN SHARE ROW EXCLUSIVE MODE").run()
        }
        let last = try await AuditEntryModel.query(on: db).sort(\.$sequence, .descending).first()
        // A row forged with a huge number must stop the writes it poisons, not crash the server.
        let newest = last?.sequence ?? 0
        guard (0..<Int64.max / 2).contains(newest) else { throw StoreError.auditSequenceOutOfRange(newest) }
        // The hash must cover exactly what the database gives back: SQLite cuts text at a NUL.
        let kept = { (text: String) in text.replacingOccurrences(of: "\u{0}", with: "\u{FFFD}") }
        let text = kept(event.text)
        let digestKey = text.isEmpty ? "" : Secrets.newToken()
        let record = AuditRecord(
            sequence: Int(newest) + 1, at: Self.timestamp(date), actor: kept(actor.auditActor),
            actorName: kept(actor.displayName), organisation: kept(actor.organisationCode),
            action: kept(event.action.rawValue), subject: kept(event.subject), purpose: kept(event.purpose), detail: kept(Self.detail(event)),
            textDigest: text.isEmpty ? "" : textDigest(text, key: digestKey))
        try await AuditEntryModel(record, previousHash: last?.hash ?? AuditRecord.genesisHash).create(on: db)
        if !text.isEmpty {
            let row = AuditTextModel()
            row.sequence = Int64(record.sequence); row.subject = record.subject; row.at = record.at
            row.digestKey = digestKey; row.text = text
            try await row.create(on: db)
        }
        try await indexPeople(of: event, sequence: Int64(record.sequence), on: sql)
    }

    /// What the chain keeps as an entry's detail: the event's, then the people it showed.
    static func detail(_ event: AuditEvent) -> String {
        let people = shown(event)
        return people.isEmpty ? event.detail : event.detail + peopleMark + people.map { $0.uuidString.lowercased() }.joined(separator: " ")
    }

    /// The people an event showed, each once, in a fixed order.
    static func shown(_ event: AuditEvent) -> [UUID] { Set(event.people).sorted { $0.uuidString < $1.uuidString } }

    /// The people a stored detail lists (none for an entry that showed no list).
    static func people(inDetail detail: String) -> Set<UUID> {
        guard let mark = detail.range(of: peopleMark) else { return [] }
        return Set(detail[mark.upperBound...].split(separator: " ").compactMap { UUID(uuidString: String($0)) })
    }

    /// A stored detail as people read it: without the list of ids (each log is about one person).
    static func withoutPeople(_ detail: String) -> String {
        detail.range(of: peopleMark).map { String(detail[..<$0.lowerBound]) } ?? detail
    }

    private static let peopleMark = " · people shown: "

    private static func indexPeople(of event: AuditEvent, sequence: Int64, on sql: any SQLDatabase) async throws {
        let people = shown(event)
        for chunk in stride(from: 0, to: people.count, by: 400).map({ people[$0..<min($0 + 400, people.count)] }) {
            let insert = sql.insert(into: "audit_entry_people").columns("sequence", "person_id")
            for person in chunk { insert.values(SQLBind(sequence), SQLBind(person)) }
            try await insert.run()
        }
    }

    /// The digest the chain keeps of an entry's free text: HMAC-SHA256 under the text's own key.
    static func textDigest(_ text: String, key: String) -> String {
        Data(HMAC<SHA256>.authenticationCode(for: Data(text.utf8), using: SymmetricKey(data: Data(key.utf8)))).hex
    }

    /// Whether a kept free text is the one the entry's digest was made of, about the same subject.
    static func covers(_ entry: AuditEntryModel, _ text: AuditTextModel) -> Bool {
        guard let digest = entry.textDigest, !digest.isEmpty, text.subject == entry.subject else { return false }
        return Secrets.constantTimeEqual(textDigest(text.text, key: text.digestKey), digest)
    }

    /// A purge's purpose: the instant before which entries' texts were destroyed.
    static func purgePurpose(before cutoff: String) -> String { purgePrefix + cutoff }
    static func purgeCutoff(_ purpose: String) -> String? { purpose.hasPrefix(purgePrefix) ? String(purpose.dropFirst(purgePrefix.count)) : nil }
    private static let purgePrefix = "retention: texts of entries before "

    /// An entry's detail as people read it: with its free text, or saying retention destroyed it.
    static func readable(detail stored: String, digest: String?, text: String?) -> String {
        let detail = withoutPeople(stored)
        guard let digest, !digest.isEmpty else { return detail }
        let words = text ?? "(what was typed here was destroyed under retention)"
        return detail.isEmpty ? words : "\(detail); \(words)"
    }

    static func hash(_ record: AuditRecord, previousHash: String) -> String {
        SHA256.hash(data: Data((previousHash + "\n" + record.canonicalEncoding).utf8)).hex
    }

    static func timestamp(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }
}

extension AuditEntryModel {
    convenience init(_ record: AuditRecord, previousHash: String) {
        self.init()
        sequence = Int64(record.sequence); at = record.at; actor = record.actor; actorName = record.actorName
        organisation = record.organisation; action = record.action; subject = record.subject
        purpose = record.purpose; detail = record.detail; textDigest = record.textDigest
        self.previousHash = previousHash
        hash = AuditLog.hash(record, previousHash: previousHash)
    }

    var record: AuditRecord {
        AuditRecord(sequence: Int(sequence), at: at, actor: actor, actorName: actorName, organisation: organisation,
                    action: action, subject: subject, purpose: purpose, detail: detail, textDigest: textDigest)
    }
}

/// A one-at-a-time section for async code.
actor AsyncGate {
    private var busy = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    func run<T: Sendable>(_ body: @Sendable () async throws -> T) async throws -> T {
        while busy { await withCheckedContinuation { waiting.append($0) } }
        busy = true
        defer {
            busy = false
            if !waiting.isEmpty { waiting.removeFirst().resume() }
        }
        return try await body()
    }
}
