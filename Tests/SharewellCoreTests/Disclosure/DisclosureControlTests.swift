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

    /// Every line with a published total, solved by enumeration rather than sampled: every way a
    /// reader could fill the unknowns (stars 1 to 7, or any positive number; unpublished parts any
    /// number from 0) that adds up to the total must leave each small unknown at least two values.
    @Test("no small suppressed or unpublished cell is determined by the published cells and total", arguments: 0..<400)
    func unrecoverable(seed: Int) {
        var rng = SeededGenerator(seed: UInt64(seed))
        let count = Int.random(in: 2...4, using: &rng)
        let parts = (0..<count).map { _ in Int.random(in: 0...14, using: &rng) }
        let published = parts.indices.map { $0 == 0 || Int.random(in: 0...4, using: &rng) > 0 }
        let p = control.protect(.init(total: parts.reduce(0, +), parts: parts, published: published))
        for index in parts.indices where (1...7).contains(parts[index]) { #expect(p.parts[index].isSuppressed) }
        guard case .shown(let total) = p.total else { return }
        let unknown = parts.indices.filter { p.parts[$0].isSuppressed || !published[$0] }
        let rest = total - parts.indices.filter { !unknown.contains($0) }.reduce(0) { $0 + parts[$1] }
        for ceiling in [7, rest] {
            let ranges = unknown.map { p.parts[$0].isSuppressed ? 1...max(1, ceiling) : 0...max(0, rest) }
            var seen = Array(repeating: Set<Int>(), count: unknown.count)
            var solutions = 0
            func fill(_ k: Int, _ left: Int, _ values: inout [Int]) {
                if k == unknown.count {
                    if left == 0 { solutions += 1; for (i, v) in values.enumerated() { seen[i].insert(v) } }
                    return
                }
                for v in ranges[k] where v <= left { values.append(v); fill(k + 1, left - v, &values); values.removeLast() }
            }
            var values: [Int] = []
            fill(0, rest, &values)
            guard solutions > 0 else { continue }  // a reader would see this ceiling cannot be right
            for (i, index) in unknown.enumerated() where (1...7).contains(parts[index]) {
                #expect(seen[i].count > 1, "parts \(parts) published \(published) gave \(p.parts): part \(index) is determined")
            }
        }
    }

    @Test("two stars that must both be 1 take a third part with them (issue 14)")
    func twoOnes() {
        let p = control.protect(.init(total: 12, parts: [1, 1, 10]))
        #expect(p.parts == [.suppressed, .suppressed, .suppressed] || p.total == .suppressed)
    }
}
