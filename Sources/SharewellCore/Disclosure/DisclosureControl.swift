/// Statistical disclosure control for counts that leave an organisation (STANDARDS.md): small
/// counts are shown as `*`, and where a line's published total would let a suppressed part be
/// worked out, the next smallest part is suppressed too.
public struct DisclosureControl: Sendable, Equatable {
    /// Counts from 1 to this are suppressed; zero is shown. NHS hospital statistics use 7.
    public let suppressUpTo: Int

    public init(suppressUpTo: Int = 7) { self.suppressUpTo = max(0, suppressUpTo) }

    /// What is published for one count.
    public enum Cell: Sendable, Equatable, CustomStringConvertible {
        case shown(Int)
        case suppressed

        public var description: String {
            switch self {
            case .shown(let n): String(n)
            case .suppressed: "*"
            }
        }

        public var isSuppressed: Bool { self == .suppressed }
    }

    /// A line of a table: a published total and the parts that add up to it. A part may be
    /// unpublished (like "did not respond" beside "responded"): it is never shown, but it still
    /// counts when deciding what the published cells would give away.
    public struct Line: Sendable, Equatable {
        public let total: Int
        public let parts: [Int]
        public let published: [Bool]

        public init(total: Int, parts: [Int], published: [Bool]? = nil) {
            self.total = total; self.parts = parts; self.published = published ?? parts.map { _ in true }
        }
    }

    public struct ProtectedLine: Sendable, Equatable {
        public let total: Cell
        /// One per part, unpublished parts included (they are never to be shown).
        public let parts: [Cell]
    }

    public func cell(_ count: Int) -> Cell { isSmall(count) ? .suppressed : .shown(count) }

    private func isSmall(_ count: Int) -> Bool { count >= 1 && count <= suppressUpTo }

    /// Suppresses the line so that no suppressed part can be worked out from what is shown.
    ///
    /// The reader knows the published total and cells, that a star stands for at least 1 (zero
    /// is shown, and secondary suppression never hides a zero) and, perhaps, at most
    /// `suppressUpTo`; an unpublished part is anything from 0. Under one sum with such bounds the
    /// values each unknown can take form an interval, worked out exactly below; while any small
    /// unknown's interval is a single value, the next smallest published part is hidden too, and
    /// when none is left, the total (issue 14: `[1, 1, 10]` of 12 published `*, *, 10`).
    public func protect(_ line: Line) -> ProtectedLine {
        var total = cell(line.total)
        var parts = line.parts.map(cell)
        while !total.isSuppressed, givesAway(line, parts) {
            let candidates = parts.indices.filter { !parts[$0].isSuppressed && line.published[$0] && line.parts[$0] > 0 }
            if let next = candidates.min(by: { line.parts[$0] < line.parts[$1] }) {
                parts[next] = .suppressed
            } else {
                total = .suppressed
            }
        }
        return ProtectedLine(total: total, parts: parts)
    }

    /// Whether some unknown part from 1 to `suppressUpTo` can be worked out from the shown cells.
    private func givesAway(_ line: Line, _ parts: [Cell]) -> Bool {
        let unknowns = parts.indices.filter { parts[$0].isSuppressed || !line.published[$0] }
        let shown = parts.indices.filter { !unknowns.contains($0) }.reduce(0) { $0 + line.parts[$1] }
        let rest = line.total - shown
        for starCeiling in [suppressUpTo, rest] {
            let bounds = unknowns.map { parts[$0].isSuppressed ? (1, max(1, starCeiling)) : (0, rest) }
            let lows = bounds.reduce(0) { $0 + $1.0 }, highs = bounds.reduce(0) { $0 + $1.1 }
            guard lows <= rest, rest <= highs else { continue }  // the reader would see this ceiling is wrong
            for (k, index) in unknowns.enumerated() where isSmall(line.parts[index]) {
                let low = max(bounds[k].0, rest - (highs - bounds[k].1)), high = min(bounds[k].1, rest - (lows - bounds[k].0))
                if low == high { return true }
            }
        }
        return false
    }
}
