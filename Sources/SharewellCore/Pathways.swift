/// Every pathway's catalogue, one line each: what the directory, governance and each pathway's
/// folder register (organisation kinds, purposes, data items, API scopes). A new pathway adds its
/// folder and one line here; it edits no other pathway's file and not the gate.
public enum Pathways {
    public static let catalogues: [any PathwayCatalogue.Type] = [
        DirectoryCatalogue.self,
        GovernanceCatalogue.self,
        AccessCatalogue.self,
        AttendanceCatalogue.self,
        EarlyHelpCatalogue.self,
        NeighbourhoodDemandCatalogue.self,
        BirthsCatalogue.self,
        ChildProtectionCatalogue.self,
        SENDCatalogue.self,
    ]
}
