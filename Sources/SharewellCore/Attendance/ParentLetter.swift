/// The practice's letter to a parent after its review (seed 000). In the pilot 8 of 21 parents
/// were annoyed because the letter was unclear about what the school had shared, so the default
/// wording says it plainly: attendance figures only, no medical information either way.
public struct ParentLetter: Sendable, Equatable {
    /// The words a template may use, each written `{{name}}`.
    public enum Field: String, CaseIterable, Sendable {
        case date, childName = "child_name", schoolName = "school_name", period, attendancePercent = "attendance_percent"
        case finding, practiceName = "practice_name", practicePhone = "practice_phone", signedBy = "signed_by"
    }

    /// The parent's name and address are printed above it, in the envelope's window; the child is
    /// named once in the text and is "your child" after that, as a practice writes.
    public static let defaultTemplate = """
        {{date}}

        Dear parent or carer,

        {{school_name}} has shared with us, your GP practice, {{child_name}}'s school attendance figures for {{period}}: {{attendance_percent}}%. The school shared attendance figures only. No medical information was asked for by the school, and none has been given to the school.

        We have looked at your child's records with the practice. {{finding}}

        We would like to offer your child an appointment to talk about this at a time that suits you. Please call the practice on {{practice_phone}}.

        If there is a medical reason for your child missing school, we encourage you to tell the school, so that they can support your child.

        Yours sincerely

        {{signed_by}}
        {{practice_name}}
        """

    /// What the practice found, in words for the parent; never the detail of the notes.
    public static func finding(_ reason: AttendanceReview.MedicalReason) -> String {
        switch reason {
        case .yes, .possible: "We can see a possible medical reason for some of the absence."
        case .noneFound: "We could not see a medical reason for the absence in the records we hold."
        }
    }

    public let template: String

    public init(template: String) { self.template = template }

    /// Problems with a template a practice has edited: it must not be empty, and every `{{…}}`
    /// must be a field the letter knows.
    public var problems: [FieldProblem] {
        if template.trimmed.isEmpty { return [.init(field: "template", message: "Enter the wording of the letter")] }
        let unknown = placeholders.filter { Field(rawValue: $0) == nil }
        guard unknown.isEmpty else {
            let known = Field.allCases.map { "{{\($0.rawValue)}}" }.joined(separator: ", ")
            return [.init(field: "template", message: "The letter uses \(unknown.map { "{{\($0)}}" }.joined(separator: ", ")), which is not a field. Fields: \(known)")]
        }
        return []
    }

    /// The letter with every field filled in.
    public func render(_ values: [Field: String]) -> String {
        var text = template
        for field in Field.allCases { text = text.replacing("{{\(field.rawValue)}}", with: values[field] ?? "") }
        return text
    }

    private var placeholders: [String] {
        var names: [String] = [], rest = Substring(template)
        while let open = rest.firstRange(of: "{{") {
            guard let close = rest[open.upperBound...].firstRange(of: "}}") else { break }
            names.append(String(rest[open.upperBound..<close.lowerBound]))
            rest = rest[close.upperBound...]
        }
        return names
    }
}
