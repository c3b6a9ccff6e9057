import SharewellCore

/// A person as they really are: the truth every organisation's copy is measured against.
public struct BoroughPerson: Sendable, Equatable {
    public let key: Int
    public let householdKey: Int
    public let givenName: String
    public let familyName: String
    public let dateOfBirth: CalendarDate
    public let sex: Sex
    /// From the 999 test range only; `nil` once the range's 909,091 valid numbers are used up.
    public let nhsNumber: NHSNumber?
}


/// One organisation's copy of a person, with any data-quality faults introduced into it and recorded.
public struct SourceRecord: Sendable, Equatable {
    /// A deterministic UUID string, so the same seed gives the same ids.
    public let id: String
    public let owner: String
    public let source: RecordSource
    public let localID: String
    public let personKey: Int
    public var givenName: String
    public var familyName: String
    /// As recorded, `YYYY-MM-DD`: a swapped day and month is still a valid date.
    public var dateOfBirth: String
    public var sex: Sex
    public var addressLine: String
    public var postcode: String
    public var nhsNumber: String?
    /// On a school roll: the GP practice the school has on file, if any.
    public var registeredPracticeCode: String?
    public var faults: [RecordedFault]
}

/// A fault introduced into a copy, with the true value, so linkage accuracy can be measured.
public struct RecordedFault: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case typo, nickname, swappedDayMonth, movedHouse, missingNHSNumber
    }
    public let kind: Kind
    public let field: String
    public let trueValue: String
}

/// A year of session marks for one pupil, one compact symbol per session
/// (``AttendanceCode/compactSymbol``), two per calendar day from `firstDay` to `lastDay`,
/// `-` where there is no session (weekends, holidays).
public struct PupilAttendanceYear: Sendable, Equatable {
    public let recordID: String
    public let school: String
    public let firstDay: CalendarDate
    public let lastDay: CalendarDate
    public let marks: String
}

/// Where a household lives and what kind of place it is.
public enum HouseholdKind: String, Sendable {
    case family
    /// Many unrelated children at one address: a "super family" to hold out of household counts.
    case childrensHome
    /// Many unrelated adults at one address.
    case hostel
}

/// One household of the borough with everything generated for it.
public struct BoroughHousehold: Sendable {
    public let key: Int
    public let kind: HouseholdKind
    public let addressLine: String
    public let postcode: Postcode
    public let people: [BoroughPerson]
    public let records: [SourceRecord]
    public let attendance: [PupilAttendanceYear]
}
