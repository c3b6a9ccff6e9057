import SharewellCore

/// Ids (people, households, codes) as bytes, each given a dense number the first time it is seen:
/// an open-addressing hash table whose keys live in one byte arena. No string is made per row, and
/// memory grows with the distinct ids, not with the rows.
///
/// A slot holds a 64-bit tag and a 64-bit set of flags beside the entry number, so most rows touch
/// one cache line: an id of up to seven bytes (most are: `P123456`) is its own tag and needs no
/// other check; a longer one is tagged by its hash and its bytes are compared in the arena.
struct NameTable: Sendable {
    private struct Slot { var tag: UInt64; var bits: UInt64; var entry: Int32 }
    private var slots: [Slot]
    /// Each entry's slot (slots move when the table grows).
    private var slotOf: [Int32] = []
    private var tags: [UInt64] = []
    private var ends: [Int32] = []
    private var arena: [UInt8] = []

    init(capacity: Int = 64) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: Slot(tag: 0, bits: 0, entry: -1), count: size)
    }

    var count: Int { tags.count }

    /// The key itself with its length in the top byte when it has at most seven bytes; otherwise
    /// its FNV-1a hash with the top bit set (so the two kinds never collide). The same on every run.
    static func tag(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        if key.count <= 7 {
            var packed = UInt64(key.count) << 56
            for (k, b) in key.enumerated() { packed |= UInt64(b) << UInt64(8 * k) }
            return packed
        }
        var fnv = FNV1a()
        fnv.add(key)
        return fnv.hash | (1 << 63)
    }

    /// The key's number, adding it if new, and `bits` added to its flags; `tag` is `NameTable.tag(key)`.
    @discardableResult
    mutating func number(of key: UnsafeBufferPointer<UInt8>, tag: UInt64, adding bits: UInt64 = 0) -> Int {
        let mask = slots.count - 1
        var slot = Self.start(tag, mask)
        while slots[slot].entry >= 0 {
            if slots[slot].tag == tag, tag >> 63 == 0 || equals(Int(slots[slot].entry), key) {
                slots[slot].bits |= bits
                return Int(slots[slot].entry)
            }
            slot = (slot + 1) & mask
        }
        let entry = tags.count
        tags.append(tag)
        if tag >> 63 != 0 { arena.append(contentsOf: key) }
        ends.append(Int32(arena.count))
        slots[slot] = Slot(tag: tag, bits: bits, entry: Int32(entry))
        slotOf.append(Int32(slot))
        if tags.count * 2 > slots.count { grow() }
        return entry
    }

    mutating func number(of key: UnsafeBufferPointer<UInt8>) -> Int { number(of: key, tag: Self.tag(key)) }

    /// Entry `i`'s flags.
    func bits(of i: Int) -> UInt64 { slots[Int(slotOf[i])].bits }

    /// Runs `body` with entry `i`'s key.
    func withKey<T>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        let tag = tags[i]
        if tag >> 63 == 0 {
            return withUnsafeBytes(of: tag.littleEndian) { body(UnsafeBufferPointer(rebasing: $0.bindMemory(to: UInt8.self)[..<Int(tag >> 56)])) }
        }
        let start = i == 0 ? 0 : Int(ends[i - 1])
        return arena.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<Int(ends[i])])) }
    }

    func name(_ i: Int) -> String { withKey(i) { String(decoding: $0, as: UTF8.self) } }

    /// Fibonacci hashing: the tag's bits spread over the table.
    private static func start(_ tag: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (tag &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    private func equals(_ entry: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = entry == 0 ? 0 : Int(ends[entry - 1]), end = Int(ends[entry])
        return arena.withUnsafeBufferPointer { UnsafeBufferPointer(rebasing: $0[start..<end]).same(key) }
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: Slot(tag: 0, bits: 0, entry: -1), count: slots.count * 2)
        let mask = slots.count - 1
        for previous in old where previous.entry >= 0 {
            var slot = Self.start(previous.tag, mask)
            while slots[slot].entry >= 0 { slot = (slot + 1) & mask }
            slots[slot] = previous
            slotOf[Int(previous.entry)] = Int32(slot)
        }
    }
}
