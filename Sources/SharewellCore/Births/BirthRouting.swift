/// Each birth goes to the children's centre whose catchment holds its postcode's sector; births in
/// no catchment go to the early years team to resolve (DOMAIN.md §2.5, seed 003). A centre contacts
/// only the families who consented and carry no do-not-contact marker, and learns the count of every
/// birth in its area to gauge its reach.
public enum BirthRouting {
    /// Where births in no catchment are counted and listed.
    public static let unassigned = "unassigned"

    public struct Birth: Sendable, Equatable {
        public let id: String
        public let sector: String
        public let consent: Bool
        public let doNotContact: Bool
        public init(id: String, sector: String, consent: Bool, doNotContact: Bool) {
            self.id = id; self.sector = sector; self.consent = consent; self.doNotContact = doNotContact
        }
        public var toContact: Bool { consent && !doNotContact }
    }

    public struct Centre: Sendable, Equatable {
        public let code: String
        public let sectors: Set<String>
        public init(code: String, sectors: Set<String>) { self.code = code; self.sectors = sectors }
    }

    public struct Totals: Sendable, Equatable {
        public let centre: String
        public var births = 0
        public var consented = 0
        public var toContact = 0
    }

    /// The centre of each birth (`nil`: in no catchment).
    public static func centre(of birth: Birth, among centres: [Centre]) -> String? {
        centres.first { $0.sectors.contains(birth.sector) }?.code
    }

    /// One row for every centre (none left out for having no births), in bytewise order of code,
    /// then `unassigned`.
    public static func totals(_ births: [Birth], _ centres: [Centre]) -> [Totals] {
        var rows = Dictionary(uniqueKeysWithValues: centres.map { ($0.code, Totals(centre: $0.code)) })
        var unassigned = Totals(centre: Self.unassigned)
        for birth in births {
            let code = centre(of: birth, among: centres)
            var row = code.flatMap { rows[$0] } ?? unassigned
            row.births += 1
            if birth.consent { row.consented += 1 }
            if birth.toContact { row.toContact += 1 }
            if let code { rows[code] = row } else { unassigned = row }
        }
        return rows.values.sorted { $0.centre.bytewiseLess(than: $1.centre) } + [unassigned]
    }

    /// The births to contact, by centre (bytewise, `unassigned` last) then birth id (bytewise).
    public static func toContact(_ births: [Birth], _ centres: [Centre]) -> [(centre: String, birth: String)] {
        let rows = births.filter(\.toContact).map { (centre: centre(of: $0, among: centres), birth: $0.id) }
        return rows.sorted { a, b in
            switch (a.centre, b.centre) {
            case let (x?, y?) where x != y: return x.bytewiseLess(than: y)
            case (nil, _?): return false
            case (_?, nil): return true
            default: return a.birth.bytewiseLess(than: b.birth)
            }
        }.map { ($0.centre ?? Self.unassigned, $0.birth) }
    }
}

extension String {
    /// Ordered by UTF-8 bytes, as `sort` does in the C locale (Swift's `<` orders by Unicode).
    public func bytewiseLess(than other: String) -> Bool { utf8.lexicographicallyPrecedes(other.utf8) }
}
