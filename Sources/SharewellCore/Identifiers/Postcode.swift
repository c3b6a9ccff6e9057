/// A UK postcode, validated with the government pattern and held in canonical form:
/// upper case, one space before the last three characters (`ol82qd` → `OL8 2QD`).
public struct Postcode: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The canonical form, e.g. `OL8 2QD`.
    public let value: String

    /// Accepts any case, surrounding spaces, and no space or one space between the outward and inward codes.
    public init(_ text: String) throws(CoreError) {
        let trimmed = text.trimmingSpaces().uppercased()
        let parts = trimmed.split(separator: " ", omittingEmptySubsequences: false)
        let compact: Substring
        switch parts.count {
        case 1: compact = parts[0]
        case 2 where parts[1].count == 3: compact = Substring(parts[0] + parts[1])
        default: throw .postcodeFormat(text)
        }
        guard compact.count >= 5, compact.count <= 7 else { throw .postcodeFormat(text) }
        let outward = compact.dropLast(3), inward = compact.suffix(3)
        guard Self.isOutward(outward) && Self.isInward(inward) || compact == "GIR0AA" else { throw .postcodeFormat(text) }
        value = "\(outward) \(inward)"
    }

    /// The outward code, or district: everything before the space (`OL8`).
    public var district: String { String(value.prefix { $0 != " " }) }
    /// The inward code: the last three characters (`2QD`).
    public var inward: String { String(value.suffix(3)) }
    /// The sector: district, a space, and the first inward digit (`OL8 2`).
    public var sector: String { "\(district) \(inward.prefix(1))" }
    /// The area: the leading letters (`OL`).
    public var area: String { String(value.prefix { $0.isLetter }) }

    public var description: String { value }
    public static func < (a: Postcode, b: Postcode) -> Bool { a.value < b.value }

    /// `[A-Z][A-HJ-Y]?[0-9][A-Z0-9]?`
    private static func isOutward(_ s: Substring) -> Bool {
        let c = Array(s)
        guard (2...4).contains(c.count), c[0].isASCIIUppercaseLetter else { return false }
        var i = 1
        if c[i].isASCIIUppercaseLetter {
            guard c[i] != "I" && c[i] != "Z" else { return false }
            i += 1
        }
        guard i < c.count, c[i].isASCIIDigit else { return false }
        i += 1
        if i < c.count {
            guard c[i].isASCIIDigit || c[i].isASCIIUppercaseLetter else { return false }
            i += 1
        }
        return i == c.count
    }

    /// `[0-9][A-Z]{2}`
    private static func isInward(_ s: Substring) -> Bool {
        let c = Array(s)
        return c.count == 3 && c[0].isASCIIDigit && c[1].isASCIIUppercaseLetter && c[2].isASCIIUppercaseLetter
    }
}

/// A postcode sector (`OL8 2`): how children's centres describe their catchment.
public struct PostcodeSector: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let value: String

    /// Accepts a sector written like `OL8 2` (any case); rejects anything else.
    public init(_ text: String) throws(CoreError) {
        // A sector is a full postcode minus its last two letters: borrow the postcode rule.
        let trimmed = text.trimmingSpaces().uppercased()
        guard let postcode = try? Postcode(trimmed + "AA"), postcode.sector == trimmed else { throw .postcodeFormat(text) }
        value = trimmed
    }

    public var description: String { value }
    public static func < (a: Self, b: Self) -> Bool { a.value < b.value }
}
