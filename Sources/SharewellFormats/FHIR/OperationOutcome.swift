/// FHIR R4's answer to a request: to a resource it refuses, one issue per problem, each saying
/// where (a FHIRPath expression such as `Bundle.entry[2].resource.birthDate`, indices from 0) and
/// what is wrong; to one it takes, what was done, as `information` issues each carrying a count.
public enum OperationOutcome {
    /// The R4 `IssueType` codes we use (http://hl7.org/fhir/R4/valueset-issue-type.html).
    public enum IssueType: String, Sendable, Equatable {
        /// Not JSON, or not the resource expected.
        case invalid
        /// A value that must be there is missing.
        case required
        /// A value that is there but wrong.
        case value
        /// Two entries that must differ are the same.
        case duplicate
        /// More than we read: too many bytes, too deep, too many entries.
        case tooLong = "too-long"
        /// The rest are not listed.
        case tooCostly = "too-costly"
        /// No valid token (HTTP 401).
        case login
        /// The token's organisation or scopes do not allow it (HTTP 403).
        case forbidden
        /// Nothing at the address (HTTP 404).
        case notFound = "not-found"
        /// A method or media type the address does not take (HTTP 405, 415).
        case notSupported = "not-supported"
        /// It crossed another change (HTTP 409).
        case conflict
        /// Too many requests (HTTP 429).
        case throttled
        /// The server's own fault (HTTP 5xx).
        case exception
        /// Not a problem: what was done.
        case informational
        /// Done in part: some of it could not be (a recipient without an agreement).
        case businessRule = "business-rule"
    }

    /// A count an issue reports (`added`: 3), for a program to read: the code in `details.coding`
    /// (system `figureSystem`), the number in an extension (`countExtension`).
    public struct Figure: Sendable, Equatable {
        public let code: String
        public let count: Int
        public init(_ code: String, _ count: Int) { self.code = code; self.count = count }
    }

    public static let figureSystem = "urn:sharewell:fhir:births-stored"
    public static let countExtension = "urn:sharewell:fhir:count"

    public struct Issue: Sendable, Equatable, CustomStringConvertible {
        public let code: IssueType
        /// A FHIRPath expression for the element; `Bundle` for the whole; empty for none (a
        /// refused token is about no element).
        public let expression: String
        /// What is wrong and how to put it right, or what was done, for a person.
        public let diagnostics: String
        /// `error` for every problem that stops the import; `information` for what was done and
        /// for the note that more problems were found than are listed; `warning` when given.
        public let severity: String
        public let figure: Figure?

        public init(_ code: IssueType, _ expression: String, _ diagnostics: String, warning: Bool = false, figure: Figure? = nil) {
            self.code = code; self.expression = expression; self.diagnostics = diagnostics; self.figure = figure
            severity = warning ? "warning" : [.tooCostly, .informational].contains(code) ? "information" : "error"
        }

        public var description: String { "\(expression): \(diagnostics)" }
    }

    /// The OperationOutcome as JSON: keys always in the same order (`resourceType` first, then each
    /// issue's `extension`, `severity`, `code`, `details`, `diagnostics`, `expression`, as R4
    /// orders them, each only when it has a value), two-space indents, LF line ends, so the same
    /// issues give the same bytes.
    public static func json(_ issues: [Issue]) -> [UInt8] {
        var out = "{\n  \"resourceType\": \"OperationOutcome\",\n  \"issue\": ["
        for (index, issue) in issues.enumerated() {
            out += index == 0 ? "\n" : ",\n"
            var fields: [String] = []
            if let figure = issue.figure {
                fields.append("\"extension\": [{\"url\": \(quoted(countExtension)), \"valueInteger\": \(figure.count)}]")
            }
            fields.append("\"severity\": \(quoted(issue.severity))")
            fields.append("\"code\": \(quoted(issue.code.rawValue))")
            if let figure = issue.figure {
                fields.append("\"details\": {\"coding\": [{\"system\": \(quoted(figureSystem)), \"code\": \(quoted(figure.code))}]}")
            }
            fields.append("\"diagnostics\": \(quoted(issue.diagnostics))")
            if !issue.expression.isEmpty { fields.append("\"expression\": [\(quoted(issue.expression))]") }
            out += "    {\n" + fields.map { "      " + $0 }.joined(separator: ",\n") + "\n    }"
        }
        out += issues.isEmpty ? "]\n}\n" : "\n  ]\n}\n"
        return Array(out.utf8)
    }

    /// A JSON string literal (RFC 8259): quote, backslash and control characters escaped.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
