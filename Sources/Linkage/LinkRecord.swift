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

/// Variable-length byte strings for many records in one buffer: one allocation for a whole column.
public struct ByteColumn: Sendable {
    private var bytes: [UInt8] = []
    private var ends: [Int32] = []

    public init() {}

    public mutating func append(_ value: some Sequence<UInt8>) {
        bytes.append(contentsOf: value)
        ends.append(Int32(bytes.count))
    }

    public var count: Int { ends.count }

    public subscript(_ i: Int) -> ArraySlice<UInt8> {
        let start = i == 0 ? 0 : Int(ends[i - 1])
        return bytes[start..<Int(ends[i])]
    }
}
