import Crypto
import Foundation

/// What the store does with keys derived from the server key, which lives outside the database:
/// it seals secrets it must read back (TOTP keys, AES-256-GCM), so a copy of the database alone does
/// not hand an attacker everyone's second factor; and it makes keyed pseudonyms (HMAC-SHA256,
/// ARCHITECTURE rule 5), so a leaked table of pseudonyms cannot be reversed by hashing guesses.
public struct ServerSecrets: Sendable {
    let key: SymmetricKey
    private let root: SymmetricKey
    static let prefix = "sealed:v1:"

    public init(serverKey: ServerKey) {
        // Keys of their own, derived, so checkpoint signatures, sealing and pseudonyms never share one.
        key = HKDF<SHA256>.deriveKey(inputKeyMaterial: serverKey.key, info: Data("sharewell secret sealing v1".utf8), outputByteCount: 32)
        root = HKDF<SHA256>.deriveKey(inputKeyMaterial: serverKey.key, info: Data("sharewell pseudonyms v1".utf8), outputByteCount: 32)
    }

    /// The pseudonym of `subject` within `scope` (the secure box it is used in): the same person
    /// always gets the same one there, another scope gets another, and nothing stored reverses it.
    public func pseudonym(of subject: UUID, in scope: String) -> String {
        let scoped = HKDF<SHA256>.deriveKey(inputKeyMaterial: root, info: Data(scope.utf8), outputByteCount: 32)
        let mac = HMAC<SHA256>.authenticationCode(for: Data(subject.uuidString.lowercased().utf8), using: scoped)
        let alphabet = Array("BCDFGHJKLMNPQRSTVWXZ23456789")
        return "P-" + String(Array(mac).prefix(12).map { alphabet[Int($0) % alphabet.count] })
    }

    /// A short keyed tag (HMAC-SHA256 under a key of its own) proving the server wrote `text`, as
    /// the counts a page's notice reads from its address after a redirect: a crafted link has none.
    public func tag(_ text: String) -> String {
        let tagging = HKDF<SHA256>.deriveKey(inputKeyMaterial: key, info: Data("sharewell notice tags v1".utf8), outputByteCount: 32)
        return Array(HMAC<SHA256>.authenticationCode(for: Data(text.utf8), using: tagging)).prefix(16).map { String(format: "%02x", $0) }.joined()
    }

    func seal(_ text: String) throws -> String {
        guard let combined = try AES.GCM.seal(Data(text.utf8), using: key).combined else { throw StoreError.sealing("the secret could not be sealed") }
        return Self.prefix + combined.base64EncodedString()
    }

    func open(_ stored: String) throws -> String {
        guard let data = Data(base64Encoded: String(stored.dropFirst(Self.prefix.count))),
              let box = try? AES.GCM.SealedBox(combined: data), let opened = try? AES.GCM.open(box, using: key),
              let text = String(data: opened, encoding: .utf8) else {
            throw StoreError.sealing("a sealed secret does not open under this server's key: SHAREWELL_KEY_FILE is not the key it was sealed with")
        }
        return text
    }

    static func isSealed(_ stored: String) -> Bool { stored.hasPrefix(prefix) }

    /// Seals bytes as `seal(_:)` seals text (AES-256-GCM under the same derived key), with `context`
    /// authenticated but not stored: a box copied into another row, or another person's, does not open.
    func seal(_ bytes: Data, context: String) throws -> Data {
        guard let combined = try AES.GCM.seal(bytes, using: key, authenticating: Data(context.utf8)).combined else {
            throw StoreError.sealing("the kept data could not be sealed")
        }
        return combined
    }

    /// Opens what `seal(_:context:)` sealed, for the same context only.
    func open(_ sealed: Data, context: String) throws -> Data {
        guard let box = try? AES.GCM.SealedBox(combined: sealed),
              let opened = try? AES.GCM.open(box, using: key, authenticating: Data(context.utf8)) else {
            throw StoreError.sealing("kept data does not open under this server's key for its owner: SHAREWELL_KEY_FILE is not the key it was sealed with, or the row was moved")
        }
        return opened
    }
}
