/// Live births to children's centres (DOMAIN.md §2.5, seed 003).
public enum BirthsCatalogue: PathwayCatalogue {
    public static let purposes: [SharingPurpose] = [.liveBirths]
    public static let dataItems: [DataItem] = [.parentNames]
}

extension SharingPurpose {
    public static let liveBirths = Self("live-births", displayName: "Live births to children's centres",
                                        dataItems: [.name, .dateOfBirth, .address, .postcode, .parentNames, .nhsNumber])
}

extension DataItem {
    public static let parentNames = Self("parent-names", displayName: "Parents' names")
}
