import Crypto
import Foundation

/// The server's secret key, held in a file outside the database (`SHAREWELL_KEY_FILE`).
public struct ServerKey: Sendable {
    let key: SymmetricKey

    public init(key: SymmetricKey) { self.key = key }

    /// A new random key (tests, and a first demo run).
    public static func generate() -> ServerKey { ServerKey(key: SymmetricKey(size: .bits256)) }

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
