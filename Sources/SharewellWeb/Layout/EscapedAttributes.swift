import Plot

// Plot escapes text nodes but writes attribute values exactly as given, so a pupil's name in an
// `aria-label` or a typed value in `value` could close the attribute and open markup. These
// declarations have the same names and signatures as Plot's and, being in this module, shadow
// them for every page: each escapes its value, so no page can forget to (issue 14, finding 3).
// The only ways around them are building `Attribute(name:value:)` by hand or `.raw`, which
// `AttributeEscapingTests` forbids outside this file.

extension Node {
    static func attribute(named name: String, value: String?, ignoreIfValueIsEmpty: Bool = true) -> Node {
        .attribute(Attribute(name: name, value: value?.attributeEscaped, ignoreIfValueIsEmpty: ignoreIfValueIsEmpty))
    }
}

extension Attribute {
    static func attribute(named name: String, value: String?) -> Self {
        Attribute(name: name, value: value?.attributeEscaped)
    }
}

extension Node where Context: HTMLContext {
    static func id(_ id: String) -> Node { .attribute(named: "id", value: id) }
    static func `class`(_ className: String) -> Node { .attribute(named: "class", value: className) }
    static func data(named name: String, value: String) -> Node { .attribute(named: "data-\(name)", value: value) }
    static func title(_ title: String) -> Node { .attribute(named: "title", value: title) }
}

extension Attribute where Context: HTMLContext {
    static func id(_ id: String) -> Attribute { .attribute(named: "id", value: id) }
    static func `class`(_ className: String) -> Attribute { .attribute(named: "class", value: className) }
    static func data(named name: String, value: String) -> Attribute { .attribute(named: "data-\(name)", value: value) }
    static func title(_ title: String) -> Attribute { .attribute(named: "title", value: title) }
}

extension Node where Context: HTMLNamableContext {
    static func name(_ name: String) -> Node { .attribute(named: "name", value: name) }
}

extension Attribute where Context: HTMLNamableContext {
    static func name(_ name: String) -> Attribute { .attribute(named: "name", value: name) }
}

extension Node where Context: HTMLValueContext {
    static func value(_ value: String) -> Node { .attribute(named: "value", value: value) }
}

extension Attribute where Context: HTMLValueContext {
    static func value(_ value: String) -> Attribute { .attribute(named: "value", value: value) }
}

extension Node where Context: HTMLLinkableContext {
    static func href(_ url: URLRepresentable) -> Node { .attribute(named: "href", value: String(describing: url)) }
}

extension Attribute where Context: HTMLLinkableContext {
    static func href(_ url: URLRepresentable) -> Attribute { .attribute(named: "href", value: String(describing: url)) }
}

extension Node where Context == HTML.FormContext {
    static func action(_ url: URLRepresentable) -> Node { .attribute(named: "action", value: String(describing: url)) }
}

extension Node where Context == HTML.LabelContext {
    static func `for`(_ target: String) -> Node { .attribute(named: "for", value: target) }
}

extension Attribute where Context == HTML.InputContext {
    static func placeholder(_ placeholder: String) -> Attribute { .attribute(named: "placeholder", value: placeholder) }
}

extension Node where Context == HTML.TextAreaContext {
    static func placeholder(_ placeholder: String) -> Node { .attribute(named: "placeholder", value: placeholder) }
}

extension Attribute where Context == HTML.MetaContext {
    static func content(_ content: String) -> Attribute { .attribute(named: "content", value: content) }
}

extension Attribute where Context == HTML.ImageContext {
    static func alt(_ text: String) -> Attribute { .attribute(named: "alt", value: text) }
}

extension Node where Context: HTML.BodyContext {
    static func ariaLabel(_ label: String) -> Node { .attribute(named: "aria-label", value: label) }
    static func ariaControls(_ child: String) -> Node { .attribute(named: "aria-controls", value: child) }
}

extension Node where Context == HTML.TimeContext {
    static func datetime(_ datetime: String) -> Node { .attribute(named: "datetime", value: datetime) }
}

extension Node where Context == HTML.HeadContext {
    /// Plot's `title` writes the page title into two `<meta content>` attributes unescaped; the
    /// title element alone, as text, is all a page needs.
    static func title(_ title: String) -> Node { .element(named: "title", nodes: [.text(title)]) }
}

// Text, too, has one way onto a page. Typed text may hold a direction control such as U+202E
// (right-to-left override) or a zero-width character: shown as it is, "gnp.exe" reads "exe.png"
// and the override runs on into whatever follows. Any text holding one is isolated, as `<bdi>`
// isolates (FSI … PDI, which also ends any override left open inside), so it cannot change how
// the page around it reads (review of issue 17, item 10). A text box's contents are what the
// form sends back, so they are written exactly as typed.

extension Node {
    static func text(_ text: String) -> Node { .raw(text.isolatedIfDirectional.textEscaped) }
}

extension Node where Context == HTML.TextAreaContext {
    static func text(_ text: String) -> Node { .raw(text.textEscaped) }
}

extension String {
    /// Characters that change the direction or joining of the text around them without showing:
    /// the bidirectional marks, embeddings, overrides and isolates, and the zero-width spaces and joiners.
    static let directionalControls: Set<Unicode.Scalar> = Set(
        [0x061C, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E,
         0x2060, 0x2066, 0x2067, 0x2068, 0x2069, 0xFEFF].compactMap(Unicode.Scalar.init))

    /// The text between FSI and PDI when it holds a directional control; unchanged otherwise.
    var isolatedIfDirectional: String {
        unicodeScalars.contains(where: Self.directionalControls.contains) ? "\u{2068}\(self)\u{2069}" : self
    }

    /// The text made safe between tags.
    var textEscaped: String { escaped(quotes: false) }

    /// The text made safe inside a quoted HTML attribute; only the declarations above call it.
    var attributeEscaped: String { escaped(quotes: true) }

    private func escaped(quotes: Bool) -> String {
        var out = ""
        out.reserveCapacity(count)
        for c in self {
            switch c {
            case "&": out += "&amp;"
            case "\"" where quotes: out += "&quot;"
            case "'" where quotes: out += "&#39;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default: out.append(c)
            }
        }
        return out
    }
}
