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
    public func protect(_ line: Line) -> ProtectedLine {
        let total = cell(line.total)
        var parts = line.parts.map(cell)
        // An unpublished part is as unknown to the reader as a suppressed one. A lone unknown
        // beside a published total can be worked out, so when it is small, suppress the next
        // smallest published part too (a non-zero one first: hiding a zero protects little).
        let unknowns = parts.indices.filter { parts[$0].isSuppressed || !line.published[$0] }
        if !total.isSuppressed, unknowns.count == 1, let lone = unknowns.first, isSmall(line.parts[lone]),
           let next = parts.indices.filter({ !parts[$0].isSuppressed && line.published[$0] })
               .min(by: { (line.parts[$0] == 0 ? 1 : 0, line.parts[$0]) < (line.parts[$1] == 0 ? 1 : 0, line.parts[$1]) }) {
            parts[lone] = .suppressed
            parts[next] = .suppressed
        }
        return ProtectedLine(total: total, parts: parts)
    }
}
