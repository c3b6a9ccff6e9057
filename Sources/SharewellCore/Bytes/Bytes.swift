/// Byte helpers the hot loops share (the linkage engine compares millions of pairs of names, the
/// stratifier reads millions of rows): inlinable, so each module gets them specialised.
extension UnsafeBufferPointer where Element == UInt8 {
    /// Byte-for-byte equality in a plain loop: the values are short, so this beats both the generic
    /// `elementsEqual` (which walks iterators) and a call to `memcmp`.
    @inlinable
    public func same(_ other: UnsafeBufferPointer<UInt8>) -> Bool {
        guard count == other.count else { return false }
        for k in 0..<count where self[k] != other[k] { return false }
        return true
    }
}

/// FNV-1a, 64 bits: a stable hash (the same on every run and every machine) for keys made of bytes.
public struct FNV1a: Sendable {
    @usableFromInline var state: UInt64 = 14_695_981_039_346_656_037
    public var hash: UInt64 { state }

    @inlinable public init() {}

    @inlinable
    public mutating func add(_ bytes: some Sequence<UInt8>) {
        for b in bytes { state = (state ^ UInt64(b)) &* 1_099_511_628_211 }
    }

    @inlinable
    public mutating func add(byte: UInt8) { state = (state ^ UInt64(byte)) &* 1_099_511_628_211 }
}
