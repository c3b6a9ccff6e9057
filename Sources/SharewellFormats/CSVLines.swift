/// Records of a CSV file split into fields, from bytes: LF or CRLF endings, a leading byte-order
/// mark skipped, fields in double quotes (with `""` for a quote, and line breaks) allowed.
struct CSVLines: IteratorProtocol {
    struct Line {
        /// The line of the file where the record starts (a quoted field may span lines).
        let number: Int
        let fields: [ArraySlice<UInt8>]

        /// Nothing but spaces or tabs: skipped like an empty line.
        var isBlank: Bool { fields.count == 1 && fields[0].trimmingSpaces.isEmpty }
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0
    /// The line of the file the next record starts on.
    private var physicalLine = 1

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { position = 3 }
    }

    /// A line's fields share one buffer: one allocation a line, not one a field.
    mutating func next() -> Line? {
        guard position < bytes.count else { return nil }
        let number = physicalLine
        var buffer: [UInt8] = [], ends: [Int] = []
        var quoted = false
        func line() -> Line {
            if buffer.last == UInt8(ascii: "\r"), buffer.count > (ends.last ?? 0) { buffer.removeLast() }
            ends.append(buffer.count)
            let fields = ends.indices.map { buffer[($0 == 0 ? 0 : ends[$0 - 1])..<ends[$0]] }
            return Line(number: number, fields: fields)
        }
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            if byte == UInt8(ascii: "\n") { physicalLine += 1 }
            if quoted {
                if byte == UInt8(ascii: "\"") {
                    if position < bytes.count, bytes[position] == UInt8(ascii: "\"") { buffer.append(byte); position += 1 } else { quoted = false }
                } else { buffer.append(byte) }
                continue
            }
            switch byte {
            case UInt8(ascii: ","): ends.append(buffer.count)
            case UInt8(ascii: "\""): quoted = true
            case UInt8(ascii: "\n"): return line()
            default: buffer.append(byte)
            }
        }
        return line()
    }
}

/// A CSV file of records: the first line exactly `header`, then one record per line with as many
/// fields as the header names, each made by `row` (which notes its own problems), and no two with
/// the same `key`. Throws every problem found, each naming its line and field.
enum CSVRecords {
    static func read<Row>(_ bytes: UnsafeBufferPointer<UInt8>, header: String, limit: Int = ProblemList.limit, row: ([String], Int, inout ProblemList) -> Row?,
                          key: (Row) -> String, duplicate: (Row, _ earlierLine: Int) -> (field: String, message: String)) throws -> [Row] {
        var problems = ProblemList(limit: limit)
        var lines = CSVLines(bytes)
        guard let first = lines.next(), first.fields.map({ String(decoding: $0, as: UTF8.self) }).joined(separator: ",") == header else {
            throw FormatError(problems: [.init(line: 1, field: "header", message: "The first line must be exactly ‘\(header)’.")], truncated: false)
        }
        let columns = header.split(separator: ",").map(String.init)
        var rows: [Row] = [], seen: [String: Int] = [:]
        while let line = lines.next(), !problems.isFull {
            if line.isBlank { continue }
            guard line.fields.count == columns.count else {
                problems.add(line: line.number, field: "row", "Expected \(columns.count) fields (\(header)), found \(line.fields.count)."); continue
            }
            // No field holds a NUL: the databases cannot keep one (SQLite cuts the text, PostgreSQL refuses it).
            if let column = line.fields.firstIndex(where: { $0.contains(0) }) {
                problems.add(line: line.number, field: header.split(separator: ",").map(String.init)[column], "A NUL byte is not allowed in any field."); continue
            }
            guard let made = row(line.fields.map { String(decoding: $0.trimmingSpaces, as: UTF8.self) }, line.number, &problems) else { continue }
            if let earlier = seen[key(made)] {
                let (field, message) = duplicate(made, earlier)
                problems.add(line: line.number, field: field, message)
            } else {
                seen[key(made)] = line.number
                rows.append(made)
            }
        }
        if let error = problems.error { throw error }
        return rows
    }
}

extension CSVRecords {
    /// The first column's values with their lines, from every line with the header's number of
    /// fields and something in that column; nothing when the header is wrong. For what only the
    /// database can check (an unknown reference), so it is reported with the file's own problems.
    static func firstColumn(_ bytes: UnsafeBufferPointer<UInt8>, header: String) -> [(line: Int, value: String)] {
        var lines = CSVLines(bytes)
        guard let first = lines.next(), first.fields.map({ String(decoding: $0, as: UTF8.self) }).joined(separator: ",") == header else { return [] }
        let columns = header.split(separator: ",").count
        var values: [(line: Int, value: String)] = []
        while let line = lines.next() {
            guard line.fields.count == columns, !line.fields[0].contains(0) else { continue }
            let value = String(decoding: line.fields[0].trimmingSpaces, as: UTF8.self)
            if !value.isEmpty { values.append((line.number, value)) }
        }
        return values
    }
}

extension ArraySlice<UInt8> {
    /// Without spaces or tabs at either end (trimmed as bytes, before a string is made).
    var trimmingSpaces: ArraySlice<UInt8> {
        let isSpace = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return self[endIndex...] }
        return self[first...last]
    }
}
