/// The area's birth counts as a children's centre may see them beside its own list (issue 18).
/// The centre knows exactly how many families it may contact (its list), so every count shown
/// beside the list is judged by what it adds to it: births in the area are shown only when the
/// families it may not contact (births − list) are none or more than the suppression limit, the
/// consented only when the consented it may not contact (consented − list) and, beside a shown
/// total, those who did not consent (births − consented) are too. Otherwise "total minus list"
/// would count the bereaved or refusing families of a small area.
public struct AreaTotals: Sendable, Equatable {
    public let births: DisclosureControl.Cell
    public let consented: DisclosureControl.Cell
    /// The list's own length: the centre holds every family on it.
    public let toContact: Int

    public init(births: Int, consented: Int, toContact: Int, control: DisclosureControl = .init()) {
        let small = { (n: Int) in n >= 1 && n <= control.suppressUpTo }
        let showBirths = !small(births) && !small(births - toContact)
        let showConsented = !small(consented) && !small(consented - toContact) && !(showBirths && small(births - consented))
        self.births = showBirths ? .shown(births) : .suppressed
        self.consented = showConsented ? .shown(consented) : .suppressed
        self.toContact = toContact
    }
}
