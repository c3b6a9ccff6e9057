import SharewellCore

/// One pupil on a school's roll as the pupil file gives them.
public struct PupilRow: Sendable, Equatable {
    public let line: Int
    public let upn: String
    public let givenName: String
    public let familyName: String
    public let dateOfBirth: CalendarDate
    public let sex: Sex
    public let address: String
    public let postcode: Postcode
    public let nhsNumber: NHSNumber?
    public let gpPractice: String?
}

/// The pupil file: `upn,given_name,family_name,date_of_birth,sex,address,postcode,nhs_number,gp_practice_ods`
/// (issue 6). NHS number and practice may be empty; everything given is checked.
public enum PupilFileCSV {
    public static let header = "upn,given_name,family_name,date_of_birth,sex,address,postcode,nhs_number,gp_practice_ods"

    public static func read(_ bytes: UnsafeBufferPointer<UInt8>) throws -> [PupilRow] {
        try CSVRecords.read(bytes, header: header, row: Self.row, key: \.upn) { row, earlier in ("upn", "\(row.upn) is already on line \(earlier).") }
    }

    private static func row(_ f: [String], _ line: Int, _ problems: inout ProblemList) -> PupilRow? {
        func check<T>(_ field: String, _ make: () throws(CoreError) -> T) -> T? {
            do throws(CoreError) { return try make() } catch { problems.add(line: line, field: field, error.message); return nil }
        }
        func required(_ value: String, _ field: String, _ what: String) -> String? {
            if value.isEmpty { problems.add(line: line, field: field, "Enter the pupil's \(what).") ; return nil }
            return value
        }
        let upn = check("upn") { () throws(CoreError) -> String in try UPN(f[0]).value }
        let given = required(f[1], "given_name", "given name"), family = required(f[2], "family_name", "family name")
        let dob = CalendarDate(iso: f[3])
        if dob == nil { problems.add(line: line, field: "date_of_birth", "‘\(f[3])’ is not a date written YYYY-MM-DD.") }
        let sex = Sex(rawValue: f[4].uppercased())
        if sex == nil { problems.add(line: line, field: "sex", "‘\(f[4])’ is not a sex: use F or M.") }
        let address = required(f[5], "address", "address")
        let postcode = check("postcode") { () throws(CoreError) -> Postcode in try Postcode(f[6]) }
        let nhs = f[7].isEmpty ? .some(nil) : check("nhs_number") { () throws(CoreError) -> NHSNumber in try NHSNumber(f[7]) }.map { Optional($0) }
        let practice = f[8].isEmpty ? .some(nil) : check("gp_practice_ods") { () throws(CoreError) -> String in try GPPracticeCode(f[8]).value }.map { Optional($0) }
        guard let upn, let given, let family, let dob, let sex, let address, let postcode, let nhs, let practice else { return nil }
        return PupilRow(line: line, upn: upn, givenName: given, familyName: family, dateOfBirth: dob, sex: sex, address: address,
                        postcode: postcode, nhsNumber: nhs, gpPractice: practice)
    }
}
