import Crypto
import Foundation

/// The audit chain's head, signed with the server key and kept outside the database, as
/// transparency logs publish signed tree heads: deleting the newest entries cannot go unseen.
public struct AuditCheckpoint: Codable, Sendable, Equatable {
    public struct Head: Codable, Sendable, Equatable {
        public let sequence: Int
        public let hash: String
        public init(sequence: Int, hash: String) { self.sequence = sequence; self.hash = hash }
    }

    public let head: Head
    public let signedAt: String
    /// HMAC-SHA256 of sequence, hash and time under the server key, hex.
    public let signature: String

    public static func signed(_ head: Head, at date: Date, key: ServerKey) -> AuditCheckpoint {
        let at = AuditLog.timestamp(date)
        return AuditCheckpoint(head: head, signedAt: at, signature: sign(head, at, key))
    }

    public func isAuthentic(under key: ServerKey) -> Bool {
        Secrets.constantTimeEqual(signature, Self.sign(head, signedAt, key))
    }

    private static func sign(_ head: Head, _ at: String, _ key: ServerKey) -> String {
        Data(HMAC<SHA256>.authenticationCode(for: Data("\(head.sequence)|\(head.hash)|\(at)".utf8), using: key.key)).hex
    }

    /// Writes atomically (a new file moved into place), so a crash never leaves half a checkpoint.
    public func write(to path: String) throws {
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(self).write(to: url, options: .atomic)
    }

    public static func read(from path: String) throws -> AuditCheckpoint? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        return try JSONDecoder().decode(AuditCheckpoint.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
    }
}

/// The server's secret key, held in a file outside the database (`SHAREWELL_KEY_FILE`).
public struct ServerKey: Sendable {
    let key: SymmetricKey

    public init(key: SymmetricKey) { self.key = key }

    /// Reads the key file, or, when `createIfMissing` (development), writes a new one readable
    /// only by its owner. Returns whether it was created, so the caller can warn.
    public static func load(path: String, createIfMissing: Bool) throws(StoreError) -> (key: ServerKey, created: Bool) {
        let url = URL(fileURLWithPath: path)
        if let text = try? String(contentsOf: url, encoding: .utf8) {
            guard let data = Data(base64Encoded: text.trimmingCharacters(in: .whitespacesAndNewlines)), data.count >= 32 else {
                throw .keyFile(path: path, problem: "it does not hold a base64 key of at least 32 bytes")
            }
            return (ServerKey(key: SymmetricKey(data: data)), false)
        }
        guard createIfMissing else { throw .keyFile(path: path, problem: "it does not exist") }
        let key = SymmetricKey(size: .bits256)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            let text = key.withUnsafeBytes { Data($0) }.base64EncodedString() + "\n"
            guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
                throw StoreError.keyFile(path: path, problem: "it could not be created")
            }
        } catch {
            throw .keyFile(path: path, problem: "it could not be created")
        }
        return (ServerKey(key: key), true)
    }
}
