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

    var node: Node<HTML.FormContext> {
        let described = [hint.map { _ in "\(id)-hint" }, error.map { _ in "\(id)-error" }].compactMap { $0 }.joined(separator: " ")
        return .div(.class(error == nil ? "form-group" : "form-group form-group-error"),
            .label(.for(id), .class("label"), .text(label)),
            .unwrap(hint) { .div(.id("\(id)-hint"), .class("hint"), .text($0)) },
            .unwrap(error) { .p(.id("\(id)-error"), .class("error-message"), .span(.class("visually-hidden"), .text("Error:")), .text(" " + $0)) },
            .input(.type(type), .id(id), .name(id), .value(type == .password ? "" : value.attributeEscaped),
                   .class(error == nil ? "input" : "input input-error"), .describedBy(described.isEmpty ? nil : described),
                   Attribute(name: "autocomplete", value: autocomplete ?? "")))
    }
}

extension Array where Element == FieldError {
    func message(for field: String) -> String? { first { $0.field == field }?.message }
}
