/// A school or early-years setting's Unique Reference Number (Get Information About Schools): 6 digits.
public struct SchoolURN: Hashable, Sendable, CustomStringConvertible {
    public let value: String
    public init(_ text: String) throws(CoreError) {
        let t = text.trimmingSpaces()
        guard t.count == 6, t.allSatisfy(\.isASCIIDigit) else { throw .urnFormat(text) }
        value = t
    }
    public var description: String { value }
}

/// A GP practice's ODS code: a letter followed by 5 digits (`N81013`).
public struct GPPracticeCode: Hashable, Sendable, CustomStringConvertible {
    public let value: String
    public init(_ text: String) throws(CoreError) {
        let t = Array(text.trimmingSpaces().uppercased())
        guard t.count == 6, t[0].isASCIIUppercaseLetter, t[1...].allSatisfy(\.isASCIIDigit) else { throw .gpPracticeCodeFormat(text) }
        value = String(t)
    }
    public var description: String { value }
}

/// Any other NHS organisation's ODS code (a trust `RW6`, a site `RW601`): 3 to 6 capital letters and digits.
public struct ODSCode: Hashable, Sendable, CustomStringConvertible {
    public let value: String
    public init(_ text: String) throws(CoreError) {
        let t = text.trimmingSpaces().uppercased()
        guard (3...6).contains(t.count), t.allSatisfy({ $0.isASCIIDigit || $0.isASCIIUppercaseLetter }) else { throw .odsCodeFormat(text) }
        value = t
    }
    public var description: String { value }
}

/// A local-authority team: the DfE LA number, a hyphen and the team's letters (`352-EH`).
///
/// Teams of one council share its LA number, so the letters keep each directory entry's code unique.
public struct LocalAuthorityTeamCode: Hashable, Sendable, CustomStringConvertible {
    public let value: String
    public init(_ text: String) throws(CoreError) {
        let t = text.trimmingSpaces().uppercased()
        let parts = t.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, LocalAuthorityNumber.isKnown(String(parts[0])),
              (2...6).contains(parts[1].count), parts[1].allSatisfy(\.isASCIIUppercaseLetter)
        else { throw .localAuthorityTeamCodeFormat(text) }
        value = t
    }
    public var description: String { value }
}
