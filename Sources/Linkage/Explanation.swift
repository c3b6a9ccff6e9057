import Foundation

/// Why a pair scored as it did (issue 7, item 6): each comparison's level and what it added to the
/// match weight, in words a reviewer can read.
public struct Explanation: Sendable, Equatable {
    public struct Part: Sendable, Equatable {
        public let comparison: Comparison
        /// The level in words, or `nil` where either record had no value.
        public let level: String?
        public let weight: Double
    }

    public let priorWeight: Double
    public let parts: [Part]
    public var weight: Double { priorWeight + parts.reduce(0) { $0 + $1.weight } }
    public var probability: Double { MatchModel.probability(weight: weight) }

    /// One line per comparison: `Date of birth: day and month swapped (+4.2)`, then the total.
    public var lines: [String] {
        parts.map { part in
            guard let level = part.level else { return "\(part.comparison.displayName): missing on one side, so no evidence either way" }
            let words = part.weight >= 0 ? "for a match" : "against a match"
            return "\(part.comparison.displayName): \(level) (\(Self.signed(part.weight)), \(words))"
        } + ["Starting odds \(Self.signed(priorWeight)); total \(Self.signed(weight)): match probability \(String(format: "%.3f", probability))"]
    }

    static func signed(_ x: Double) -> String { (x >= 0 ? "+" : "") + String(format: "%.1f", x) }
}

extension Linker {
    /// The explanation of record `i` of the left file against record `j` of the right.
    public func explain(_ i: Int, _ j: Int) -> Explanation {
        let v = ComparisonVector(a, i, b, j)
        let household = v.level(.location) == 0
        return Explanation(priorWeight: model.priorWeight, parts: Comparison.allCases.map { c in
            guard let level = v.level(c) else { return .init(comparison: c, level: nil, weight: 0) }
            return .init(comparison: c, level: c.levels[level], weight: termWeight(c, level: level, j, household: household))
        })
    }
}
