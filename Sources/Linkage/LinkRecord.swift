/// A person as a file gives them, before standardising: any field but the id may be empty.
public struct LinkRecord: Sendable, Equatable {
    public var id: String
    public var givenName: String
    public var familyName: String
    public var dateOfBirth: String
    public var sex: String
    public var postcode: String
    public var address: String
    public var nhsNumber: String

    public init(id: String, givenName: String = "", familyName: String = "", dateOfBirth: String = "", sex: String = "",
                postcode: String = "", address: String = "", nhsNumber: String = "") {
        self.id = id; self.givenName = givenName; self.familyName = familyName; self.dateOfBirth = dateOfBirth
        self.sex = sex; self.postcode = postcode; self.address = address; self.nhsNumber = nhsNumber
    }
}

/// Variable-length runs of values for many records in one buffer (one allocation for a whole
/// column, not one per record): names as bytes, address words as hashes. Built once, then only
/// read: a run is handed out as a buffer pointer, so comparing millions of pairs counts no references.
public struct PackedColumn<Element: BitwiseCopyable & Sendable>: Sendable {
    private let storage: Storage

    /// The runs, in order, gathered before the column is made.
    public struct Builder {
        var values: [Element] = [], ends: [Int32] = []

        public init() {}

        public mutating func append(_ run: some Sequence<Element>) {
            values.append(contentsOf: run)
            ends.append(Int32(values.count))
        }
    }

    public init(_ built: Builder) { storage = Storage(built.values, built.ends) }

    public var count: Int { storage.ends.count }

    @inline(__always)
    public subscript(_ i: Int) -> UnsafeBufferPointer<Element> {
        precondition(i >= 0 && i < storage.ends.count, "record index out of range")
        let ends = storage.ends.baseAddress!
        let start = i == 0 ? 0 : Int(ends[i - 1])
        return UnsafeBufferPointer(start: storage.values.baseAddress! + start, count: Int(ends[i]) - start)
    }

    /// The memory lives as long as the column; nothing writes to it after it is made.
    private final class Storage: @unchecked Sendable {
        let values: UnsafeMutableBufferPointer<Element>
        let ends: UnsafeMutableBufferPointer<Int32>

        init(_ values: [Element], _ ends: [Int32]) {
            self.values = .allocate(capacity: max(1, values.count))
            _ = self.values.initialize(from: values)
            self.ends = .allocate(capacity: max(1, ends.count))
            _ = self.ends.initialize(from: ends)
        }

        deinit { values.deallocate(); ends.deallocate() }
    }
}

public typealias ByteColumn = PackedColumn<UInt8>
