import SharewellCore
import Testing

/// Counts beside a centre's list never count the families it may not contact (issue 18: "totals
/// minus the list never reveal a bereaved or refusing family in a small area").
@Suite("A centre's area totals beside its list")
struct AreaTotalsTests {
    @Test("a count is hidden when it, or what it adds to the list, is from 1 to 7", arguments: [
        // births, consented, to contact → births shown?, consented shown?
        (9, 6, 5, false, false),      // 9 − 5 = 4 not to contact; 6 − 5 = 1 bereaved
        (20, 15, 5, true, false),     // 15 and 10 beyond the list, but 20 − 15 = 5 refused
        (30, 20, 10, true, true),     // 20, 10 and 10: nothing small
        (12, 12, 12, true, true),     // everyone consented and may be contacted: nothing to find
        (3, 3, 3, false, false),      // small counts themselves
        (0, 0, 0, true, true),        // none is shown as 0
        (40, 12, 10, true, false),    // 12 − 10 = 2 consented but not to contact
    ])
    func hidden(_ c: (Int, Int, Int, Bool, Bool)) {
        let totals = AreaTotals(births: c.0, consented: c.1, toContact: c.2)
        #expect(totals.births == (c.3 ? .shown(c.0) : .suppressed))
        #expect(totals.consented == (c.4 ? .shown(c.1) : .suppressed))
        #expect(totals.toContact == c.2)
    }

    @Test("no shown count, set against the list or another shown count, gives a number from 1 to 7")
    func exhaustive() {
        for births in 0...30 { for consented in 0...births { for listed in 0...consented {
            let t = AreaTotals(births: births, consented: consented, toContact: listed)
            var known = [listed]
            if case .shown(let b) = t.births { known.append(b) }
            if case .shown(let c) = t.consented { known.append(c) }
            for a in known { for b in known where a > b { #expect(!(1...7).contains(a - b), "\(births) \(consented) \(listed)") } }
        } } }
    }
}
