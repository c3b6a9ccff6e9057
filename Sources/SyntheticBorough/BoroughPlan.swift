import SharewellCore

/// The fixed parts of a borough: its streets and its organisations, sized to its population.
public struct BoroughPlan: Sendable {
    public static let localAuthority = "353"
    public static let town = "Ashworth"
    public static let postcodeArea = "AW"

    public let organisations: [DirectoryEntry]
    let streets: [Street]
    let primarySchools: [School]
    let secondarySchools: [School]
    let practices: [Practice]

    struct Street: Sendable { let name: String; let district: Int; let sector: Int; let unitSeed: Int }
    struct School: Sendable { let urn: String; let establishment: Int; let district: Int }
    struct Practice: Sendable { let code: String; let district: Int }

    init(people: Int, using rng: inout SeededGenerator) {
        let districts = max(3, min(99, people / 15_000))
        streets = (0..<max(20, people / 150)).map { i in
            Street(name: "\(rng.pick(Names.streets)) \(rng.pick(Names.streetKinds))", district: 1 + i % districts,
                   sector: rng.int(1...9), unitSeed: rng.int(0...10_000))
        }
        var orgs: [DirectoryEntry] = []
        var schools: [School] = [], secondaries: [School] = [], practices: [Practice] = []
        for i in 0..<max(3, people / 2_800) {
            let school = School(urn: String(200_000 + 1_000 * (i % 100) + i / 100 * 7 + 101), establishment: 2_000 + i, district: 1 + i % districts)
            schools.append(school)
            orgs.append(Self.entry(.school, code: school.urn, name: "\(rng.pick(Names.places)) \(rng.pick(Names.streets)) Primary School", district: school.district, &rng))
        }
        for i in 0..<max(2, people / 16_000) {
            let school = School(urn: String(400_000 + 1_000 * (i % 100) + i / 100 * 7 + 101), establishment: 4_000 + i, district: 1 + i % districts)
            secondaries.append(school)
            orgs.append(Self.entry(.school, code: school.urn, name: "\(rng.pick(Names.places)) \(["Academy", "High School", "Community College"][i % 3])", district: school.district, &rng))
        }
        for i in 0..<max(3, people / 9_000) {
            let practice = Practice(code: "P\(String(81_001 + i))", district: 1 + i % districts)
            practices.append(practice)
            orgs.append(Self.entry(.gpPractice, code: practice.code, name: "\(rng.pick(Names.streets)) \(["Surgery", "Medical Centre", "Health Centre", "Family Practice"][i % 4])", district: practice.district, &rng))
        }
        let sectors = Set(streets.map { "\(Self.postcodeArea)\($0.district) \($0.sector)" }).sorted()
        let centres = max(2, people / 20_000)
        for i in 0..<centres {
            var centre = Self.entry(.childrensCentre, code: String(600_101 + i), name: "\(rng.pick(Names.places)) Children's Centre", district: 1 + i % districts, &rng)
            centre.catchment = sectors.enumerated().filter { $0.offset % centres == i }.map { try! PostcodeSector($0.element) }
            orgs.append(centre)
        }
        let la = Self.localAuthority
        orgs.append(Self.entry(.earlyHelp, code: "\(la)-EH", name: "Ashworth Council Early Help", district: 1, &rng))
        orgs.append(Self.entry(.childrensSocialCare, code: "\(la)-CSC", name: "Ashworth Council Children's Social Care", district: 1, &rng))
        orgs.append(Self.entry(.medicalEducation, code: "\(la)-MET", name: "Ashworth Council Medical Education Team", district: 1, &rng))
        orgs.append(Self.entry(.sendService, code: "\(la)-SEND", name: "Ashworth Council SEND Service", district: 1, &rng))
        orgs.append(Self.entry(.healthVisiting, code: "RX401", name: "Ashworth Health Visiting Service", district: 2, &rng))
        orgs.append(Self.entry(.maternity, code: "RX402", name: "Ashworth General Hospital Maternity Unit", district: 2, &rng))
        orgs.append(Self.entry(.urgentCare, code: "RX403", name: "Ashworth General Hospital Emergency Department", district: 2, &rng))
        orgs.append(Self.entry(.alternativeProvision, code: "700101", name: "Ashworth Medical Education Centre", district: 3, &rng))
        organisations = orgs
        primarySchools = schools
        secondarySchools = secondaries
        self.practices = practices
    }

    /// A directory entry with a plausible address, a secure mailbox and fictional phone numbers
    /// (Ofcom's 0161 496 0xxx range is reserved for drama, so nobody real is rung).
    private static func entry(_ kind: OrganisationKind, code: String, name: String, district: Int, _ rng: inout SeededGenerator) -> DirectoryEntry {
        let domain = kind.isNHS ? "nhs.example" : "ashworth.example"
        let mailbox = "\(code.lowercased().filter { $0.isLetter || $0.isNumber })"
        let lead = person(&rng), deputy = person(&rng)
        let (leadTitle, deputyTitle) = kind.safeguardingTitles
        return DirectoryEntry(
            code: try! kind.canonicalCode(code), kind: kind, name: name,
            addressLine: "\(rng.int(1...200)) \(rng.pick(Names.streets)) \(rng.pick(Names.streetKinds))", town: town,
            postcode: try! Postcode("\(postcodeArea)\(district) \(rng.int(1...9))\(unitLetters(rng.int(0...399)))"),
            secureMailbox: "\(mailbox).safeguarding@\(domain)", directPhone: phone(&rng),
            safeguardingLead: SafeguardingLead(name: lead, jobTitle: leadTitle, secureEmail: email(lead, domain), directPhone: phone(&rng)),
            deputySafeguardingLead: SafeguardingLead(name: deputy, jobTitle: deputyTitle, secureEmail: email(deputy, domain), directPhone: phone(&rng)))
    }

    private static func person(_ rng: inout SeededGenerator) -> String {
        "\(rng.pick(rng.chance(0.6) ? Names.female : Names.male)) \(rng.pick(Names.family))"
    }
    private static func email(_ name: String, _ domain: String) -> String {
        name.lowercased().split(separator: " ").map { $0.filter { $0.isLetter && $0.isASCII } }.joined(separator: ".") + "@" + domain
    }
    static func phone(_ rng: inout SeededGenerator) -> String { "0161 496 0\(String(rng.int(1_000...1_999)).dropFirst())" }

    /// Inward-code letters: postcodes never use C, I, K, M, O or V there.
    static func unitLetters(_ n: Int) -> String {
        let letters = Array("ABDEFGHJLNPQRSTUWXYZ")
        return "\(letters[(n / 20) % 20])\(letters[n % 20])"
    }

    func address(street index: Int, house: Int, flat: Int?) -> (line: String, postcode: Postcode) {
        let street = streets[index]
        let line = (flat.map { "Flat \($0), " } ?? "") + "\(house) \(street.name)"
        let code = "\(Self.postcodeArea)\(street.district) \(street.sector)\(Self.unitLetters(street.unitSeed + house / 20))"
        return (line, try! Postcode(code))
    }
}

extension OrganisationKind {
    var isNHS: Bool { [.gpPractice, .healthVisiting, .maternity, .urgentCare].contains(self) }
    var safeguardingTitles: (String, String) {
        switch self {
        case .school, .alternativeProvision: ("Designated safeguarding lead", "Deputy designated safeguarding lead")
        case .gpPractice: ("Safeguarding lead GP", "Deputy safeguarding lead (practice nurse)")
        case .childrensCentre: ("Centre manager and safeguarding lead", "Deputy centre manager")
        case .healthVisiting, .maternity, .urgentCare: ("Named nurse for safeguarding children", "Named midwife / deputy named nurse")
        default: ("Team manager (safeguarding lead)", "Deputy team manager")
        }
    }
}
