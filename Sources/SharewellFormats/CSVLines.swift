/// Lines of a CSV file split into fields, from bytes: LF or CRLF endings, a leading byte-order
/// mark skipped, fields in double quotes (with `""` for a quote) allowed.
struct CSVLines: IteratorProtocol {
    struct Line {
        let number: Int
        let fields: [ArraySlice<UInt8>]
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0
    private var number = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { position = 3 }
    }

    mutating func next() -> Line? {
        guard position < bytes.count else { return nil }
        number += 1
        var fields: [ArraySlice<UInt8>] = []
        var field: [UInt8] = []
        var quoted = false
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            if quoted {
                if byte == UInt8(ascii: "\"") {
                    if position < bytes.count, bytes[position] == UInt8(ascii: "\"") { field.append(byte); position += 1 } else { quoted = false }
                } else { field.append(byte) }
                continue
            }
            switch byte {
            case UInt8(ascii: ","): fields.append(field[...]); field.removeAll(keepingCapacity: true)
            case UInt8(ascii: "\""): quoted = true
            case UInt8(ascii: "\n"):
                if field.last == UInt8(ascii: "\r") { field.removeLast() }
                fields.append(field[...])
                return Line(number: number, fields: fields)
            default: field.append(byte)
            }
        }
        if field.last == UInt8(ascii: "\r") { field.removeLast() }
        fields.append(field[...])
        return Line(number: number, fields: fields)
    }
}
