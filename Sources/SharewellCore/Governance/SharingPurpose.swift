/// What a sharing is for: one per pathway in DOMAIN.md §2, each with the catalogue of data items an
/// agreement for it may allow. An agreement names a purpose and a subset of its items. Each pathway
/// registers its purposes in its own catalogue (`PathwayCatalogue`).
public struct SharingPurpose: CatalogueEntry, Comparable {
    public let rawValue: String
    public let displayName: String
    /// The data items an agreement for this purpose may allow, in the order forms list them.
    public let dataItems: [DataItem]

    public init(_ rawValue: String, displayName: String, dataItems: [DataItem]) {
        self.rawValue = rawValue; self.displayName = displayName; self.dataItems = dataItems
    }

    public static var allCases: [SharingPurpose] { Catalogue.purposes }

    public init(parsing text: String) throws(GovernanceError) {
        guard let purpose = Self(rawValue: text) else { throw .unknownPurpose(text) }
        self = purpose
    }

    public static func < (a: Self, b: Self) -> Bool { a.displayName < b.displayName }
}

/// One item of data an agreement can allow to move. Items every pathway uses are registered by
/// governance; a pathway registers its own.
public struct DataItem: CatalogueEntry {
    public let rawValue: String
    public let displayName: String

    public init(_ rawValue: String, displayName: String) { self.rawValue = rawValue; self.displayName = displayName }

    public static var allCases: [DataItem] { Catalogue.dataItems }

    public init(parsing text: String) throws(GovernanceError) {
        guard let item = Self(rawValue: text) else { throw .unknownDataItem(text) }
        self = item
    }
}

/// The items that identify a person, whatever the pathway, and the case-by-case purpose every
/// organisation can share under ("Can I share this?").
public enum GovernanceCatalogue: PathwayCatalogue {
    public static let dataItems: [DataItem] = [.name, .dateOfBirth, .sex, .address, .postcode, .postcodeSector, .nhsNumber, .upn, .caseNotes]
    public static let purposes: [SharingPurpose] = [.teamAroundTheChild]
}

extension DataItem {
    public static let name = Self("name", displayName: "Name")
    public static let dateOfBirth = Self("date-of-birth", displayName: "Date of birth")
    public static let sex = Self("sex", displayName: "Sex")
    public static let address = Self("address", displayName: "Address")
    public static let postcode = Self("postcode", displayName: "Postcode")
    public static let postcodeSector = Self("postcode-sector", displayName: "Postcode sector")
    public static let nhsNumber = Self("nhs-number", displayName: "NHS number")
    public static let upn = Self("upn", displayName: "Unique pupil number")
    public static let caseNotes = Self("case-notes", displayName: "Case notes")
}

extension SharingPurpose {
    /// One child's case discussed between the practitioners around them.
    public static let teamAroundTheChild = Self("team-around-the-child", displayName: "Team around the child",
                                                dataItems: [.name, .dateOfBirth, .address, .nhsNumber, .caseNotes])
}

public enum GovernanceError: Error, Equatable, Sendable, CustomStringConvertible {
    case unknownPurpose(String)
    case unknownDataItem(String)
    case unknownLegalBasis(String)

    public var description: String {
        switch self {
        case .unknownPurpose(let text): "‘\(text)’ is not a sharing purpose. Purposes: \(SharingPurpose.allCases.map(\.rawValue).joined(separator: ", "))."
        case .unknownDataItem(let text): "‘\(text)’ is not a data item. Items: \(DataItem.allCases.map(\.rawValue).joined(separator: ", "))."
        case .unknownLegalBasis(let text): "‘\(text)’ is not a legal basis in the catalogue."
        }
    }
}
