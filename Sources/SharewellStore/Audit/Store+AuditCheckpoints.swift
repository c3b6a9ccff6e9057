import FluentKit
import Foundation
import SQLKit

/// What happened when the server tried to sign the chain's head.
public enum AuditSigning: Sendable, Equatable {
    case signed(AuditCheckpoint)
    /// Nothing was written since the newest checkpoint.
    case unchanged
    /// Another server is signing (it holds the lock, or wrote the next checkpoint first).
    case busy
    /// The chain does not extend the newest checkpoint, or the series is damaged: nothing was signed.
    case refused(String)
}

extension Store {
    /// Starts the series with the empty chain's head, before anything is written; a chain that
    /// already has entries and no series is never signed blindly (see `signAuditHead`).
    public func startAuditSeries(_ series: AuditCheckpointSeries, at date: Date) async throws {
        guard try series.read().isEmpty, try await auditHead() == nil else { return }
        _ = try series.append(.genesis, at: date)
    }

    /// Signs the chain's head only if the chain extends the newest signed checkpoint: an edit,
    /// deletion or rewrite of entries since (hashes recomputed or not), or an older backup restored,
    /// is refused rather than blessed. One server signs at a time (a PostgreSQL advisory lock).
    public func signAuditHead(into series: AuditCheckpointSeries, at date: Date) async throws -> AuditSigning {
        try await withCheckpointLock { db in
            let checkpoints: [AuditCheckpoint]
            do { checkpoints = try series.read() } catch let error as StoreError { return .refused(error.message) }
            let head = try await Store(db).auditHead() ?? .genesis
            guard let newest = checkpoints.last else {
                return .refused("there is no signed checkpoint for a chain of \(head.sequence) entries in \(series.folder); if a backup was restored or the checkpoints moved, run `sharewell audit acknowledge-restore --reason …`")
            }
            if newest.head == head { return .unchanged }
            if let reason = try await Store(db).chainBreak(from: newest, to: head) { return .refused(reason) }
            return try series.append(head, after: newest, at: date).map(AuditSigning.signed) ?? .busy
        } ?? .busy
    }

    /// After a backup was restored (or the series lost), records the operator's reason in the audit
    /// log and signs the chain's head as a checkpoint that starts afresh. Refused when the chain is
    /// broken in itself (that is tampering, not a restore) or still extends the newest checkpoint.
    public func acknowledgeRestore(into series: AuditCheckpointSeries, reason: String, by actor: ActingUser, at date: Date) async throws -> AuditCheckpoint {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else { throw StoreError.invalidFields([.init(field: "reason", message: "Give the reason: which backup was restored, when and why")]) }
        let checkpoints = try series.read(), newest = checkpoints.last
        let head = try await auditHead() ?? .genesis
        // A backup is a prefix of what was signed: every checkpoint it reaches must still match.
        let reached = AuditCheckpoint.binding(checkpoints).filter { $0.head.sequence <= head.sequence }
        if case .broken(_, let problem) = try await verifyAudit(against: reached.map(\.head)) {
            throw StoreError.restoreRefused("the chain is not a backup of the signed history: \(problem)")
        }
        if let newest, try await chainBreak(from: newest, to: head) == nil {
            throw StoreError.restoreRefused("the chain still extends the newest checkpoint (entry \(newest.head.sequence)); there is nothing to acknowledge")
        }
        let was = newest.map { "entry \($0.head.sequence) signed at \($0.signedAt)" } ?? "no checkpoint"
        try await audit(.init(action: .acknowledgeRestore, subject: "audit-log", detail: "newest checkpoint: \(was); chain ended at entry \(head.sequence)", text: reason),
                        by: actor, at: date)
        let acknowledged = try await auditHead() ?? .genesis
        return try series.append(acknowledged, at: date, acknowledgedRestore: reason).orThrow(StoreError.restoreRefused("another server added a checkpoint meanwhile; run the command again"))
    }

    /// Why the chain up to `head` does not extend `checkpoint`, or `nil` when it does: the
    /// checkpoint's entry is unchanged and every entry after it follows the one before.
    func chainBreak(from checkpoint: AuditCheckpoint, to head: AuditCheckpoint.Head) async throws -> String? {
        let anchor = checkpoint.head
        guard head.sequence >= anchor.sequence else {
            return "the chain ends at entry \(head.sequence) but entry \(anchor.sequence) was signed at \(checkpoint.signedAt): entries were removed or an older backup restored"
        }
        var previous = anchor.hash
        if anchor.sequence > 0 {
            let entry = try await AuditEntryModel.query(on: db).filter(\.$sequence == Int64(anchor.sequence)).first()
            guard entry?.hash == anchor.hash else {
                return "entry \(anchor.sequence) differs from the checkpoint signed at \(checkpoint.signedAt): the log was rewritten or an older backup restored"
            }
        }
        var expected = anchor.sequence + 1
        while expected <= head.sequence {
            let page = try await AuditEntryModel.query(on: db).filter(\.$sequence >= Int64(expected)).filter(\.$sequence <= Int64(head.sequence))
                .sort(\.$sequence).limit(5_000).all()
            guard !page.isEmpty else { return "entries \(expected) to \(head.sequence) are missing" }
            for entry in page {
                guard entry.sequence == Int64(expected), entry.previousHash == previous, AuditLog.hash(entry.record, previousHash: previous) == entry.hash else {
                    return "entry \(expected) does not follow the chain signed at \(checkpoint.signedAt)"
                }
                previous = entry.hash
                expected += 1
            }
        }
        return nil
    }

    /// Runs `body` in a transaction holding the checkpoint lock; `nil` when another server holds it.
    /// Within this process it waits its turn with audited transactions, so the head it signs is settled.
    private func withCheckpointLock<T: Sendable>(_ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T? {
        try await AuditLog.gate.run { try await Self.writeTransaction(on: db) { tx in
            let sql = tx as! any SQLDatabase
            if sql.dialect.name == "postgresql" {
                let row = try await sql.raw("SELECT pg_try_advisory_xact_lock(\(bind: Self.checkpointLockKey)) AS locked").first()
                guard try row?.decode(column: "locked", as: Bool.self) == true else { return nil }
            }
            return try await body(tx)
        } }
    }

    /// The advisory lock's key: "SWCK" (Sharewell checkpoint) as a number, unlikely to clash.
    static let checkpointLockKey: Int64 = 0x5357_434B
}
