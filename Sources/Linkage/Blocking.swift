/// The blocking rules (issue 7, item 2): only pairs agreeing on one of these are compared. Each
/// rule's pairs are counted; the union has no pair twice.
public enum BlockingRule: String, CaseIterable, Sendable {
    case nhsNumber = "nhs_number"
    case fullName = "given_name+family_name"
    case familyNameAndBirth = "family_name+date_of_birth"
    case givenNameAndBirth = "given_name+date_of_birth"
    case postcodeAndInitials = "postcode+initials"
    /// The district, not Splink's postcode area: in one borough everyone shares the area, which
    /// would make this rule "same birthday" and its pairs the bulk of the work.
    case birthAndPostcodeDistrict = "date_of_birth+postcode_district"
    case birthAndPostcode = "date_of_birth+postcode"
    /// Born the same day with the same initial: both names mistyped, or a move and a misspelling.
    case birthAndGivenInitial = "date_of_birth+given_initial"
    case birthAndFamilyInitial = "date_of_birth+family_initial"
    /// Training only: pairs born the same day, to learn how names agree among matches.
    case birth = "date_of_birth"
    /// Training only: pairs at one postcode, chosen without looking at names, to learn how often
    /// people at one address share a name.
    case postcode = "postcode"

    /// The rules whose pairs are scored.
    public static let prediction: [BlockingRule] = [.nhsNumber, .fullName, .familyNameAndBirth, .givenNameAndBirth, .postcodeAndInitials, .birthAndPostcodeDistrict, .birthAndPostcode, .birthAndGivenInitial, .birthAndFamilyInitial]

    /// A record is not paired through a key shared by more than this many records (a very common
    /// name in one town): those pairs are almost all non-matches, and the other rules still find the true ones.
    static let largestBlock = 500

    /// The record's key under this rule, or `nil` when a part of it is missing.
    func key(_ r: PreparedRecords, _ i: Int) -> UInt64? {
        let born = r.dateOfBirth[i]
        var key = BlockingKey()
        // Every part must be present; the key is built without allocating (this runs for every record and rule).
        func add(_ part: some Collection<UInt8>) -> Bool { if part.isEmpty { return false }; key.add(part); return true }
        func addBirth() -> Bool {
            guard born.isComplete else { return false }
            withUnsafeBytes(of: born.packed) { key.add($0) }
            return true
        }
        let complete: Bool
        switch self {
        case .nhsNumber: return r.nhsNumber[i] == 0 ? nil : UInt64(bitPattern: r.nhsNumber[i]) &* 31
        case .fullName: complete = add(r.givenFormal[i]) && add(r.family[i])
        case .familyNameAndBirth: complete = add(r.family[i]) && addBirth()
        case .givenNameAndBirth: complete = add(r.givenFormal[i]) && addBirth()
        case .postcodeAndInitials: complete = add(r.postcode[i]) && add(r.given[i].prefix(1)) && add(r.family[i].prefix(1))
        case .birthAndPostcodeDistrict: complete = addBirth() && add(r.district[i])
        case .birthAndPostcode: complete = addBirth() && add(r.postcode[i])
        case .birthAndGivenInitial: complete = addBirth() && add(r.given[i].prefix(1))
        case .birthAndFamilyInitial: complete = addBirth() && add(r.family[i].prefix(1))
        case .birth: complete = addBirth()
        case .postcode: complete = add(r.postcode[i])
        }
        return complete ? key.hash : nil
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
    /// A pair an earlier rule produced is recognised by that rule's keys, so no set of pairs is kept.
    public init(_ a: PreparedRecords, _ b: PreparedRecords?, rules: [BlockingRule] = BlockingRule.prediction, limit: Int = .max) {
        let other = b ?? a
        var left: [Int32] = [], right: [Int32] = [], perRule: [(BlockingRule, Int)] = []
        // Per rule done: each record's key on both sides (0 for none), and whether the key's block was used.
        var earlier: [(a: [UInt64], b: [UInt64], used: [Bool])] = []
        for rule in rules {
            let bKeys = (0..<other.count).map { rule.key(other, $0) ?? 0 }
            var index: [UInt64: [Int32]] = [:]
            for j in 0..<other.count where bKeys[j] != 0 { index[bKeys[j], default: []].append(Int32(j)) }
            let aKeys = b == nil ? bKeys : (0..<a.count).map { rule.key(a, $0) ?? 0 }
            var used = Array(repeating: false, count: a.count)
            var produced = 0
            for i in 0..<a.count where left.count < limit && aKeys[i] != 0 {
                guard let matches = index[aKeys[i]], matches.count <= BlockingRule.largestBlock else { continue }
                used[i] = true
                for j in matches where b != nil || Int(j) > i {
                    produced += 1
                    let again = earlier.contains { $0.a[i] != 0 && $0.used[i] && $0.a[i] == $0.b[Int(j)] }
                    if !again { left.append(Int32(i)); right.append(j) }
                }
            }
            earlier.append((aKeys, bKeys, used))
            perRule.append((rule, produced))
        }
        self.left = left; self.right = right; self.perRule = perRule
    }
}
