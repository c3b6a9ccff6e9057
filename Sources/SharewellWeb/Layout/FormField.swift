import Plot

/// A labelled text input in GOV.UK style: hint, error message and `aria-describedby` wired up.
struct FormField {
    var id: String
    var label: String
    var value: String = ""
    var hint: String?
    var error: String?
    var type: HTMLInputType = .text
    var autocomplete: String?
    /// The submitted name, where several forms on a page repeat a field (the id must be unique).
    var name: String?

    var node: Node<HTML.FormContext> {
        let parts = FieldParts(id: id, hint: hint, error: error)
        return .div(.class(parts.groupClass),
            .label(.for(id), .class("label"), .text(label)),
            parts.hintAndError,
            .input(.type(type), .id(id), .name(name ?? id), .value(type == .password ? "" : value),
                   .class(error == nil ? "input" : "input input-error"), .describedBy(parts.describedBy.isEmpty ? nil : parts.describedBy),
                   .attribute(named: "autocomplete", value: autocomplete ?? "")))
    }
}

/// What every form field has around its control: the group's class, the hint and the error
/// message, and the `aria-describedby` that ties them to the control.
struct FieldParts {
    var id: String
    var hint: String?
    var error: String?

    var groupClass: String { error == nil ? "form-group" : "form-group form-group-error" }

    var describedBy: String {
        [hint.map { _ in "\(id)-hint" }, error.map { _ in "\(id)-error" }].compactMap { $0 }.joined(separator: " ")
    }

    var hintAndError: Node<HTML.FormContext> {
        .group(.unwrap(hint) { .div(.id("\(id)-hint"), .class("hint"), .text($0)) },
               .unwrap(error) { .p(.id("\(id)-error"), .class("error-message"), .span(.class("visually-hidden"), .text("Error:")), .text(" " + $0)) })
    }
}

extension Array where Element == FieldError {
    func message(for field: String) -> String? { first { $0.field == field }?.message }
}
