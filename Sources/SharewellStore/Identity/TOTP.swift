import Crypto
import Foundation

/// Time-based one-time passwords (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits), as every
/// authenticator app shows them.
public struct TOTP: Sendable, Equatable {
    public let secret: Data
    public static let step: TimeInterval = 30

    public init(secret: Data) { self.secret = secret }

    /// A new 160-bit secret, as RFC 4226 recommends.
    public static func generate() -> TOTP {
        TOTP(secret: SymmetricKey(size: .init(bitCount: 160)).withUnsafeBytes { Data($0) })
    }

    public init?(base32 text: String) {
        guard let data = Base32.decode(text) else { return nil }
        secret = data
    }

    public var base32: String { Base32.encode(secret) }

    /// The `otpauth://` URI an authenticator app reads from a QR code or a link.
    public func provisioningURI(account: String, issuer: String = "Sharewell") -> String {
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~@"))
        let label = "\(issuer):\(account)".addingPercentEncoding(withAllowedCharacters: allowed.union(CharacterSet(charactersIn: ":"))) ?? account
        return "otpauth://totp/\(label)?secret=\(base32)&issuer=\(issuer.addingPercentEncoding(withAllowedCharacters: allowed) ?? issuer)&algorithm=SHA1&digits=6&period=30"
    }

    public static func timeStep(at date: Date) -> Int64 { Int64(floor(date.timeIntervalSince1970 / step)) }

    /// The code for one time step, `digits` long (RFC 4226 dynamic truncation).
    public func code(step counter: Int64, digits: Int = 6) -> String {
        var big = UInt64(bitPattern: counter).bigEndian
        let message = withUnsafeBytes(of: &big) { Data($0) }
        let mac = Array(HMAC<Insecure.SHA1>.authenticationCode(for: message, using: SymmetricKey(data: secret)))
        let offset = Int(mac[mac.count - 1] & 0x0F)
        let binary = (UInt32(mac[offset] & 0x7F) << 24) | (UInt32(mac[offset + 1]) << 16) | (UInt32(mac[offset + 2]) << 8) | UInt32(mac[offset + 3])
        var modulus: UInt32 = 1
        for _ in 0..<digits { modulus *= 10 }
        let value = String(binary % modulus)
        return String(repeating: "0", count: digits - value.count) + value
    }

    /// The step a code matches, allowing one step either side for clock drift; `nil` if none does.
    public func matchingStep(for code: String, at date: Date) -> Int64? {
        let cleaned = code.filter { !$0.isWhitespace }
        guard cleaned.count == 6, cleaned.allSatisfy(\.isNumber) else { return nil }
        let now = Self.timeStep(at: date)
        return [now, now - 1, now + 1].first { Secrets.constantTimeEqual(self.code(step: $0), cleaned) }
    }
}

/// RFC 4648 base32, the alphabet authenticator apps expect for TOTP keys.
enum Base32 {
    static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")

    static func encode(_ data: Data) -> String {
        var out = "", buffer = 0, bits = 0
        for byte in data {
            buffer = (buffer << 8) | Int(byte)
            bits += 8
            while bits >= 5 {
                out.append(alphabet[(buffer >> (bits - 5)) & 31])
                bits -= 5
            }
        }
        if bits > 0 { out.append(alphabet[(buffer << (5 - bits)) & 31]) }
        return out
    }

    static func decode(_ text: String) -> Data? {
        var out = Data(), buffer = 0, bits = 0
        for c in text.uppercased() where c != " " && c != "=" {
            guard let value = alphabet.firstIndex(of: c) else { return nil }
            buffer = (buffer << 5) | value
            bits += 5
            if bits >= 8 {
                out.append(UInt8((buffer >> (bits - 8)) & 0xFF))
                bits -= 8
            }
        }
        return out.isEmpty ? nil : out
    }
}
