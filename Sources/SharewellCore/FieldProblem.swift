/// A problem with one field of a form, worded for the person filling it in.
public struct FieldProblem: Error, Sendable, Equatable {
    public let field: String
    public let message: String

    public init(field: String, message: String) {
        self.field = field
        self.message = message
    }
}

extension FieldProblem {
    /// A form's problems with what it could not read; what is missing, unless the form already
    /// named that field (so it is not named twice); and the rules' problems with what could be
    /// read: in the order of the form's `fields`, a date's boxes (`givenOn-month`) counting as the
    /// date, so an error summary reads down the page.
    public static func merged(unreadable: [FieldProblem], missing: [FieldProblem] = [], rules: [FieldProblem], order fields: [String]) -> [FieldProblem] {
        func base(_ field: String) -> String { String(field.prefix { $0 != "-" }) }
        let named = Set(unreadable.map { base($0.field) })
        let all = unreadable + missing.filter { !named.contains(base($0.field)) } + rules
        func rank(_ problem: FieldProblem) -> Int { fields.firstIndex(of: base(problem.field)) ?? fields.count }
        return all.enumerated().sorted { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }.map(\.element)
    }
}

/// Every problem with a form, thrown when it cannot be accepted.
public struct InvalidFields: Error, Equatable, Sendable {
    public let problems: [FieldProblem]
    public init(problems: [FieldProblem]) { self.problems = problems }
}

extension String {
    var trimmed: String {
        var text = Substring(self)
        while text.first?.isWhitespace == true { text.removeFirst() }
        while text.last?.isWhitespace == true { text.removeLast() }
        return String(text)
    }
}
