import SharewellCore

/// How raw fields become comparable (issue 7, item 1): lower-case ASCII names without accents or
/// punctuation, given names also by their formal form, dates of birth in parts (any may be
/// unknown), postcodes in canonical form, address words and the house or flat number, valid NHS
/// numbers only.
public enum Standardise {
    /// `"O'Connor-Smith"` → `"oconnorsmith"`; accents folded (`Zoë` → `zoe`).
    public static func name(_ text: String) -> [UInt8] { words(text).joined().map { $0 } }

    /// The name's words: `"Smith-Jones"` → `["smith", "jones"]`; `"O'Brien"` → `["obrien"]`.
    public static func words(_ text: String) -> [[UInt8]] {
        var result: [[UInt8]] = [], word: [UInt8] = []
        // Most names are plain ASCII: read their bytes directly.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            for byte in text.utf8 {
                switch byte {
                case 0x41...0x5A: word.append(byte + 0x20)
                case 0x61...0x7A, 0x30...0x39: word.append(byte)
                case UInt8(ascii: "'"), UInt8(ascii: "."): continue
                default: if !word.isEmpty { result.append(word); word = [] }
                }
            }
            if !word.isEmpty { result.append(word) }
            return result
        }
        for scalar in text.unicodeScalars {
            if let letter = fold(scalar) {
                word.append(contentsOf: letter)
            } else if scalar == "'" || scalar == "’" || scalar == "." {
                continue
            } else if !word.isEmpty {
                result.append(word); word = []
            }
        }
        if !word.isEmpty { result.append(word) }
        return result
    }

    /// The given name's first word in its formal form: `"Bob"` → `"robert"`, `"Liz Ann"` → `"elizabeth"`.
    public static func formalGivenName(_ text: String) -> [UInt8] {
        guard let first = words(text).first else { return [] }
        return Nicknames.formal[String(decoding: first, as: UTF8.self)].map { Array($0.utf8) } ?? first
    }

    /// Lower-case ASCII for letters and digits, accents folded; `nil` for anything else.
    static func fold(_ scalar: Unicode.Scalar) -> [UInt8]? {
        switch scalar.value {
        case 0x41...0x5A: return [UInt8(scalar.value + 0x20)]
        case 0x61...0x7A, 0x30...0x39: return [UInt8(scalar.value)]
        default: return accents[scalar].map { Array($0.utf8) }
        }
    }

    private static let accents: [Unicode.Scalar: String] = {
        var table: [Unicode.Scalar: String] = [:]
        let groups: [(String, String)] = [
            ("ÀÁÂÃÄÅàáâãäåĀāĂăĄą", "a"), ("ÇçĆćĈĉĊċČč", "c"), ("ĎďĐđ", "d"), ("ÈÉÊËèéêëĒēĔĕĖėĘęĚě", "e"),
            ("ĜĝĞğĠġĢģ", "g"), ("ĤĥĦħ", "h"), ("ÌÍÎÏìíîïĨĩĪīĬĭĮįİı", "i"), ("Ĵĵ", "j"), ("Ķķ", "k"), ("ĹĺĻļĽľĿŀŁł", "l"),
            ("ÑñŃńŅņŇň", "n"), ("ÒÓÔÕÖØòóôõöøŌōŎŏŐő", "o"), ("ŔŕŖŗŘř", "r"), ("ŚśŜŝŞşŠšß", "s"), ("ŢţŤťŦŧ", "t"),
            ("ÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲų", "u"), ("Ŵŵ", "w"), ("ÝýÿŶŷŸ", "y"), ("ŹźŻżŽž", "z"), ("Ææ", "ae"), ("Œœ", "oe"),
        ]
        for (letters, plain) in groups { for s in letters.unicodeScalars { table[s] = s == "ß" ? "ss" : plain } }
        return table
    }()

    /// A date of birth in parts, 0 where unknown: `YYYY-MM-DD`, `DD/MM/YYYY`, `YYYY/MM/DD`, `YYYY-MM`, `YYYY`.
    public static func dateOfBirth(_ text: String) -> PartialDate {
        var n: [Int] = [], value = 0, digits = 0
        for byte in text.utf8 {
            switch byte {
            case 0x30...0x39:
                guard digits < 6 else { return .unknown }
                value = value * 10 + Int(byte - 0x30); digits += 1
            case UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: "."), UInt8(ascii: " "):
                if digits > 0 { n.append(value); value = 0; digits = 0 }
            default: return .unknown
            }
        }
        if digits > 0 { n.append(value) }
        switch n.count {
        case 3 where n[0] > 31: return PartialDate(year: n[0], month: n[1], day: n[2])
        case 3: return PartialDate(year: n[2], month: n[1], day: n[0])
        case 2 where n[0] > 31: return PartialDate(year: n[0], month: n[1], day: 0)
        case 1 where n[0] > 1000: return PartialDate(year: n[0], month: 0, day: 0)
        default: return .unknown
        }
    }

    /// 1 female, 2 male, 0 unknown.
    public static func sex(_ text: String) -> UInt8 {
        switch text.lowercased().trimmingWhitespace {
        case "f", "female", "girl", "2": 1
        case "m", "male", "boy", "1": 2
        default: 0
        }
    }

    /// The canonical postcode (`"ol11aa"` → `"OL1 1AA"`), or `nil` when it is not one.
    public static func postcode(_ text: String) -> Postcode? { try? Postcode(text) }

    /// The address's words, and the first that holds a digit (the house or flat number).
    public static func address(_ text: String) -> (words: [[UInt8]], number: [UInt8]) {
        let words = words(text)
        return (words, words.first { $0.contains { $0 >= 0x30 && $0 <= 0x39 } } ?? [])
    }

    /// A valid NHS number as an integer; 0 for none or an invalid one. Spaces and dashes are allowed.
    public static func nhsNumber(_ text: String) -> Int64 {
        var digits: [Int] = []
        for byte in text.utf8 {
            switch byte {
            case 0x30...0x39: digits.append(Int(byte - 0x30))
            case UInt8(ascii: " "), UInt8(ascii: "-"): continue
            default: return 0
            }
        }
        guard digits.count == 10, NHSNumber.checkDigit(digits.prefix(9)) == digits[9] else { return 0 }
        return digits.reduce(0) { $0 * 10 + Int64($1) }
    }
}

/// A date of birth whose year, month or day may be unknown (0).
public struct PartialDate: Sendable, Equatable, Hashable {
    public let year: Int
    public let month: Int
    public let day: Int
    public static let unknown = PartialDate(year: 0, month: 0, day: 0)

    public init(year: Int, month: Int, day: Int) {
        let valid = (1...12).contains(month) && (1...31).contains(day)
        self.year = (1850...2100).contains(year) ? year : 0
        self.month = valid || (day == 0 && (1...12).contains(month)) ? month : 0
        self.day = valid ? day : 0
    }

    public var isKnown: Bool { year != 0 }
    public var isComplete: Bool { year != 0 && month != 0 && day != 0 }
    /// Packed `yyyymmdd`, for blocking keys.
    public var packed: Int32 { Int32(year * 10_000 + month * 100 + day) }
}

extension String {
    var trimmingWhitespace: String {
        var s = Substring(self)
        while s.first?.isWhitespace == true { s.removeFirst() }
        while s.last?.isWhitespace == true { s.removeLast() }
        return String(s)
    }
}
