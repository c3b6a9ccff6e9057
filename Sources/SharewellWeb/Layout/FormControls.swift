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

    var node: Node<HTML.FormContext> {
        // The field's id is on the first input, so the error summary's link lands on it.
        let described = [hint.map { _ in "\(name)-hint" }, error.map { _ in "\(name)-error" }].compactMap { $0 }.joined(separator: " ")
        return .div(.class(error == nil ? "form-group" : "form-group form-group-error"),
            .fieldset(.class("fieldset"), .attribute(named: "aria-describedby", value: described),
                .element(named: "legend", nodes: [.class("legend"), .text(legend)]),
                .unwrap(hint) { .div(.id("\(name)-hint"), .class("hint"), .text($0)) },
                .unwrap(error) { .p(.id("\(name)-error"), .class("error-message"), .span(.class("visually-hidden"), .text("Error:")), .text(" " + $0)) },
                .div(.class(inline ? "choices-inline" : "choices"), .forEach(options.enumerated()) { index, option in
                    let id = index == 0 ? name : "\(name)-\(Self.slug(option.value))"
                    return .div(.class("choice"),
                        .input(.type(kind == .radio ? .radio : .checkbox), .id(id), .name(kind == .radio ? name : "\(name)[]"),
                               .value(option.value.attributeEscaped), .checked(selected.contains(option.value))),
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
        let described = [hint.map { _ in "\(id)-hint" }, error.map { _ in "\(id)-error" }].compactMap { $0 }.joined(separator: " ")
        return .div(.class(error == nil ? "form-group" : "form-group form-group-error"),
            .label(.for(id), .class("label"), .text(label)),
            .unwrap(hint) { .div(.id("\(id)-hint"), .class("hint"), .text($0)) },
            .unwrap(error) { .p(.id("\(id)-error"), .class("error-message"), .span(.class("visually-hidden"), .text("Error:")), .text(" " + $0)) },
            .select(.id(id), .attribute(named: "name", value: id), .class("select"), .attribute(named: "aria-describedby", value: described),
                .element(named: "option", nodes: [.attribute(named: "value", value: "", ignoreIfValueIsEmpty: false), .text(prompt)]),
                .forEach(options) { option in
                    .element(named: "option", nodes: [.attribute(named: "value", value: option.value.attributeEscaped),
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

    var node: Node<HTML.FormContext> {
        let described = [hint.map { _ in "\(id)-hint" }, error.map { _ in "\(id)-error" }].compactMap { $0 }.joined(separator: " ")
        return .div(.class(error == nil ? "form-group" : "form-group form-group-error"),
            .label(.for(id), .class("label"), .text(label)),
            .unwrap(hint) { .div(.id("\(id)-hint"), .class("hint"), .text($0)) },
            .unwrap(error) { .p(.id("\(id)-error"), .class("error-message"), .span(.class("visually-hidden"), .text("Error:")), .text(" " + $0)) },
            .textarea(.id(id), .name(id), .class("textarea"), .attribute(named: "aria-describedby", value: described), .text(value)))
    }
}
