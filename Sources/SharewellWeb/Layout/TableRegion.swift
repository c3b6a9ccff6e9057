import Plot

extension Layout {
    /// A table too wide for a phone scrolls sideways inside this box, not the whole page (WCAG
    /// 1.4.10): named, and focusable so a keyboard can scroll it (axe's scrollable-region-focusable).
    static func scrolling(_ label: String, _ table: Node<HTML.BodyContext>) -> Node<HTML.BodyContext> {
        .div(.class("table-region"), .attribute(named: "role", value: "region"), .ariaLabel(label), .attribute(named: "tabindex", value: "0"), table)
    }
}
