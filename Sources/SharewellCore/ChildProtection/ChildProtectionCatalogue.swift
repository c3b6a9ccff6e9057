/// Child-protection flags for unscheduled care (DOMAIN.md §2.6, CP-IS). Its purpose is registered so
/// agreements can be drafted for it before its pages exist.
public enum ChildProtectionCatalogue: PathwayCatalogue {
    public static let purposes: [SharingPurpose] = [.childProtectionFlags]
    public static let dataItems: [DataItem] = [.planType, .planDates, .responsibleAuthority]
}

extension SharingPurpose {
    public static let childProtectionFlags = Self("child-protection-flags", displayName: "Child-protection flags for unscheduled care",
                                                  dataItems: [.nhsNumber, .planType, .planDates, .responsibleAuthority])
}

extension DataItem {
    public static let planType = Self("plan-type", displayName: "Plan type")
    public static let planDates = Self("plan-dates", displayName: "Plan start and end dates")
    public static let responsibleAuthority = Self("responsible-authority", displayName: "Responsible local authority")
}
