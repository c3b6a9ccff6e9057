/// A CSV file whose first line names its columns: one of the header lines a format accepts (each
/// column name trimmed), then records with exactly as many fields, each trimmed of spaces and tabs;
/// blank lines skipped. Problems of shape (header, field count, NUL) go to `problems`.
enum CSVTable {
    struct Row {
        let line: Int
        let values: [String: String]
        subscript(column: String) -> String { values[column] ?? "" }
        /// A column only some headers have.
        func optional(_ column: String) -> String? { values[column] }
    }

    static func rows(_ bytes: UnsafeBufferPointer<UInt8>, headers: [[String]], problems: inout ProblemList) -> [Row] {
        var lines = CSVLines(bytes)
        var first = lines.next()
        while let line = first, line.isBlank { first = lines.next() }
        let names = first.map { $0.fields.map { String(decoding: $0.trimmingSpaces, as: UTF8.self) } }
        guard let names, let columns = headers.first(where: { $0 == names }) else {
            let expected = headers.map { "‘\($0.joined(separator: ","))’" }.joined(separator: " or ")
            problems.add(line: first?.number ?? 1, field: "header", "The first line must be exactly \(expected).")
            return []
        }
        var rows: [Row] = []
        while let line = lines.next(), !problems.isFull {
            if line.isBlank { continue }
            guard line.fields.count == columns.count else {
                let field = line.fields.count < columns.count ? columns[line.fields.count] : "row"
                problems.add(line: line.number, field: field, "Expected \(columns.count) fields (\(columns.joined(separator: ","))), found \(line.fields.count).")
                continue
            }
            if let column = line.fields.firstIndex(where: { $0.contains(0) }) {
                problems.add(line: line.number, field: columns[column], "A NUL byte is not allowed in any field.")
                continue
            }
            let values = line.fields.map { String(decoding: $0.trimmingSpaces, as: UTF8.self) }
            rows.append(Row(line: line.number, values: Dictionary(uniqueKeysWithValues: zip(columns, values))))
        }
        return rows
    }
}
