import Plot

/// A group of radios or checkboxes under a legend (GOV.UK "radios" and "checkboxes").
struct Choices {
    enum Kind { case radio, checkbox }
    var name: String
    var legend: String
    var options: [(value: String, label: String)]
    var selected: Set<String>
    var kind: Kind = .radio
    var hint: String?
    var error: String?
    var inline = false
    /// The submitted name, where several forms on a page repeat the group (ids must be unique).
    var fieldName: String?

    var node: Node<HTML.FormContext> {
        // The field's id is on the first input, so the error summary's link lands on it.
        let parts = FieldParts(id: name, hint: hint, error: error)
        return .div(.class(parts.groupClass),
            .fieldset(.class("fieldset"), .attribute(named: "aria-describedby", value: parts.describedBy),
                .element(named: "legend", nodes: [.class("legend"), .text(legend)]),
                parts.hintAndError,
                .div(.class(inline ? "choices-inline" : "choices"), .forEach(options.enumerated()) { index, option in
                    let id = index == 0 ? name : "\(name)-\(Self.slug(option.value))"
                    return .div(.class("choice"),
                        .input(.type(kind == .radio ? .radio : .checkbox), .id(id), .name(kind == .radio ? fieldName ?? name : "\(fieldName ?? name)[]"),
                               .value(option.value), .checked(selected.contains(option.value))),
                        .label(.for(id), .text(option.label)))
                })))
    }

    static func slug(_ value: String) -> String { value.map { $0.isLetter || $0.isNumber ? $0 : "-" }.map(String.init).joined() }

    static let yesNo: [(value: String, label: String)] = [("yes", "Yes"), ("no", "No")]
}

/// A labelled drop-down list.
struct SelectField {
    var id: String
    var label: String
    var options: [(value: String, label: String)]
    var selected: String
    var prompt: String
    var hint: String?
    var error: String?

    var node: Node<HTML.FormContext> {
        let parts = FieldParts(id: id, hint: hint, error: error)
        return .div(.class(parts.groupClass),
            .label(.for(id), .class("label"), .text(label)),
            parts.hintAndError,
            .select(.id(id), .attribute(named: "name", value: id), .class("select"), .attribute(named: "aria-describedby", value: parts.describedBy),
                .element(named: "option", nodes: [.attribute(named: "value", value: "", ignoreIfValueIsEmpty: false), .text(prompt)]),
                .forEach(options) { option in
                    .element(named: "option", nodes: [.attribute(named: "value", value: option.value),
                                                      .if(option.value == selected, .attribute(named: "selected", value: "selected")), .text(option.label)])
                }))
    }
}

/// A labelled multi-line text box.
struct TextArea {
    var id: String
    var label: String
    var value: String
    var hint: String?
    var error: String?
    var name: String?

    var node: Node<HTML.FormContext> {
        let parts = FieldParts(id: id, hint: hint, error: error)
        return .div(.class(parts.groupClass),
            .label(.for(id), .class("label"), .text(label)),
            parts.hintAndError,
            .textarea(.id(id), .name(name ?? id), .class("textarea"), .attribute(named: "aria-describedby", value: parts.describedBy), .text(value)))
    }
}
