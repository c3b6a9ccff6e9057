/// An address as a letter shows it: one part per line, the postcode on a line of its own, as
/// Royal Mail asks for window envelopes. People's addresses are held on one line ("Flat 2, 12 Mill
/// Lane, OL8 2QD"); a directory entry's in parts.
public struct PostalAddress: Sendable, Equatable {
    public let lines: [String]

    public init(lines: [String]) {
        self.lines = lines.map { $0.trimmed }.filter { !$0.isEmpty }
    }

    /// Split at its commas; a postcode run on after the town ("Oldham OL8 2QD") goes to its own line.
    public init(oneLine: String) {
        var parts = oneLine.split(separator: ",").map { String($0).trimmed }.filter { !$0.isEmpty }
        if let last = parts.last, (try? Postcode(last)) == nil {
            let words = last.split(separator: " ")
            if words.count > 2, let postcode = try? Postcode(words.suffix(2).joined(separator: " ")) {
                parts[parts.count - 1] = words.dropLast(2).joined(separator: " ")
                parts.append(postcode.value)
            }
        }
        self.init(lines: parts)
    }
}
