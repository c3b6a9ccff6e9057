/// A UK postcode, validated with the government pattern and held in canonical form:
/// upper case, one space before the last three characters (`ol82qd` → `OL8 2QD`).
public struct Postcode: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The canonical form, e.g. `OL8 2QD`.
    public let value: String

    /// Accepts any case, surrounding spaces, and no space or one space between the outward and inward codes.
    /// Read as bytes: imports and the linkage engine parse a postcode for every person.
    public init(_ text: String) throws(CoreError) {
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        let bytes = text.utf8
        guard let first = bytes.firstIndex(where: { !isSpace($0) }), let last = bytes.lastIndex(where: { !isSpace($0) }) else {
            throw .postcodeFormat(text)
        }
        var compact: [UInt8] = [], spaces = 0, afterSpace = 0
        compact.reserveCapacity(8)
        for byte in bytes[first...last] {
            if byte == 0x20 { spaces += 1; afterSpace = 0; continue }
            guard byte < 0x80, compact.count < 7 else { throw .postcodeFormat(text) }
            compact.append(byte >= 0x61 && byte <= 0x7A ? byte - 0x20 : byte)
            afterSpace += 1
        }
        guard spaces == 0 || (spaces == 1 && afterSpace == 3), compact.count >= 5 else { throw .postcodeFormat(text) }
        let outward = compact.dropLast(3), inward = compact.suffix(3)
        guard Self.isOutward(outward) && Self.isInward(inward) || compact.elementsEqual("GIR0AA".utf8) else { throw .postcodeFormat(text) }
        value = String(decoding: outward + [0x20] + inward, as: UTF8.self)
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
    private static func isOutward(_ c: ArraySlice<UInt8>) -> Bool {
        guard (2...4).contains(c.count), isLetter(c[c.startIndex]) else { return false }
        var i = c.startIndex + 1
        if isLetter(c[i]) {
            guard c[i] != UInt8(ascii: "I") && c[i] != UInt8(ascii: "Z") else { return false }
            i += 1
        }
        guard i < c.endIndex, isDigit(c[i]) else { return false }
        i += 1
        if i < c.endIndex {
            guard isDigit(c[i]) || isLetter(c[i]) else { return false }
            i += 1
        }
        return i == c.endIndex
    }

    /// `[0-9][A-Z]{2}`
    private static func isInward(_ c: ArraySlice<UInt8>) -> Bool {
        c.count == 3 && isDigit(c[c.startIndex]) && isLetter(c[c.startIndex + 1]) && isLetter(c[c.startIndex + 2])
    }

    private static func isLetter(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
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
