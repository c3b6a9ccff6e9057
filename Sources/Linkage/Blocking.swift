/// The blocking rules (issue 7, item 2): only pairs agreeing on one of these are compared. Each
/// rule's pairs are counted; the union has no pair twice.
public enum BlockingRule: String, CaseIterable, Sendable {
    case nhsNumber = "nhs_number"
    case fullName = "given_name+family_name"
    case familyNameAndBirth = "family_name+date_of_birth"
    case givenNameAndBirth = "given_name+date_of_birth"
    case postcodeAndInitials = "postcode+initials"
    case birthAndPostcodeArea = "date_of_birth+postcode_area"
    case birthAndPostcode = "date_of_birth+postcode"
    /// Training only: pairs born the same day, to learn how names agree among matches.
    case birth = "date_of_birth"

    /// The rules whose pairs are scored.
    public static let prediction: [BlockingRule] = [.nhsNumber, .fullName, .familyNameAndBirth, .givenNameAndBirth, .postcodeAndInitials, .birthAndPostcodeArea, .birthAndPostcode]

    /// A record is not paired through a key shared by more than this many records (a very common
    /// name in one town): those pairs are almost all non-matches, and the other rules still find the true ones.
    static let largestBlock = 500

    /// The record's key under this rule, or `nil` when a part of it is missing.
    func key(_ r: PreparedRecords, _ i: Int) -> UInt64? {
        let dob = r.dateOfBirth[i]
        func birth() -> ArraySlice<UInt8>? {
            guard dob.isComplete else { return nil }
            return withUnsafeBytes(of: dob.packed) { Array($0)[...] }
        }
        func parts(_ parts: [ArraySlice<UInt8>?]) -> UInt64? {
            let present = parts.compactMap { $0 }
            guard present.count == parts.count, present.allSatisfy({ !$0.isEmpty }) else { return nil }
            return PreparedRecords.hash64(present) &+ UInt64(rawValue.utf8.count)
        }
        switch self {
        case .nhsNumber: return r.nhsNumber[i] == 0 ? nil : UInt64(bitPattern: r.nhsNumber[i]) &* 31
        case .fullName: return parts([r.givenFormal[i], r.family[i]])
        case .familyNameAndBirth: return parts([r.family[i], birth()])
        case .givenNameAndBirth: return parts([r.givenFormal[i], birth()])
        case .postcodeAndInitials: return parts([r.postcode[i], r.given[i].prefix(1), r.family[i].prefix(1)])
        case .birthAndPostcodeArea: return parts([birth(), r.area[i]])
        case .birthAndPostcode: return parts([birth(), r.postcode[i]])
        case .birth: return parts([birth()])
        }
    }
}

/// The candidate pairs of two files (or of one file with itself, each pair once), and how many
/// each rule produced before the union.
public struct CandidatePairs: Sendable {
    public let left: [Int32]
    public let right: [Int32]
    public let perRule: [(rule: BlockingRule, pairs: Int)]

    public var count: Int { left.count }

    /// `limit` stops gathering once that many pairs are found (training needs a sample, not all).
    public init(_ a: PreparedRecords, _ b: PreparedRecords?, rules: [BlockingRule] = BlockingRule.prediction, limit: Int = .max) {
        let other = b ?? a
        var seen = Set<UInt64>()
        var left: [Int32] = [], right: [Int32] = [], perRule: [(BlockingRule, Int)] = []
        for rule in rules {
            var index: [UInt64: [Int32]] = [:]
            for j in 0..<other.count { if let key = rule.key(other, j) { index[key, default: []].append(Int32(j)) } }
            var produced = 0
            for i in 0..<a.count where left.count < limit {
                guard let key = rule.key(a, i), let matches = index[key] else { continue }
                if matches.count > BlockingRule.largestBlock { continue }
                for j in matches where b != nil || Int(j) > i {
                    produced += 1
                    if seen.insert(UInt64(UInt32(i)) << 32 | UInt64(UInt32(j))).inserted { left.append(Int32(i)); right.append(j) }
                }
            }
            perRule.append((rule, produced))
        }
        self.left = left; self.right = right; self.perRule = perRule
    }
}
