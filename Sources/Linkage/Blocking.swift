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

/// The blocking rules applied to two files (or to one file with itself): for each rule, the blocks
/// of right-hand records sharing a key, and which block each record on either side falls in. Pairs
/// are enumerated from it on demand, never stored: memory grows with the records, not with the pairs.
public struct BlockIndex: Sendable {
    public let rules: [BlockingRule]
    let deduplicating: Bool
    private let indexes: [RuleIndex]
    /// How many pairs each rule produces before the union.
    public let perRule: [(rule: BlockingRule, pairs: Int)]

    public var leftCount: Int { indexes.first?.leftBlock.count ?? 0 }

    /// The rules are indexed at the same time, as child tasks.
    public init(_ a: PreparedRecords, _ b: PreparedRecords?, rules: [BlockingRule] = BlockingRule.prediction) async {
        indexes = await withTaskGroup(of: (Int, RuleIndex).self) { group in
            for (r, rule) in rules.enumerated() { group.addTask { (r, RuleIndex(rule, a, b)) } }
            var indexed = [RuleIndex?](repeating: nil, count: rules.count)
            for await (r, index) in group { indexed[r] = index }
            return indexed.map { $0! }
        }
        self.rules = rules; deduplicating = b == nil
        perRule = zip(rules, indexes).map { ($0, $1.pairs) }
    }

    /// Calls `pair` once for each candidate pair whose left record is in `range`, in a fixed order.
    /// A pair an earlier rule produced is recognised by that rule's blocks, so no set of pairs is kept.
    public func forEachPair(leftIn range: Range<Int>, _ pair: (Int32, Int32) -> Void) {
        for i in range {
            for (r, index) in indexes.enumerated() where index.leftBlock[i] >= 0 {
                let block = Int(index.leftBlock[i])
                for k in Int(index.starts[block])..<Int(index.starts[block + 1]) {
                    let j = index.members[k]
                    guard !deduplicating || Int(j) > i else { continue }
                    if !(0..<r).contains(where: { indexes[$0].leftBlock[i] >= 0 && indexes[$0].leftBlock[i] == indexes[$0].rightBlock[Int(j)] }) { pair(Int32(i), j) }
                }
            }
        }
    }

    /// One rule's blocks, stored flat: block `n`'s right-hand records are `members[starts[n]..<starts[n + 1]]`.
    private struct RuleIndex: Sendable {
        /// Each record's block, -1 for none (no key, or on the left a block too large to use).
        var leftBlock: [Int32], rightBlock: [Int32]
        var starts: [Int32], members: [Int32]
        var pairs = 0

        init(_ rule: BlockingRule, _ a: PreparedRecords, _ b: PreparedRecords?) {
            let other = b ?? a
            var blockOfKey: [UInt64: Int32] = [:], sizes: [Int32] = []
            rightBlock = (0..<other.count).map { j in
                guard let key = rule.key(other, j) else { return -1 }
                if let block = blockOfKey[key] { sizes[Int(block)] += 1; return block }
                blockOfKey[key] = Int32(sizes.count); sizes.append(1)
                return Int32(sizes.count - 1)
            }
            starts = [0]
            for size in sizes { starts.append(starts.last! + size) }
            var next = starts, members = [Int32](repeating: 0, count: Int(starts.last!))
            for j in rightBlock.indices where rightBlock[j] >= 0 {
                members[Int(next[Int(rightBlock[j])])] = Int32(j); next[Int(rightBlock[j])] += 1
            }
            self.members = members
            leftBlock = b == nil ? rightBlock : (0..<a.count).map { i in rule.key(a, i).flatMap { blockOfKey[$0] } ?? -1 }
            for i in leftBlock.indices where leftBlock[i] >= 0 {
                let block = Int(leftBlock[i]), size = Int(sizes[block])
                guard size <= BlockingRule.largestBlock else { leftBlock[i] = -1; continue }
                // Within one file each pair once: with the members after this one.
                pairs += b == nil ? members[Int(starts[block])..<Int(starts[block + 1])].count { Int($0) > i } : size
            }
        }
    }
}

/// Candidate pairs gathered into memory: the training samples, which stop at `limit` pairs.
public struct CandidatePairs: Sendable {
    public let left: [Int32]
    public let right: [Int32]

    public var count: Int { left.count }

    /// The first pairs these rules give, in the index's order, until `limit` is reached.
    public init(_ a: PreparedRecords, _ b: PreparedRecords?, rules: [BlockingRule], limit: Int) async {
        let index = await BlockIndex(a, b, rules: rules)
        var left: [Int32] = [], right: [Int32] = [], i = 0
        while i < index.leftCount, left.count < limit {
            index.forEachPair(leftIn: i..<i + 1) { left.append($0); right.append($1) }
            i += 1
        }
        self.left = left; self.right = right
    }
}
