/// FHIR R4's answer to a resource it refuses: one issue per problem, each saying where (a FHIRPath
/// expression such as `Bundle.entry[2].resource.birthDate`, indices from 0) and what is wrong.
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
    }

    public struct Issue: Sendable, Equatable, CustomStringConvertible {
        public let code: IssueType
        /// A FHIRPath expression for the element; `Bundle` for the whole.
        public let expression: String
        /// What is wrong and how to put it right, for a person.
        public let diagnostics: String
        /// Every issue we raise stops the import: severity `error`. Only the note that more issues
        /// were found than are listed is `information`.
        public var severity: String { code == .tooCostly ? "information" : "error" }

        public init(_ code: IssueType, _ expression: String, _ diagnostics: String) {
            self.code = code; self.expression = expression; self.diagnostics = diagnostics
        }

        public var description: String { "\(expression): \(diagnostics)" }
    }

    /// The OperationOutcome as JSON: keys always in the same order (`resourceType` first, then each
    /// issue's `severity`, `code`, `diagnostics`, `expression`), two-space indents, LF line ends,
    /// so the same issues give the same bytes.
    public static func json(_ issues: [Issue]) -> [UInt8] {
        var out = "{\n  \"resourceType\": \"OperationOutcome\",\n  \"issue\": ["
        for (index, issue) in issues.enumerated() {
            out += index == 0 ? "\n" : ",\n"
            out += "    {\n"
            out += "      \"severity\": \(quoted(issue.severity)),\n"
            out += "      \"code\": \(quoted(issue.code.rawValue)),\n"
            out += "      \"diagnostics\": \(quoted(issue.diagnostics)),\n"
            out += "      \"expression\": [\(quoted(issue.expression))]\n"
            out += "    }"
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
