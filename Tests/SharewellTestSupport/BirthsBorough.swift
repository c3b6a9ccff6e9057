import Foundation
import SharewellCore
import SharewellStore

/// The live births tests' borough (issue 18): maternity (RX402), child health (RX404), two
/// children's centres (600101, 600102) and the early years team (353-EY), each with a practitioner
/// (`practitioner@<code>.example`); the team's catchments; and live-births agreements from
/// maternity to the first centre and the team, and from child health to the first centre. None
/// with the second centre, so a birth there is refused by the gate.
public enum BirthsBorough {
    public static let header = "birth_id,baby_date_of_birth,parent_given_name,parent_family_name,address,postcode,consent,do_not_contact,nhs_number,consent_method,consent_date"
    /// A family to contact, a bereaved one, one that did not consent, one in no catchment, one at the centre without an agreement.
    public static let births = [
        "M1,2026-12-01,Ada,Listed,1 Mill Lane,AW1 1AB,yes,no,9434765919,antenatal booking,2026-06-01",
        "M2,2026-12-02,Bea,Bereaved,2 Mill Lane,AW1 2DE,yes,yes,,,",
        "M3,2026-12-03,Cas,Refused,3 Mill Lane,AW1 1EF,no,no,,,",
        "M4,2026-11-04,Dot,Nowhere,4 Far Road,AW9 9ZZ,yes,no,,,",
        "M5,2026-11-05,Eve,Unagreed,5 Other Road,AW2 1GH,yes,no,,,",
    ]
    public static var csv: String { ([header] + births).joined(separator: "\n") + "\n" }

    public static func email(_ code: String, _ role: Role = .practitioner) -> String { "\(role.rawValue.lowercased())@\(code.lowercased()).example" }

    public static func entry(_ code: String, _ kind: OrganisationKind, _ name: String) -> DirectoryEntry {
        DirectoryEntry(code: code, kind: kind, name: name, addressLine: "1 High Street", town: "Ashworth", postcode: try! Postcode("AW1 1AB"),
                       secureMailbox: "\(code.lowercased())@ashworth.example", directPhone: "0161 496 0001",
                       safeguardingLead: SafeguardingLead(name: "Lead of \(name)", jobTitle: "Safeguarding lead", secureEmail: "lead.\(code.lowercased())@ashworth.example",
                                                          directPhone: "0161 496 0002"))
    }

    public static let organisations = [entry("RX402", .maternity, "Maternity Unit"), entry("RX404", .childHealth, "Child Health Records"),
                                       entry("600101", .childrensCentre, "Mill Children's Centre"), entry("600102", .childrensCentre, "Brook Children's Centre"),
                                       entry("353-EY", .earlyYears, "Early Years Team")]

    /// Adds the borough to `store` (its organisations too, unless `withOrganisations` is false);
    /// answers each organisation's practitioner by code.
    @discardableResult
    public static func prepare(_ store: Store, passwordHash: String, withOrganisations: Bool = true, at date: Date) async throws -> [String: ActingUser] {
        if withOrganisations { try await store.addOrganisations(organisations) }
        var made: [String: ActingUser] = [:]
        func user(_ code: String, _ role: Role) async throws -> ActingUser {
            if let known = made["\(code) \(role)"] { return known }
            let id = try await store.addUser(NewUser(organisationCode: code, email: email(code, role), displayName: "\(role.rawValue) \(code)", role: role,
                                                     passwordHash: passwordHash), by: .system("test"), at: date)
            guard let actor = try await store.actingUser(id) else { throw StoreError.unknownOrganisation(code) }
            made["\(code) \(role)"] = actor
            return actor
        }
        var practitioners: [String: ActingUser] = [:]
        for org in organisations { practitioners[org.code] = try await user(org.code, .practitioner) }
        try await store.setCatchment("AW1 1; AW1 2", of: "600101", by: practitioners["353-EY"]!, at: date)
        try await store.setCatchment("AW2 1", of: "600102", by: practitioners["353-EY"]!, at: date)
        let today = CalendarDate(inEngland: date)
        for parties in [["RX402", "600101"], ["RX402", "353-EY"], ["RX404", "600101"]] {
            let leads = [try await user(parties[0], .informationGovernanceLead), try await user(parties[1], .informationGovernanceLead)]
            let terms = AgreementTerms(title: "Live births \(parties.joined(separator: " to "))", purpose: .liveBirths, parties: parties, discloser: parties[0], bulk: true,
                                       dataItems: SharingPurpose.liveBirths.dataItems, legalBases: [.art6PublicTask], dpiaReference: "DPIA-B",
                                       dpiaDate: today.advanced(by: -60), retentionMonths: 12, start: today.advanced(by: -30),
                                       review: today.advanced(by: 300), end: today.advanced(by: 700))
            let id = try await store.createAgreement(terms, by: leads[0], at: date)
            for lead in leads { try await store.approveAgreement(id, by: lead, at: date) }
        }
        return practitioners
    }

    /// Health visiting (RX401) and early help (353-EH), both in Mill Children's Centre's team
    /// around the family, with team and referral agreements between the centre and health
    /// visiting only (so early help is refused by the gate). Answers their practitioners by code.
    public static let teamOrganisations = [entry("RX401", .healthVisiting, "Health Visiting"), entry("353-EH", .earlyHelp, "Early Help")]

    @discardableResult
    public static func prepareTeams(_ store: Store, earlyYears team: ActingUser, passwordHash: String, withOrganisations: Bool = true,
                                    at date: Date) async throws -> [String: ActingUser] {
        if withOrganisations { try await store.addOrganisations(teamOrganisations) }
        func user(_ code: String, _ role: Role, email address: String? = nil) async throws -> ActingUser {
            let id = try await store.addUser(NewUser(organisationCode: code, email: address ?? email(code, role), displayName: "\(role.rawValue) \(code)", role: role,
                                                     passwordHash: passwordHash), by: .system("test"), at: date)
            guard let actor = try await store.actingUser(id) else { throw StoreError.unknownOrganisation(code) }
            return actor
        }
        var practitioners: [String: ActingUser] = [:]
        for org in teamOrganisations { practitioners[org.code] = try await user(org.code, .practitioner) }
        try await store.setCentreTeam(["RX401", "353-EH"], of: "600101", by: team, at: date)
        let today = CalendarDate(inEngland: date)
        let leads = [try await user("RX401", .informationGovernanceLead), try await user("600101", .informationGovernanceLead, email: "team.lead@600101.example")]
        for purpose in [SharingPurpose.familyTeam, .vulnerableFamilyReferral] {
            let terms = AgreementTerms(title: purpose.displayName, purpose: purpose, parties: ["600101", "RX401"], discloser: nil, bulk: true,
                                       dataItems: purpose.dataItems, legalBases: [.art6PublicTask], dpiaReference: "DPIA-T", dpiaDate: today.advanced(by: -60),
                                       retentionMonths: 12, start: today.advanced(by: -30), review: today.advanced(by: 300), end: today.advanced(by: 700))
            let id = try await store.createAgreement(terms, by: leads[0], at: date)
            for lead in leads { try await store.approveAgreement(id, by: lead, at: date) }
        }
        return practitioners
    }
}
