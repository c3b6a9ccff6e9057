/// A form field's name as a person reads it: `internalNotes` is "internal notes", `follow_up_by[day]`
/// is "follow up by (day)". Messages that must name a field the page did not label for us (a value
/// the decoder could not read, a field too long to keep) use these words, never the raw name
/// (review of issue 17, items 6 and 11).
enum FieldName {
    static func words(_ name: String) -> String {
        let parts = name.split(whereSeparator: { $0 == "[" || $0 == "]" || $0 == "." }).map(String.init).filter { !$0.isEmpty && Int($0) == nil }
        guard let first = parts.first else { return "a field" }
        let main = spaced(first), rest = parts.dropFirst().map(spaced)
        return rest.isEmpty ? main : "\(main) (\(rest.joined(separator: ", ")))"
    }

    /// `internalNotes` → "internal notes", `as_of` → "as of", `NHSNumber` stays as written.
    private static func spaced(_ word: String) -> String {
        var out = ""
        for (i, c) in word.enumerated() {
            if c == "_" || c == "-" { out.append(" "); continue }
            if c.isUppercase, i > 0, !(out.last?.isUppercase ?? false), out.last != " " { out.append(" ") }
            out.append(c)
        }
        return out.split(separator: " ").map { w in
            w.count > 1 && w.allSatisfy(\.isUppercase) ? String(w) : w.lowercased()
        }.joined(separator: " ")
    }
}
