import Foundation
import SharewellCore
import SharewellStore
import SyntheticBorough

extension DemoScenario {
    /// The hospital's maternity unit, which sends the borough's births.
    public static let maternity = "RX402"
    /// The child health records department and the council's early years team, which the
    /// generated borough does not have: the births pathway adds them.
    public static let childHealth = "RX404"
    public static let earlyYearsTeam = "\(BoroughPlan.localAuthority)-EY"
    /// The children's centre whose list the demo fills.
    public static let birthsCentre = "600101"
    /// The borough's health visiting service: in every centre's team around the family.
    public static let healthVisiting = "RX401"

    /// The births pathway under way (issue 18, item 6): the early years team has approved every
    /// centre's catchment (the generated ones), the live-births agreement between maternity, child
    /// health, the health visitors, the team and the centres is in force, and maternity has sent
    /// this month's births: families to contact at the first centre, one with a do-not-contact
    /// marker, one without consent, and one in no catchment, which waits for the team to resolve.
    static func startBirths(_ store: Store, today: CalendarDate, at date: Date) async throws {
        let directory = try await store.directory()
        let centres = directory.filter { $0.kind == .childrensCentre }.sorted { $0.code < $1.code }
        guard let maternityEntry = directory.first(where: { $0.code == maternity }), let first = centres.first, first.code == birthsCentre,
              let hash = try await store.credentials(email: Store.demoEmail(role: .practitioner, code: maternity))?.passwordHash else { return }
        try await addBirthsTeams(store, like: maternityEntry, passwordHash: hash, at: date)
        let team = try await store.demoActor(.practitioner, at: earlyYearsTeam)
        for centre in centres { try await store.setCatchment(centre.catchment.map(\.value).joined(separator: "; "), of: centre.code, by: team, at: date) }
        let parties = [maternity, childHealth, healthVisiting, earlyYearsTeam] + centres.map(\.code)
        let year = BoroughGenerator.schoolYear(on: today)
        let terms = AgreementTerms(title: "Live births to children's centres in Ashworth", purpose: .liveBirths, parties: parties, discloser: nil, bulk: true,
                                   dataItems: SharingPurpose.liveBirths.dataItems, legalBases: [.art6PublicTask, .art9HealthOrSocialCare],
                                   dpiaReference: "DPIA-DEMO-BIRTHS", dpiaDate: CalendarDate(year: year, month: 7, day: 1), retentionMonths: 12,
                                   start: CalendarDate(year: year, month: 8, day: 1)!, review: CalendarDate(year: year + 1, month: 6, day: 1)!,
                                   end: CalendarDate(year: year + 1, month: 8, day: 31)!)
        let id = try await store.createAgreement(terms, by: try await store.demoActor(.informationGovernanceLead, at: maternity), at: date)
        for party in parties { try await store.approveAgreement(id, version: 1, by: try await store.demoActor(.informationGovernanceLead, at: party), at: date) }
        try await startFamilyTeams(store, centres: centres.map(\.code), year: year, at: date)
        let sector = first.catchment.first?.value ?? "AW1 1"
        _ = try await store.importBirths(csv: demoBirths(inSector: sector, today: today), by: try await store.demoActor(.practitioner, at: maternity), at: date)
    }

    /// The teams around the family (issue 18, item 4): the early years team lists health visiting
    /// in every centre's team, and the team-around-the-family and 14-day referral agreements between
    /// health visiting, the team and the centres are in force.
    private static func startFamilyTeams(_ store: Store, centres: [String], year: Int, at date: Date) async throws {
        let team = try await store.demoActor(.practitioner, at: earlyYearsTeam)
        for centre in centres { try await store.setCentreTeam([healthVisiting], of: centre, by: team, at: date) }
        let parties = [healthVisiting, earlyYearsTeam] + centres
        for (purpose, title) in [(SharingPurpose.familyTeam, "Teams around the family in Ashworth's children's centres"),
                                 (.vulnerableFamilyReferral, "Vulnerable family referrals from health visiting to children's centres")] {
            let terms = AgreementTerms(title: title, purpose: purpose, parties: parties, discloser: nil, bulk: true, dataItems: purpose.dataItems,
                                       legalBases: [.art6PublicTask, .art9HealthOrSocialCare], dpiaReference: "DPIA-DEMO-FAMILY", dpiaDate: CalendarDate(year: year, month: 7, day: 1),
                                       retentionMonths: 24, start: CalendarDate(year: year, month: 8, day: 1)!, review: CalendarDate(year: year + 1, month: 6, day: 1)!,
                                       end: CalendarDate(year: year + 1, month: 8, day: 31)!)
            let id = try await store.createAgreement(terms, by: try await store.demoActor(.informationGovernanceLead, at: healthVisiting), at: date)
            for party in parties { try await store.approveAgreement(id, version: 1, by: try await store.demoActor(.informationGovernanceLead, at: party), at: date) }
        }
    }

    /// Child health and the early years team in the directory, with a demo account for every role.
    private static func addBirthsTeams(_ store: Store, like entry: DirectoryEntry, passwordHash: String, at date: Date) async throws {
        var childHealthEntry = entry, teamEntry = entry
        childHealthEntry = DirectoryEntry(code: childHealth, kind: .childHealth, name: "Ashworth Child Health Records Department", addressLine: entry.addressLine,
                                          town: entry.town, postcode: entry.postcode, secureMailbox: "rx404.childhealth@nhs.example", directPhone: entry.directPhone,
                                          safeguardingLead: entry.safeguardingLead, deputySafeguardingLead: entry.deputySafeguardingLead)
        teamEntry = DirectoryEntry(code: earlyYearsTeam, kind: .earlyYears, name: "Ashworth Council Early Years Team", addressLine: "Town Hall",
                                   town: entry.town, postcode: entry.postcode, secureMailbox: "earlyyears@ashworth.example", directPhone: entry.directPhone,
                                   safeguardingLead: entry.safeguardingLead, deputySafeguardingLead: entry.deputySafeguardingLead)
        try await store.addOrganisations([childHealthEntry, teamEntry])
        for code in [childHealth, earlyYearsTeam] {
            for role in Role.allCases {
                _ = try await store.addUser(NewUser(organisationCode: code, email: Store.demoEmail(role: role, code: code), displayName: "\(role.displayName) (\(code))",
                                                    role: role, passwordHash: passwordHash), by: .system("demo"), at: date)
            }
        }
    }

    /// This month's births as maternity's system would send them.
    static func demoBirths(inSector sector: String, today: CalendarDate) -> [UInt8] {
        let families = [("Amira", "Khan", "yes", "no"), ("Grace", "Oduya", "yes", "no"), ("Holly", "Brennan", "yes", "no"), ("Sophie", "Walsh", "yes", "no"),
                        ("Leah", "Morris", "yes", "yes"), ("Nadia", "Hussain", "no", "no"), ("Chloe", "Price", "yes", "no")]
        let letters = ["AB", "AD", "AE", "AF", "AG", "AH", "AJ"]
        var lines = ["birth_id,baby_date_of_birth,parent_given_name,parent_family_name,address,postcode,consent,do_not_contact,nhs_number,consent_method,consent_date"]
        for (i, family) in families.enumerated() {
            // The last family lives in a sector no centre serves.
            let postcode = i == families.count - 1 ? "AW9 9ZZ" : "\(sector)\(letters[i])"
            let born = today.advanced(by: -(i * 3 + 2))
            lines.append("DEMO-\(i + 1),\(born),\(family.0),\(family.1),\(i + 10) Maple Road,\(postcode),\(family.2),\(family.3),,"
                         + (family.2 == "yes" ? "antenatal booking,\(born.advanced(by: -150))" : ","))
        }
        return Array(lines.joined(separator: "\n").utf8)
    }
}
