import SharewellCore

/// Reads indicator rows straight from bytes: five comma-separated fields, LF or CRLF, no quotes.
struct IndicatorReader {
    struct Row {
        let line: Int
        let person: String
        let household: String
        let code: String
        let health: Bool
        let day: Int
    }

    let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0
    private var line = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { position = 3 }
    }

    mutating func readHeader() throws(IndicatorProfile.Problem) {
        let fields = nextFields()
        guard let fields, fields.map(text).joined(separator: ",") == IndicatorProfile.header else {
            throw .init(line: 1, field: "header", message: "The first line must be exactly ‘\(IndicatorProfile.header)’.")
        }
    }

    mutating func next() throws(IndicatorProfile.Problem) -> Row? {
        while let fields = nextFields() {
            if fields.count == 1, fields[0].isEmpty { continue }
            guard fields.count == 5 else {
                throw .init(line: line, field: "row", message: "Expected 5 fields (\(IndicatorProfile.header)), found \(fields.count).")
            }
            let person = text(fields[0]), code = text(fields[2])
            if person.isEmpty { throw .init(line: line, field: "person_id", message: "Every row needs a person id.") }
            if code.isEmpty { throw .init(line: line, field: "code", message: "Every row needs a code.") }
            let health: Bool
            switch text(fields[3]) {
            case "health": health = true
            case "non-health": health = false
            case let other: throw .init(line: line, field: "category", message: "‘\(other)’ is not a category: use health or non-health.")
            }
            guard let day = Self.day(UnsafeBufferPointer(rebasing: bytes[fields[4]])) else {
                throw .init(line: line, field: "date", message: "‘\(text(fields[4]))’ is not a date written YYYY-MM-DD.")
            }
            return Row(line: line, person: person, household: text(fields[1]), code: code, health: health, day: day)
        }
        return nil
    }

    /// The next line's fields as ranges of `bytes`, or `nil` at the end.
    private mutating func nextFields() -> [Range<Int>]? {
        guard position < bytes.count else { return nil }
        line += 1
        var fields: [Range<Int>] = []
        fields.reserveCapacity(5)
        var start = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: ",") { fields.append(start..<position); start = position + 1 }
            else if byte == UInt8(ascii: "\n") { break }
            position += 1
        }
        var end = position
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        fields.append(start..<end)
        position += 1
        return fields
    }

    private func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// `YYYY-MM-DD` as a day number, without making a string.
    static func day(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for i in range {
                let digit = Int(b[i]) - 48
                guard (0...9).contains(digit) else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else { return nil }
        return CalendarDate(year: y, month: m, day: d)?.dayNumber
    }
}
