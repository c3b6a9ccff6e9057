/// A problem with one field of a form, worded for the person filling it in.
public struct FieldProblem: Sendable, Equatable {
    public let field: String
    public let message: String

    public init(field: String, message: String) {
        self.field = field
        self.message = message
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
