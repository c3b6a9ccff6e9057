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
    let addressWords: [[UInt32]]
    let houseNumber: ByteColumn
    let nhsNumber: [Int64]

    public var count: Int { ids.count }

    public init(_ records: [LinkRecord]) {
        var given = ByteColumn(), formal = ByteColumn(), family = ByteColumn(), familyWords = ByteColumn()
        var postcode = ByteColumn(), district = ByteColumn(), house = ByteColumn()
        var dob: [PartialDate] = [], sex: [UInt8] = [], words: [[UInt32]] = [], nhs: [Int64] = []
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
            words.append(Array(Set(address.words.map(Self.hash))).sorted())
            house.append(address.number)
            nhs.append(Standardise.nhsNumber(r.nhsNumber))
        }
        ids = records.map(\.id)
        self.given = given; givenFormal = formal; self.family = family; self.familyWords = familyWords
        dateOfBirth = dob; self.sex = sex; self.postcode = postcode; self.district = district
        addressWords = words; houseNumber = house; nhsNumber = nhs
    }

    /// FNV-1a: a stable hash for address words and blocking keys (the same on every run).
    static func hash(_ bytes: some Sequence<UInt8>) -> UInt32 {
        var h: UInt32 = 2_166_136_261
        for b in bytes { h = (h ^ UInt32(b)) &* 16_777_619 }
        return h
    }

    static func hash64(_ parts: [ArraySlice<UInt8>]) -> UInt64 {
        var h: UInt64 = 14_695_981_039_346_656_037
        for part in parts {
            for b in part { h = (h ^ UInt64(b)) &* 1_099_511_628_211 }
            h = (h ^ 0xFF) &* 1_099_511_628_211
        }
        return h
    }
}
