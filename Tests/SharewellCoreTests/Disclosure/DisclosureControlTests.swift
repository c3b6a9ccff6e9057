import SharewellCore
import Testing

@Suite("Small-number suppression")
struct DisclosureControlTests {
    let control = DisclosureControl()

    @Test("counts 1 to 7 are starred; zero and 8 upwards are shown")
    func primary() {
        #expect(control.cell(0) == .shown(0))
        for n in 1...7 { #expect(control.cell(n) == .suppressed) }
        #expect(control.cell(8) == .shown(8))
        #expect(DisclosureControl(suppressUpTo: 4).cell(5) == .shown(5))
        #expect(DisclosureControl(suppressUpTo: 0).cell(1) == .shown(1))
    }

    @Test("a lone suppressed part beside a published total takes the next smallest part with it")
    func secondary() {
        let p = control.protect(.init(total: 20, parts: [3, 9, 8]))
        #expect(p.total == .shown(20))
        #expect(p.parts == [.suppressed, .shown(9), .suppressed])
        #expect(control.protect(.init(total: 29, parts: [15, 14])).parts == [.shown(15), .shown(14)])
    }

    @Test("a non-zero part is hidden before a zero one")
    func prefersNonZero() {
        #expect(control.protect(.init(total: 10, parts: [1, 9, 0])).parts == [.suppressed, .suppressed, .shown(0)])
    }

    @Test("an unpublished small complement hides the count it would reveal")
    func complement() {
        let p = control.protect(.init(total: 29, parts: [28, 1], published: [true, false]))
        #expect(p.parts[0] == .suppressed)
        #expect(control.protect(.init(total: 29, parts: [21, 8], published: [true, false])).parts[0] == .shown(21))
    }

    /// Every line with a published total: the values a reader could fill into the stars (each 1
    /// to 7, unpublished parts any size) must be more than one, so no star can be recovered.
    @Test("no suppressed cell can be recovered from the published totals", arguments: 0..<400)
    func unrecoverable(seed: Int) {
        var rng = SeededGenerator(seed: UInt64(seed))
        let count = Int.random(in: 2...4, using: &rng)
        let parts = (0..<count).map { _ in Int.random(in: 0...14, using: &rng) }
        let published = parts.indices.map { $0 == 0 || Int.random(in: 0...4, using: &rng) > 0 }
        let p = control.protect(.init(total: parts.reduce(0, +), parts: parts, published: published))
        guard case .shown = p.total else { return }
        // The reader can work out the unknowns' sum from the total; one small unknown alone is given away.
        let unknown = parts.indices.filter { p.parts[$0].isSuppressed || !published[$0] }
        if unknown.count == 1 { #expect(!(1...7).contains(parts[unknown[0]]), "parts \(parts) published \(published) gave \(p.parts)") }
        for index in parts.indices where (1...7).contains(parts[index]) { #expect(p.parts[index].isSuppressed) }
    }
}
