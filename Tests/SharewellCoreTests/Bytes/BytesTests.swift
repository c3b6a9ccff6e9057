import SharewellCore
import Testing

@Suite("Byte helpers")
struct BytesTests {
    @Test("FNV-1a gives the published 64-bit values")
    func fnv() {
        var empty = FNV1a(), a = FNV1a(), foobar = FNV1a()
        empty.add([UInt8]())
        a.add("a".utf8)
        foobar.add("foo".utf8); foobar.add(byte: UInt8(ascii: "b")); foobar.add("ar".utf8)
        #expect(empty.hash == 0xcbf2_9ce4_8422_2325 && a.hash == 0xaf63_dc4c_8601_ec8c && foobar.hash == 0x8594_4171_f739_67e8)
    }

    @Test("byte equality needs the same length and the same bytes")
    func same() {
        func check(_ x: String, _ y: String) -> Bool {
            Array(x.utf8).withUnsafeBufferPointer { a in Array(y.utf8).withUnsafeBufferPointer { a.same($0) } }
        }
        #expect(check("smith", "smith") && check("", ""))
        #expect(!check("smith", "smyth") && !check("smith", "smithe") && !check("", "a"))
    }
}
