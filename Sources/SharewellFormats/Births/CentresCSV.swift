import SharewellCore

/// A children's centre and its catchment: the postcode sectors it serves.
public struct CentreCatchment: Sendable, Equatable {
    public let line: Int
    public let code: String
    public let name: String
    public let sectors: [PostcodeSector]

    public init(line: Int = 0, code: String, name: String, sectors: [PostcodeSector]) {
        self.line = line; self.code = code; self.name = name; self.sectors = sectors
    }
}

/// `code,name,catchment`: the catchment is sectors separated by `;` (`OL1 1; OL1 2`). A code is
/// given once and is never `unassigned` (the name of the births in no catchment); a sector belongs
/// to one centre only, so catchments never overlap.
public enum CentresCSV {
    public static let header = ["code", "name", "catchment"]

    public static func read(_ bytes: UnsafeBufferPointer<UInt8>, limit: Int = 20) throws(FormatError) -> [CentreCatchment] {
        var problems = ProblemList(limit: limit)
        var centres: [CentreCatchment] = [], codes: [String: Int] = [:], sectors: [String: (code: String, line: Int)] = [:]
        for row in CSVTable.rows(bytes, headers: [header], problems: &problems) {
            let code = row["code"]
            if code.isEmpty { problems.add(line: row.line, field: "code", "Give the centre a code.") }
            if code.lowercased() == BirthRouting.unassigned {
                problems.add(line: row.line, field: "code", "‘\(code)’ is kept for births in no catchment; give the centre another code.")
            }
            if let earlier = codes[code], !code.isEmpty { problems.add(line: row.line, field: "code", "‘\(code)’ is already on line \(earlier).") }
            codes[code] = codes[code] ?? row.line
            var own: [PostcodeSector] = []
            for entry in catchment(row["catchment"]) {
                guard let sector = try? PostcodeSector(entry) else {
                    problems.add(line: row.line, field: "catchment", "‘\(entry)’ is not a postcode sector written like OL1 1."); continue
                }
                if let holder = sectors[sector.value] {
                    let whose = holder.line == row.line ? "earlier in this catchment" : "in \(holder.code)'s catchment on line \(holder.line)"
                    problems.add(line: row.line, field: "catchment", "\(sector.value) is already \(whose): a sector belongs to one centre.")
                    continue
                }
                sectors[sector.value] = (code, row.line)
                own.append(sector)
            }
            centres.append(CentreCatchment(line: row.line, code: code, name: row["name"], sectors: own))
        }
        if let error = problems.error { throw error.inLineOrder }
        return centres
    }

    /// The entries of a catchment: split at `;`, trimmed, inner whitespace collapsed to one space,
    /// upper-cased, empty ones left out.
    public static func catchment(_ text: String) -> [String] {
        text.split(separator: ";", omittingEmptySubsequences: false).map { entry in
            entry.split(whereSeparator: \.isWhitespace).joined(separator: " ").uppercased()
        }.filter { !$0.isEmpty }
    }
}
