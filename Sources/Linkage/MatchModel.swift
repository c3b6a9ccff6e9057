import Foundation

/// A Fellegi–Sunter model (issue 7, item 4): for each comparison and level, how likely that level
/// is among true matches (m) and among non-matches (u), and how common matches are among the
/// candidate pairs (the prior). u comes from random pairs, m from EM without labels.
public struct MatchModel: Sendable, Equatable {
    public var m: [[Double]]
    public var u: [[Double]]
    public var prior: Double

    public init(m: [[Double]], u: [[Double]], prior: Double) { self.m = m; self.u = u; self.prior = prior }

    /// The default threshold: a pair is a link when its match probability is at least this.
    public static let defaultThreshold = 0.5
    static let floor = 1e-6

    /// The weight (log2 of the Bayes factor) of one comparison at one level.
    public func weight(_ c: Comparison, level: Int) -> Double {
        log2(max(m[c.rawValue][level], Self.floor) / max(u[c.rawValue][level], Self.floor))
    }

    /// The prior as a weight: log2 of the odds of a match before any comparison.
    public var priorWeight: Double { log2(prior / (1 - prior)) }

    public static func probability(weight: Double) -> Double { 1 / (1 + exp2(-weight)) }

    /// u: the share of random pairs at each level, from at most `samples` pairs chosen by a fixed
    /// sequence, so the same files always give the same model.
    public static func estimateU(_ a: PreparedRecords, _ b: PreparedRecords, samples: Int = 1_000_000) async -> [[Double]] {
        let n = min(samples, a.count * b.count)
        let counts = await Parallel.merged(n) { range -> [UInt32: Int] in
            // Pair k is drawn from a fixed sequence seeded by k, so the split across cores changes nothing.
            var patterns: [UInt32: Int] = [:]
            for k in range {
                var state = UInt64(k) &* 0x9E37_79B9_7F4A_7C15 &+ 0x2545_F491_4F6C_DD1D
                state = (state ^ (state >> 31)) &* 0xBF58_476D_1CE4_E5B9
                let i = Int((state >> 17) % UInt64(a.count))
                state = (state ^ (state >> 27)) &* 0x94D0_49BB_1331_11EB
                let j = Int((state >> 13) % UInt64(b.count))
                patterns[ComparisonVector(a, i, b, j).packed, default: 0] += 1
            }
            return patterns
        }
        var levels = Comparison.allCases.map { Array(repeating: 1.0, count: $0.levels.count) }  // add-one smoothing
        for (packed, count) in counts {
            let v = ComparisonVector(packed: packed)
            for c in Comparison.allCases { if let l = v.level(c) { levels[c.rawValue][l] += Double(count) } }
        }
        return levels.map { row in let total = row.reduce(0, +); return row.map { $0 / total } }
    }

    /// m by expectation–maximisation over the comparison patterns of one training block, u held
    /// fixed. The comparisons the block agreed on by construction (`fixed`) tell nothing there, so
    /// they are left out of the session and keep their m. Patterns repeat, so each iteration runs
    /// over a few thousand patterns, not the pairs. Returns the share of matches among the pairs.
    @discardableResult
    public mutating func train(patterns: [UInt32: Int], fixed: Set<Comparison>, iterations: Int = 40) -> Double {
        let vectors = patterns.map { (ComparisonVector(packed: $0.key), Double($0.value)) }
        let total = max(1, vectors.reduce(0) { $0 + $1.1 })
        let free = Comparison.allCases.filter { !fixed.contains($0) }
        var share = 0.5
        for _ in 0..<iterations {
            var mCounts = u.map { Array(repeating: 1e-3, count: $0.count) }
            var matches = 0.0
            for (v, count) in vectors {
                var w = log2(share / (1 - share))
                for c in free { if let l = v.level(c) { w += weight(c, level: l) } }
                let p = Self.probability(weight: w) * count
                matches += p
                for c in free { if let l = v.level(c) { mCounts[c.rawValue][l] += p } }
            }
            for c in free { let t = mCounts[c.rawValue].reduce(0, +); m[c.rawValue] = mCounts[c.rawValue].map { $0 / t } }
            share = min(max(matches / total, 1e-6), 0.999)
        }
        return share
    }

    /// A model with u from random pairs and m at a neutral start (strong agreement likely among matches).
    public static func untrained(u: [[Double]]) -> MatchModel {
        MatchModel(m: u.map { row in row.indices.map { l in l == 0 ? 0.9 : 0.1 / Double(max(1, row.count - 1)) } }, u: u, prior: 1e-4)
    }

    /// The match probability of a comparison pattern (no term-frequency adjustment).
    public func probability(_ v: ComparisonVector) -> Double {
        var w = priorWeight
        for c in Comparison.allCases { if let l = v.level(c) { w += weight(c, level: l) } }
        return Self.probability(weight: w)
    }
}
