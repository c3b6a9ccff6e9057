/// A Unique Pupil Number: a check letter, the LA number (3 digits), the establishment
/// number (4), the year of allocation (2) and a serial (3) whose last character is a
/// letter for a temporary UPN (DfE; STANDARDS.md).
public struct UPN: Hashable, Sendable, CustomStringConvertible {
    /// The 13 characters, upper case.
    public let value: String

    /// The letters used for the check letter and for a temporary UPN's last character: no I, O or S.
    public static let checkAlphabet: [Character] = Array("ABCDEFGHJKLMNPQRTUVWXYZ")

    /// Accepts upper or lower case and surrounding spaces; rejects a wrong length, an unknown LA or a wrong check letter.
    public init(_ text: String) throws(CoreError) {
        let chars = Array(text.trimmingSpaces().uppercased())
        guard chars.count == 13 else { throw .upnLength(found: chars.count) }
        guard Self.checkAlphabet.contains(chars[0]),
              chars[1...11].allSatisfy(\.isASCIIDigit),
              chars[12].isASCIIDigit || Self.checkAlphabet.contains(chars[12])
        else { throw .upnCharacters }
        let la = String(chars[1...3])
        guard LocalAuthorityNumber.isKnown(la) else { throw .upnLocalAuthority(la) }
        let expected = Self.checkLetter(for: chars[1...12])
        guard expected == chars[0] else { throw .upnCheckLetter(expected: expected, found: chars[0]) }
        value = String(chars)
    }

    /// The check letter for the 12 characters after it: weights 2 to 13, sum mod 23 into ``checkAlphabet``.
    public static func checkLetter(for body: some Collection<Character>) -> Character {
        var sum = 0
        for (weight, character) in zip(2...13, body) {
            sum += weight * (character.wholeNumberValue ?? checkAlphabet.firstIndex(of: character) ?? 0)
        }
        return checkAlphabet[sum % 23]
    }

    /// A UPN from its 12 characters after the check letter, with the check letter computed.
    public static func completing(_ body: String) throws(CoreError) -> UPN {
        try UPN(String(checkLetter(for: Array(body))) + body)
    }

    /// A temporary UPN ends in a letter; a permanent one replaces it later.
    public var isTemporary: Bool { value.last.map { !$0.isASCIIDigit } ?? false }

    public var description: String { value }
}

/// A DfE local-authority number (e.g. 352 Manchester), as used in UPNs and LA team codes.
public enum LocalAuthorityNumber {
    /// The ranges the DfE allocates from: London 201–213 and 301–320, metropolitan 330–394,
    /// Isles of Scilly 420, shire and unitary 800–938.
    public static func isKnown(_ code: String) -> Bool {
        guard code.count == 3, code.allSatisfy(\.isASCIIDigit), let n = Int(code) else { return false }
        return (201...213).contains(n) || (301...320).contains(n) || (330...394).contains(n)
            || n == 420 || (800...938).contains(n)
    }
}

extension String {
    /// The text without leading or trailing spaces, tabs or line ends (no Foundation in the core).
    func trimmingSpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        return String(drop(while: isSpace).reversed().drop(while: isSpace).reversed())
    }
}
