import Crypto
import Foundation
import SharewellCore

/// One signed head of the audit chain, kept outside the database as transparency logs publish
/// signed tree heads. Checkpoints form a series: each names its place and signs the one before, so
/// a checkpoint cannot be altered, removed from the middle or slipped in without the key.
public struct AuditCheckpoint: Codable, Sendable, Equatable {
    public struct Head: Codable, Sendable, Equatable {
        public let sequence: Int
        public let hash: String
        public init(sequence: Int, hash: String) { self.sequence = sequence; self.hash = hash }
        /// The head of a chain with no entries yet.
        public static let genesis = Head(sequence: 0, hash: AuditRecord.genesisHash)
    }

    /// Place in the series, from 0.
    public let index: Int
    public let head: Head
    public let signedAt: String
    /// The signature of the checkpoint before this one; empty for the first.
    public let previousSignature: String
    /// Set when an operator acknowledged that the chain no longer extends the checkpoint before
    /// (a backup was restored): their reason, also in the audit log.
    public let acknowledgedRestore: String?
    /// HMAC-SHA256 of everything above under the server key, hex.
    public let signature: String

    public static func signed(_ head: Head, index: Int, after previous: AuditCheckpoint?, at date: Date,
                              acknowledgedRestore: String? = nil, key: ServerKey) -> AuditCheckpoint {
        let at = AuditLog.timestamp(date), previousSignature = previous?.signature ?? ""
        return AuditCheckpoint(index: index, head: head, signedAt: at, previousSignature: previousSignature, acknowledgedRestore: acknowledgedRestore,
                               signature: sign(index, head, at, previousSignature, acknowledgedRestore, key))
    }

    /// The checkpoints the chain must still match, oldest first: every one, except those past the
    /// restore point of a later acknowledged restore (they signed entries the restore took away).
    /// A restored backup is a prefix of the signed history, so everything before it stays binding.
    public static func binding(_ series: [AuditCheckpoint]) -> [AuditCheckpoint] {
        var limit = Int.max, binding: [AuditCheckpoint] = []
        for checkpoint in series.reversed() where checkpoint.head.sequence < limit || binding.isEmpty {
            binding.insert(checkpoint, at: 0)
            if checkpoint.acknowledgedRestore != nil { limit = min(limit, checkpoint.head.sequence) }
        }
        return binding
    }

    public func isAuthentic(under key: ServerKey) -> Bool {
        Secrets.constantTimeEqual(signature, Self.sign(index, head, signedAt, previousSignature, acknowledgedRestore, key))
    }

    private static func sign(_ index: Int, _ head: Head, _ at: String, _ previous: String, _ restore: String?, _ key: ServerKey) -> String {
        // The reason is hashed first, so no choice of reason can shift the fields around it.
        let reason = restore.map { SHA256.hash(data: Data($0.utf8)).hex } ?? "-"
        return Data(HMAC<SHA256>.authenticationCode(for: Data("\(index)|\(head.sequence)|\(head.hash)|\(at)|\(previous)|\(reason)".utf8),
                                                    using: key.key)).hex
    }
}
