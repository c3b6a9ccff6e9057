/// An NHS number: ten digits, the last a modulus-11 check digit (STANDARDS.md).
///
/// Stored as its ten digits; written for people as `943 476 5919`.
public struct NHSNumber: Hashable, Sendable, CustomStringConvertible {
    /// The ten digits, with no spaces.
    public let digits: String

    /// Accepts spaces or hyphens between digits; rejects a wrong length, other characters or a failed check digit.
    public init(_ text: String) throws(CoreError) {
        let compact = text.filter { $0 != " " && $0 != "-" }
        guard compact.allSatisfy(\.isASCIIDigit) else { throw .nhsNumberNotDigits }
        guard compact.count == 10 else { throw .nhsNumberLength(found: compact.count) }
        let values = compact.compactMap(\.wholeNumberValue)
        guard Self.checkDigit(values.prefix(9)) == values[9] else { throw .nhsNumberCheckDigit }
        digits = compact
    }

    /// The check digit for nine leading digits, or `nil` where the rule gives 10 (no valid number has that body).
    ///
    /// Weights 10 down to 2; check = 11 − (sum mod 11); 11 becomes 0. Inlinable so the linkage
    /// engine, which checks every record's number, gets a version specialised to its digits.
    @inlinable
    public static func checkDigit(_ body: some Collection<Int>) -> Int? {
        precondition(body.count == 9, "an NHS number body has nine digits")
        var sum = 0, weight = 10
        for digit in body { sum += digit * weight; weight -= 1 }
        switch 11 - sum % 11 {
        case 11: return 0
        case 10: return nil
        case let check: return check
        }
    }

    /// The valid number that starts with these nine digits, if the check digit allows one.
    public static func completing(_ body: [Int]) -> NHSNumber? {
        guard body.count == 9, body.allSatisfy({ (0...9).contains($0) }), let check = checkDigit(body) else { return nil }
        return try? NHSNumber((body + [check]).map(String.init).joined())
    }

    /// Numbers beginning 999 are reserved for test patients; synthetic data uses only these.
    public var isTestNumber: Bool { digits.hasPrefix("999") }

    /// The 3-3-4 grouping people read aloud: `943 476 5919`.
    public var description: String {
        let d = Array(digits)
        return "\(String(d[0..<3])) \(String(d[3..<6])) \(String(d[6..<10]))"
    }
}

extension Character {
    /// An ASCII `0`–`9`; `wholeNumberValue` alone also accepts other scripts' digits.
    var isASCIIDigit: Bool { isASCII && isNumber }
    var isASCIIUppercaseLetter: Bool { isASCII && isUppercase }
}
