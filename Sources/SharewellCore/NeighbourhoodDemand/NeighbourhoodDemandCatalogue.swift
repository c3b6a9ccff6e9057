/// Neighbourhood health-demand mapping (DOMAIN.md §2.4): aggregated only. Its purpose is registered
/// so agreements can be drafted for it before its pages exist.
public enum NeighbourhoodDemandCatalogue: PathwayCatalogue {
    public static let purposes: [SharingPurpose] = [.healthDemandMapping]
}

extension SharingPurpose {
    public static let healthDemandMapping = Self("health-demand-mapping", displayName: "Neighbourhood health-demand mapping",
                                                 dataItems: [.postcodeSector, .demandCodes])
}
