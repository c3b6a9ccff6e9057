/// What one pathway adds to the catalogues every pathway shares: the kinds of organisation it
/// involves, the purposes agreements can be drafted for, the data items those purposes may move,
/// and the scopes of API tokens its machine clients use. Each pathway declares its own in its own
/// folder; `Pathways.catalogues` lists them, so adding a pathway edits no other pathway's file.
public protocol PathwayCatalogue {
    static var organisationKinds: [OrganisationKind] { get }
    static var purposes: [SharingPurpose] { get }
    static var dataItems: [DataItem] { get }
    static var apiScopes: [APIScope] { get }
}

extension PathwayCatalogue {
    public static var organisationKinds: [OrganisationKind] { [] }
    public static var purposes: [SharingPurpose] { [] }
    public static var dataItems: [DataItem] { [] }
    public static var apiScopes: [APIScope] { [] }
}

/// An entry of a shared catalogue: known by the text stored in the database and sent by clients.
public protocol CatalogueEntry: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible where RawValue == String {
    static var allCases: [Self] { get }
}

extension CatalogueEntry {
    /// The registered entry with this text, or `nil`: an unknown value is never given a default.
    public init?(rawValue: String) {
        guard let entry = Self.allCases.first(where: { $0.rawValue == rawValue }) else { return nil }
        self = entry
    }

    public var description: String { rawValue }
    public static func == (a: Self, b: Self) -> Bool { a.rawValue == b.rawValue }
    public func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let entry = Self(rawValue: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "‘\(text)’ is not a known \(Self.self)"))
        }
        self = entry
    }
}

/// The shared catalogues, put together once from every pathway's own.
enum Catalogue {
    static let organisationKinds = unique(Pathways.catalogues.flatMap { $0.organisationKinds })
    static let purposes = unique(Pathways.catalogues.flatMap { $0.purposes })
    static let dataItems = unique(Pathways.catalogues.flatMap { $0.dataItems })
    static let apiScopes = unique(Pathways.catalogues.flatMap { $0.apiScopes })

    /// Two pathways registering the same text would make stored values ambiguous: stop at once.
    private static func unique<Entry: CatalogueEntry>(_ entries: [Entry]) -> [Entry] {
        var seen = Set<String>()
        for entry in entries { precondition(seen.insert(entry.rawValue).inserted, "‘\(entry.rawValue)’ is registered twice as a \(Entry.self)") }
        return entries
    }
}
