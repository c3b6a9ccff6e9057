import SharewellCore

/// One live birth as maternity or child health sends it (seed 003): the baby's date of birth, a
/// parent's name, address and postcode, consent to share with the children's centre, and the
/// do-not-contact marker (a baby who died, or contact that would be inappropriate).
public struct BirthNotice: Sendable, Equatable {
    public let line: Int
    public let birthID: String
    public let babyDateOfBirth: CalendarDate
    public let parentGivenName: String
    public let parentFamilyName: String
    public let address: String
    public let postcode: Postcode
    public let consent: Bool
    public let doNotContact: Bool
    public var nhsNumber: NHSNumber? = nil
    /// How and when consent was given ("antenatal booking", "first visit form").
    public var consentMethod: String? = nil
    public var consentDate: CalendarDate? = nil

    public var sector: String { postcode.sector }
}

/// `birth_id,baby_date_of_birth,parent_given_name,parent_family_name,address,postcode,consent,do_not_contact`,
/// optionally followed by `nhs_number,consent_method,consent_date`. Every problem is reported with
/// its line and field; any problem and no birth is read (all or nothing).
public enum BirthsCSV {
    public static let header = ["birth_id", "baby_date_of_birth", "parent_given_name", "parent_family_name", "address", "postcode", "consent", "do_not_contact"]
    public static let optional = ["nhs_number", "consent_method", "consent_date"]

    /// `limit`: how many problems to list (a page lists a readable number; the command line all).
    /// `dates`: the plausible days for the baby's birth and the consent (the page and the API read
    /// with today's); `nil` reads any real date, as `sharewell births route`'s exact contract does.
    public static func read(_ bytes: UnsafeBufferPointer<UInt8>, limit: Int = 20, dates: BirthDates?) throws(FormatError) -> [BirthNotice] {
        var problems = ProblemList(limit: limit)
        let rows = CSVTable.rows(bytes, headers: [header, header + optional], problems: &problems)
        var births: [BirthNotice] = [], seen: [String: Int] = [:]
        for row in rows {
            let id = row["birth_id"]
            if let earlier = seen[id], !id.isEmpty {
                problems.add(line: row.line, field: "birth_id", "‘\(id)’ is already on line \(earlier).")
            }
            seen[id] = seen[id] ?? row.line
            if let birth = notice(row, dates, &problems) { births.append(birth) }
        }
        if let error = problems.error { throw error.inLineOrder }
        return births
    }

    /// Any real date, as the command line reads (the page and the API read with `dates`).
    public static func read(_ bytes: UnsafeBufferPointer<UInt8>, limit: Int = 20) throws(FormatError) -> [BirthNotice] {
        try read(bytes, limit: limit, dates: nil)
    }

    private static func notice(_ row: CSVTable.Row, _ dates: BirthDates?, _ problems: inout ProblemList) -> BirthNotice? {
        let id = row["birth_id"]
        if id.isEmpty { problems.add(line: row.line, field: "birth_id", "Give the birth an id.") }
        let born = date(row, "baby_date_of_birth", naming: "the baby's date of birth", within: dates?.born, &problems)
        let postcode = Self.postcode(row["postcode"])
        if postcode == nil { problems.add(line: row.line, field: "postcode", "‘\(row["postcode"])’ is not a UK postcode.") }
        let consent = yesNo(row, "consent", &problems), doNotContact = yesNo(row, "do_not_contact", &problems)
        var nhsNumber: NHSNumber?, consentDate: CalendarDate?
        if let text = row.optional("nhs_number"), !text.isEmpty {
            do throws(CoreError) { nhsNumber = try NHSNumber(text) } catch { problems.add(line: row.line, field: "nhs_number", error.message) }
        }
        if let text = row.optional("consent_date"), !text.isEmpty {
            consentDate = date(row, "consent_date", naming: "the date consent was recorded", within: dates?.consent, &problems)
        }
        if dates != nil { bounded(row, &problems) }
        guard !id.isEmpty, let born, let postcode, let consent, let doNotContact else { return nil }
        let method = row.optional("consent_method").flatMap { $0.isEmpty ? nil : $0 }
        return BirthNotice(line: row.line, birthID: id, babyDateOfBirth: born, parentGivenName: row["parent_given_name"], parentFamilyName: row["parent_family_name"],
                           address: row["address"], postcode: postcode, consent: consent, doNotContact: doNotContact,
                           nhsNumber: nhsNumber, consentMethod: method, consentDate: consentDate)
    }

    /// The longest text a stored birth keeps in a field: a name or an address line, as a form takes.
    public static let textLimit = 200
    static let textFields = ["birth_id", "parent_given_name", "parent_family_name", "address", "consent_method"]

    /// What is stored holds what a form would take (the page and the API; the command line reads
    /// the exact contract): each text at most `textLimit` characters, and no control character,
    /// which no one types and which no page may show.
    private static func bounded(_ row: CSVTable.Row, _ problems: inout ProblemList) {
        for field in textFields {
            guard let text = field == "consent_method" ? row.optional(field) : row[field] else { continue }
            if text.count > textLimit {
                problems.add(line: row.line, field: field, "The text is \(text.count) characters long; at most \(textLimit) are kept.")
            } else if text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control || (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) }) {
                problems.add(line: row.line, field: field, "The text holds a control character, which no field accepts.")
            }
        }
    }

    /// A field's date, written YYYY-MM-DD and, when a window is given, inside it; `nil` with the
    /// problem noted against the line and field.
    private static func date(_ row: CSVTable.Row, _ field: String, naming name: String, within window: DateWindow?, _ problems: inout ProblemList) -> CalendarDate? {
        let text = row[field]
        guard let date = CalendarDate(iso: text) else {
            problems.add(line: row.line, field: field, "‘\(text)’ is not a date written YYYY-MM-DD.")
            return nil
        }
        if let window, let refusal = BirthDates.refusal(date, as: text, naming: name, within: window) {
            problems.add(line: row.line, field: field, refusal)
            return nil
        }
        return date
    }

    /// A postcode read with all whitespace removed and upper-cased, then checked.
    static func postcode(_ text: String) -> Postcode? {
        let compact = String(text.filter { !$0.isWhitespace }).uppercased()
        return try? Postcode(compact)
    }

    /// `yes` or `no` in any case; empty means `no`.
    private static func yesNo(_ row: CSVTable.Row, _ field: String, _ problems: inout ProblemList) -> Bool? {
        switch row[field].lowercased() {
        case "yes": return true
        case "no", "": return false
        default:
            problems.add(line: row.line, field: field, "‘\(row[field])’ is not yes or no.")
            return nil
        }
    }
}
