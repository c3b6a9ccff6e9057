/// The rule of seed 002's pilot applied to a profile: keep those with at least N distinct codes,
/// including at least one health and one non-health code, ranked by count then id.
public struct Stratification: Sendable {
    public enum Level: String, CaseIterable, Sendable { case person, household }

    public struct Ranked: Sendable, Equatable, Codable {
        public let id: String
        public let flags: Int
        public let healthFlags: Int
        public var nonHealthFlags: Int { flags - healthFlags }
    }

    public struct SweepRow: Sendable, Equatable, Codable {
        public let minFlags: Int
        public let persons: Int
        public let households: Int
    }

    private let profile: IndicatorProfile
    private let healthBits: UInt64
    private let healthMore: Set<Int>

    public init(_ profile: IndicatorProfile) {
        self.profile = profile
        var bits: UInt64 = 0, more = Set<Int>()
        for (code, health) in profile.codeIsHealth.enumerated() where health {
            if code < 64 { bits |= 1 << UInt64(code) } else { more.insert(code) }
        }
        healthBits = bits
        healthMore = more
    }

    /// Those qualifying at `level` with at least `minFlags` codes, by flags descending then id.
    public func ranked(_ level: Level, minFlags: Int) -> [Ranked] {
        let sets = level == .person ? profile.people : profile.households
        var out: [Ranked] = []
        for i in 0..<sets.count {
            let (flags, health) = sets.counts(i, healthBits: healthBits, healthMore: healthMore)
            if flags >= minFlags, health >= 1, health < flags { out.append(Ranked(id: sets.name(i), flags: flags, healthFlags: health)) }
        }
        return out.sorted { $0.flags != $1.flags ? $0.flags > $1.flags : $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
    }

    /// How many people and households qualify at each threshold N = 1…`upTo`.
    public func sweep(upTo: Int = 8) -> [SweepRow] {
        let persons = histogram(profile.people, upTo: upTo), households = histogram(profile.households, upTo: upTo)
        return (1...upTo).map { SweepRow(minFlags: $0, persons: persons[$0], households: households[$0]) }
    }

    /// `counts[n]` = how many qualify with at least n flags (n ≤ upTo).
    private func histogram(_ sets: CodeSets, upTo: Int) -> [Int] {
        var exactly = [Int](repeating: 0, count: upTo + 2)
        for i in 0..<sets.count {
            let (flags, health) = sets.counts(i, healthBits: healthBits, healthMore: healthMore)
            if health >= 1, health < flags { exactly[min(flags, upTo + 1)] += 1 }
        }
        var atLeast = exactly
        for n in stride(from: upTo, through: 0, by: -1) { atLeast[n] += atLeast[n + 1] }
        return atLeast
    }
}
