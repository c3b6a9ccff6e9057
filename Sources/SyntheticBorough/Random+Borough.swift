import SharewellCore

extension RandomNumberGenerator {
    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &self) < p }
    mutating func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &self)] }
    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }

    /// A version-4 UUID string drawn from this generator, so ids repeat with the seed.
    mutating func uuidString() -> String {
        let a = next(), b = next()
        let hex = { (v: UInt64, bytes: Int) -> String in
            let s = String(v, radix: 16)
            return String(repeating: "0", count: bytes * 2 - s.count) + s
        }
        let time = hex(a >> 32, 4), mid = hex((a >> 16) & 0xFFFF, 2), hi = hex(0x4000 | (a & 0x0FFF), 2)
        let seq = hex(0x8000 | ((b >> 48) & 0x3FFF), 2), node = hex(b & 0xFFFF_FFFF_FFFF, 6)
        return "\(time)-\(mid)-\(hi)-\(seq)-\(node)"
    }
}
