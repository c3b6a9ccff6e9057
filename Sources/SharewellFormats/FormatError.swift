/// What is wrong with an uploaded file, naming the line and field of each problem.
public struct FormatError: Error, Equatable, Sendable, CustomStringConvertible {
    public struct Problem: Equatable, Sendable, CustomStringConvertible {
        /// 1-based, the header being line 1.
        public let line: Int
        public let field: String
        public let message: String
        public var description: String { "line \(line), \(field): \(message)" }

        public init(line: Int, field: String, message: String) {
            self.line = line; self.field = field; self.message = message
        }
    }

    public let problems: [Problem]
    /// More problems were found than are listed.
    public let truncated: Bool

    public init(problems: [Problem], truncated: Bool) {
        self.problems = problems
        self.truncated = truncated
    }

    /// The same problems ordered by line (a file's shape is checked before its fields, line by line).
    public var inLineOrder: FormatError {
        FormatError(problems: problems.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element), truncated: truncated)
    }

    /// A file's own problems (`nil` when it has none) with more that only the database could see,
    /// in line order and as many as a page lists; `nil` when there are none at all.
    public static func merging(_ error: FormatError?, _ more: [Problem]) -> FormatError? {
        let all = (error?.problems ?? []) + more
        guard !all.isEmpty else { return nil }
        let ordered = FormatError(problems: all, truncated: false).inLineOrder.problems
        return FormatError(problems: Array(ordered.prefix(ProblemList.limit)), truncated: (error?.truncated ?? false) || ordered.count > ProblemList.limit)
    }

    public var description: String {
        problems.map(\.description).joined(separator: "\n") + (truncated ? "\n(and more problems after these)" : "")
    }
}

/// Collects problems up to a limit, so a badly wrong file is reported in a readable number of lines
/// on a page (a command line that must report every problem sets no limit).
struct ProblemList {
    static let limit = 20
    let limit: Int
    private(set) var problems: [FormatError.Problem] = []
    private(set) var truncated = false

    init(limit: Int = Self.limit) { self.limit = limit }

    mutating func add(line: Int, field: String, _ message: String) {
        if problems.count < limit { problems.append(.init(line: line, field: field, message: message)) } else { truncated = true }
    }

    var isFull: Bool { truncated }
    var error: FormatError? { problems.isEmpty ? nil : FormatError(problems: problems, truncated: truncated) }
}
