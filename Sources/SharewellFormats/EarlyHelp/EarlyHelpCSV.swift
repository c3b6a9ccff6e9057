import SharewellCore

/// One event of a council dataset against one of the council's people (issue 8, item 4).
public struct IndicatorEvent: Sendable, Equatable {
    public let line: Int
    public let personRef: String
    public let indicator: Indicator
    public let source: String
    public let date: CalendarDate
}

/// One demand code a practice recorded against one of its patients (issue 8, item 2b).
public struct DemandCodeEvent: Sendable, Equatable {
    public let line: Int
    public let practicePatientID: String
    public let code: String
    public let date: CalendarDate
}

/// The council's indicators, `person_ref,code,category,source,date`: every code from the catalogue
/// and of its category (a typo in either would change who is shortlisted).
public enum IndicatorEventsCSV {
    public static let header = "person_ref,code,category,source,date"

    public static func read(_ bytes: UnsafeBufferPointer<UInt8>) throws -> [IndicatorEvent] {
        let rows = try CSVRecords.read(bytes, header: header, row: { f, line, problems -> IndicatorEvent? in
            if f[0].isEmpty { problems.add(line: line, field: "person_ref", "Every row needs the council's reference for the person.") }
            let indicator = IndicatorCatalogue.indicator(f[1])
            if indicator == nil { problems.add(line: line, field: "code", "‘\(f[1])’ is not in the indicator catalogue.") }
            if let indicator, indicator.category.rawValue != f[2] {
                problems.add(line: line, field: "category", "\(f[1]) is a \(indicator.category.rawValue) indicator, not ‘\(f[2])’.")
            }
            if f[3].isEmpty { problems.add(line: line, field: "source", "Name the dataset the event comes from.") }
            let date = CalendarDate(iso: f[4])
            if date == nil { problems.add(line: line, field: "date", "‘\(f[4])’ is not a date written YYYY-MM-DD.") }
            guard !f[0].isEmpty, let indicator, indicator.category.rawValue == f[2], !f[3].isEmpty, let date else { return nil }
            return IndicatorEvent(line: line, personRef: f[0], indicator: indicator, source: f[3], date: date)
        }, key: { "\($0.line)" }) { _, _ in ("row", "") }
        if rows.isEmpty { throw FormatError(problems: [.init(line: 2, field: "row", message: "The file has no indicators.")], truncated: false) }
        return rows
    }

    /// Every line's person reference, for checking against the council's people alongside the
    /// file's own problems.
    public static func personRefs(_ bytes: UnsafeBufferPointer<UInt8>) -> [(line: Int, value: String)] {
        CSVRecords.firstColumn(bytes, header: header)
    }
}

/// A practice's demand codes, `practice_patient_id,code,date`, codes written `GP1`, `GP2`, ….
public enum DemandCodesCSV {
    public static let header = "practice_patient_id,code,date"

    public static func read(_ bytes: UnsafeBufferPointer<UInt8>) throws -> [DemandCodeEvent] {
        let rows = try CSVRecords.read(bytes, header: header, row: { f, line, problems -> DemandCodeEvent? in
            if f[0].isEmpty { problems.add(line: line, field: "practice_patient_id", "Every row needs the practice patient number.") }
            let code = f[1].uppercased()
            if !IndicatorCatalogue.isDemandCode(code) { problems.add(line: line, field: "code", "‘\(f[1])’ is not a demand code: write GP and a number, like GP3.") }
            let date = CalendarDate(iso: f[2])
            if date == nil { problems.add(line: line, field: "date", "‘\(f[2])’ is not a date written YYYY-MM-DD.") }
            guard !f[0].isEmpty, IndicatorCatalogue.isDemandCode(code), let date else { return nil }
            return DemandCodeEvent(line: line, practicePatientID: f[0], code: code, date: date)
        }, key: { "\($0.line)" }) { _, _ in ("row", "") }
        if rows.isEmpty { throw FormatError(problems: [.init(line: 2, field: "row", message: "The file has no demand codes.")], truncated: false) }
        return rows
    }

    /// Every line's practice patient number, for checking against the practice's patients
    /// alongside the file's own problems.
    public static func patientIDs(_ bytes: UnsafeBufferPointer<UInt8>) -> [(line: Int, value: String)] {
        CSVRecords.firstColumn(bytes, header: header)
    }
}
