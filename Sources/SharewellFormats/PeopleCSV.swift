/// A file of people for linkage (issue 7): `id,given_name,family_name,date_of_birth,sex,postcode,address,nhs_number`.
/// Any field but the id may be empty; ids must be unique. Fields are given as written: the linkage
/// engine standardises them.
public enum PeopleCSV {
    public static let header = "id,given_name,family_name,date_of_birth,sex,postcode,address,nhs_number"

    /// Each row's eight fields, in file order.
    public static func read(_ bytes: UnsafeBufferPointer<UInt8>) throws -> [[String]] {
        try CSVRecords.read(bytes, header: header, row: { fields, line, problems in
            if fields[0].isEmpty { problems.add(line: line, field: "id", "Every row needs an id."); return nil }
            return fields
        }, key: { $0[0] }) { row, earlier in ("id", "The id \(row[0]) is already on line \(earlier).") }
    }
}
