/// What early help data matching and risk stratification (seed 002) adds to the catalogues.
public enum EarlyHelpCatalogue: PathwayCatalogue {
    public static let purposes: [SharingPurpose] = [.earlyHelpDataMatching]
    public static let dataItems: [DataItem] = [.practicePatientID, .demandCodes, .councilIndicators]
}

extension SharingPurpose {
    public static let earlyHelpDataMatching = Self("early-help-data-matching", displayName: "Early help data matching",
                                                   dataItems: [.name, .dateOfBirth, .sex, .address, .postcode, .practicePatientID, .demandCodes,
                                                               .councilIndicators, .caseNotes])
}

extension DataItem {
    public static let practicePatientID = Self("practice-patient-id", displayName: "Practice patient id")
    public static let demandCodes = Self("demand-codes", displayName: "Pseudonymous demand codes")
    public static let councilIndicators = Self("council-indicators", displayName: "Council indicators")
}
