import Crypto
import Foundation

/// Seals secrets the server must read back (TOTP keys) with AES-256-GCM under a key derived from the
/// server key, so a copy of the database alone does not hand an attacker everyone's second factor.
public struct SecretSealer: Sendable {
    let key: SymmetricKey
    static let prefix = "sealed:v1:"

    public init(serverKey: ServerKey) {
        // Its own key, derived, so the checkpoint signatures and the sealed secrets never share one.
        key = HKDF<SHA256>.deriveKey(inputKeyMaterial: serverKey.key, info: Data("sharewell secret sealing v1".utf8), outputByteCount: 32)
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
}
