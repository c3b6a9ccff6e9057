import Foundation
import SharewellStore
import Testing

@Suite("TOTP (RFC 6238)")
struct TOTPTests {
    /// RFC 6238 appendix B, SHA-1 rows: time → 8-digit code for the ASCII secret "12345678901234567890".
    @Test("codes match the RFC's test vectors", arguments: [
        (59, "94287082"), (1_111_111_109, "07081804"), (1_111_111_111, "14050471"),
        (1_234_567_890, "89005924"), (2_000_000_000, "69279037"), (20_000_000_000, "65353130"),
    ])
    func rfcVectors(_ time: Int, _ code: String) {
        let totp = TOTP(secret: Data("12345678901234567890".utf8))
        #expect(totp.code(step: TOTP.timeStep(at: Date(timeIntervalSince1970: TimeInterval(time))), digits: 8) == code)
    }

    @Test("a code is accepted one step either side and refused two steps away")
    func window() {
        let totp = TOTP.generate(), now = Date(timeIntervalSince1970: 1_800_000_000)
        let step = TOTP.timeStep(at: now)
        #expect(totp.matchingStep(for: totp.code(step: step), at: now) == step)
        #expect(totp.matchingStep(for: totp.code(step: step - 1), at: now) == step - 1)
        #expect(totp.matchingStep(for: totp.code(step: step + 1), at: now) == step + 1)
        #expect(totp.matchingStep(for: totp.code(step: step - 2), at: now) == nil)
        #expect(totp.matchingStep(for: "12345", at: now) == nil)
        #expect(totp.matchingStep(for: "abcdef", at: now) == nil)
    }

    @Test("keys round-trip through base32, and the provisioning URI names issuer and account")
    func base32() throws {
        let known = try #require(TOTP(base32: "JBSWY3DPEHPK3PXP"))
        #expect(known.secret == Data([0x48, 0x65, 0x6C, 0x6C, 0x6F, 0x21, 0xDE, 0xAD, 0xBE, 0xEF]))
        let totp = TOTP.generate()
        #expect(TOTP(base32: totp.base32) == totp)
        #expect(totp.secret.count == 20)
        let uri = totp.provisioningURI(account: "amina.khan@nhs.example")
        #expect(uri.hasPrefix("otpauth://totp/Sharewell:amina.khan@nhs.example?secret=\(totp.base32)&issuer=Sharewell"))
        #expect(TOTP(base32: "not base32!") == nil)
    }
}
