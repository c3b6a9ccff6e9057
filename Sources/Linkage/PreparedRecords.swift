import SharewellCore

/// A file of people standardised once into columns, ready for blocking and comparing.
public struct PreparedRecords: Sendable {
    public let ids: [String]
    let given: ByteColumn
    let givenFormal: ByteColumn
    let family: ByteColumn
    /// The family name's words, `|`-separated, for double-barrelled names.
    let familyWords: ByteColumn
    let dateOfBirth: [PartialDate]
    let sex: [UInt8]
    let postcode: ByteColumn
    let district: ByteColumn
    /// The address's distinct words as sorted hashes.
    let addressWords: PackedColumn<UInt32>
    let houseNumber: ByteColumn
    let nhsNumber: [Int64]

    public var count: Int { ids.count }

    public init(_ records: [LinkRecord]) {
        var given = ByteColumn.Builder(), formal = ByteColumn.Builder(), family = ByteColumn.Builder(), familyWords = ByteColumn.Builder()
        var postcode = ByteColumn.Builder(), district = ByteColumn.Builder(), house = ByteColumn.Builder()
        var dob: [PartialDate] = [], sex: [UInt8] = [], words = PackedColumn<UInt32>.Builder(), nhs: [Int64] = []
        for r in records {
            given.append(Standardise.words(r.givenName).first ?? [])
            formal.append(Standardise.formalGivenName(r.givenName))
            let familyParts = Standardise.words(r.familyName)
            family.append(familyParts.joined())
            familyWords.append(familyParts.joined(separator: [UInt8(ascii: "|")]))
            dob.append(Standardise.dateOfBirth(r.dateOfBirth))
            sex.append(Standardise.sex(r.sex))
            let code = Standardise.postcode(r.postcode)
            // A postcode that is not a UK one (a typo, or another country's) still compares as written.
            postcode.append(code.map { Array($0.value.utf8) } ?? Standardise.words(r.postcode).joined().map { $0 })
            district.append(Array((code?.district ?? "").utf8))
            let address = Standardise.address(r.address)
            var hashes = address.words.map(Self.hash)
            hashes.sort()
            words.append(hashes.indices.lazy.filter { $0 == 0 || hashes[$0] != hashes[$0 - 1] }.map { hashes[$0] })
            house.append(address.number)
            nhs.append(Standardise.nhsNumber(r.nhsNumber))
        }
        ids = records.map(\.id)
        self.given = ByteColumn(given); givenFormal = ByteColumn(formal); self.family = ByteColumn(family); self.familyWords = ByteColumn(familyWords)
        dateOfBirth = dob; self.sex = sex; self.postcode = ByteColumn(postcode); self.district = ByteColumn(district)
        addressWords = PackedColumn(words); houseNumber = ByteColumn(house); nhsNumber = nhs
    }

    /// FNV-1a, 32 bits: a stable hash for address words (the same on every run).
    static func hash(_ bytes: some Sequence<UInt8>) -> UInt32 {
        var h: UInt32 = 2_166_136_261
        for b in bytes { h = (h ^ UInt32(b)) &* 16_777_619 }
        return h
    }

    static func hash64(_ parts: [UnsafeBufferPointer<UInt8>]) -> UInt64 {
        var key = BlockingKey()
        for part in parts { key.add(part) }
        return key.hash
    }
}

/// FNV-1a over the parts of a key, each part closed by a marker so `ab|c` and `a|bc` differ.
struct BlockingKey {
    private var fnv = FNV1a()
    var hash: UInt64 { fnv.hash }

    mutating func add(_ part: some Sequence<UInt8>) {
        fnv.add(part)
        fnv.add(byte: 0xFF)
    }
}
