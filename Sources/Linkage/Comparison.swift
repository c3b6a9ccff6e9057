import SharewellCore

/// The six comparisons of a pair (issue 7, item 3), each a graded level: 0 is the strongest
/// agreement, the last is disagreement, and `Comparison.missing` where either side has no value
/// (a missing value is no evidence either way).
public enum Comparison: Int, CaseIterable, Sendable {
    case givenName, familyName, dateOfBirth, sex, nhsNumber, location

    public static let missing: UInt8 = 255

    /// The levels, strongest first, in words for the explanation.
    public var levels: [String] {
        switch self {
        case .givenName: ["the same", "the same formal name (a nickname of it), or given and family names swapped", "very similar", "similar", "different"]
        case .familyName: ["the same", "very similar, sharing one part of a double-barrelled name, or swapped with the given name", "similar", "different"]
        case .dateOfBirth: ["the same", "day and month swapped", "one of day, month or year different", "the same year only", "different"]
        case .sex: ["the same", "different"]
        case .nhsNumber: ["the same", "different"]
        case .location: ["the same postcode and a similar address", "the same postcode", "a very similar address", "the same postcode district", "different"]
        }
    }

    public var displayName: String {
        switch self {
        case .givenName: "Given name"
        case .familyName: "Family name"
        case .dateOfBirth: "Date of birth"
        case .sex: "Sex"
        case .nhsNumber: "NHS number"
        case .location: "Postcode and address"
        }
    }

    /// The level of this comparison for record `i` of `a` and record `j` of `b`.
    func level(_ a: PreparedRecords, _ i: Int, _ b: PreparedRecords, _ j: Int) -> UInt8 {
        switch self {
        case .givenName:
            let x = a.given[i], y = b.given[j]
            if x.isEmpty || y.isEmpty { return Self.missing }
            if x.same(y) { return 0 }
            if a.givenFormal[i].same(b.givenFormal[j]) || Self.swapped(a, i, b, j) { return 1 }
            let jw = StringSimilarity.jaroWinkler(x, y)
            return jw >= 0.92 ? 2 : jw >= 0.8 ? 3 : 4
        case .familyName:
            let x = a.family[i], y = b.family[j]
            if x.isEmpty || y.isEmpty { return Self.missing }
            if x.same(y) { return 0 }
            let jw = StringSimilarity.jaroWinkler(x, y)
            if jw >= 0.92 || sharesWord(a.familyWords[i], b.familyWords[j]) || Self.swapped(a, i, b, j) { return 1 }
            return jw >= 0.8 || StringSimilarity.damerauLevenshtein(x, y, limit: 2) <= 2 ? 2 : 3
        case .dateOfBirth:
            let x = a.dateOfBirth[i], y = b.dateOfBirth[j]
            if !x.isKnown || !y.isKnown { return Self.missing }
            if x == y { return 0 }
            if x.year == y.year, x.month == y.day, x.day == y.month, x.day != 0 { return 1 }
            let differing = (x.year != y.year ? 1 : 0) + (x.month != y.month ? 1 : 0) + (x.day != y.day ? 1 : 0)
            if differing == 1 { return 2 }
            return x.year == y.year ? 3 : 4
        case .sex:
            let x = a.sex[i], y = b.sex[j]
            if x == 0 || y == 0 { return Self.missing }
            return x == y ? 0 : 1
        case .nhsNumber:
            let x = a.nhsNumber[i], y = b.nhsNumber[j]
            if x == 0 || y == 0 { return Self.missing }
            return x == y ? 0 : 1
        case .location:
            let px = a.postcode[i], py = b.postcode[j], wx = a.addressWords[i], wy = b.addressWords[j]
            if (px.isEmpty && wx.isEmpty) || (py.isEmpty && wy.isEmpty) { return Self.missing }
            let samePostcode = !px.isEmpty && px.same(py)
            let house = !a.houseNumber[i].isEmpty && a.houseNumber[i].same(b.houseNumber[j])
            let overlap = jaccard(wx, wy)
            if samePostcode && (house || overlap >= 0.5) { return 0 }
            if samePostcode { return 1 }
            if house && overlap >= 0.8 { return 2 }
            return !a.district[i].isEmpty && a.district[i].same(b.district[j]) ? 3 : 4
        }
    }

    /// Given and family names written the wrong way round.
    static func swapped(_ a: PreparedRecords, _ i: Int, _ b: PreparedRecords, _ j: Int) -> Bool {
        !a.given[i].isEmpty && a.given[i].same(b.family[j]) && a.family[i].same(b.given[j])
    }

    private func sharesWord(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Bool {
        guard x.contains(UInt8(ascii: "|")) || y.contains(UInt8(ascii: "|")) else { return false }
        for wx in x.split(separator: UInt8(ascii: "|")) where wx.count > 2 {
            for wy in y.split(separator: UInt8(ascii: "|")) where wx.elementsEqual(wy) { return true }
        }
        return false
    }

    /// Shared words over all words, on sorted word hashes.
    private func jaccard(_ x: UnsafeBufferPointer<UInt32>, _ y: UnsafeBufferPointer<UInt32>) -> Double {
        guard !x.isEmpty, !y.isEmpty else { return 0 }
        var i = x.startIndex, j = y.startIndex, shared = 0
        while i < x.endIndex, j < y.endIndex {
            if x[i] == y[j] { shared += 1; i += 1; j += 1 } else if x[i] < y[j] { i += 1 } else { j += 1 }
        }
        return Double(shared) / Double(x.count + y.count - shared)
    }
}

/// A pair's levels, one per comparison, packed three bits each (7 for missing): a whole pair in 32 bits.
public struct ComparisonVector: Sendable, Hashable {
    public let packed: UInt32

    init(_ a: PreparedRecords, _ i: Int, _ b: PreparedRecords, _ j: Int) {
        var packed: UInt32 = 0
        for c in Comparison.allCases {
            let level = c.level(a, i, b, j)
            packed |= UInt32(level == Comparison.missing ? 7 : level) << UInt32(3 * c.rawValue)
        }
        self.packed = packed
    }

    init(packed: UInt32) { self.packed = packed }

    /// The level of one comparison, or `nil` where a value was missing.
    public func level(_ c: Comparison) -> Int? {
        let level = Int((packed >> UInt32(3 * c.rawValue)) & 7)
        return level == 7 ? nil : level
    }
}

