/// Live births to children's centres (DOMAIN.md §2.5, seed 003).
public enum BirthsCatalogue: PathwayCatalogue {
    public static let organisationKinds: [OrganisationKind] = [.childHealth, .earlyYears]
    public static let purposes: [SharingPurpose] = [.liveBirths, .familyTeam, .vulnerableFamilyReferral]
    public static let dataItems: [DataItem] = [.parentNames, .birthCount, .developmentNotes, .referralReason]
    public static let apiScopes: [APIScope] = [.birthsWrite]
}

extension SharingPurpose {
    public static let liveBirths = Self("live-births", displayName: "Live births to children's centres",
                                        dataItems: [.name, .dateOfBirth, .address, .postcode, .parentNames, .nhsNumber, .birthCount])
}

extension DataItem {
    public static let parentNames = Self("parent-names", displayName: "Parents' names")
    /// That a birth happened in the centre's area, its month, and whether the family consented: what
    /// lets a centre count every birth in its area (to gauge its reach) without learning who the
    /// families that did not consent are.
    public static let birthCount = Self("birth-count", displayName: "Births counted in the area (month and consent only)")
}

extension OrganisationKind {
    /// The NHS child health records department: sends births, as maternity does (seed 003).
    public static let childHealth = Self("childHealth", displayName: "Child health records department", pluralName: "Child health records departments", code: .ods)
    /// The local authority's early years team: approves the children's centres' catchments and
    /// resolves births in no catchment.
    public static let earlyYears = Self("earlyYears", displayName: "Early years team (local authority)", pluralName: "Early years teams", code: .localAuthorityTeam)

    /// Who sends live births.
    public static let birthSenders: Set<OrganisationKind> = [.maternity, .childHealth]
}

extension APIScope {
    /// Births are sent on through the gate as they arrive, so the token holds what sending needs.
    public static let birthsWrite = Self("births:write", permission: .decideSharing, explanation: "Send live births (maternity and child health)")
}
