import FluentKit

/// Every migration, in the order it runs. Never edit a landed one: add a new number.
public enum StoreMigrations {
    /// The shared history, then each pathway's own (`StorePathway`).
    public static let all: [any Migration] = history + StorePathways.all.flatMap { $0.migrations }

    static let history: [any Migration] = [
        CreateOrganisation(),
        CreateSafeguardingContact(),
        CreatePersonRecord(),
        CreateAttendanceYear(),
        CreateSyntheticTruth(),
        CreateIdentity(),
        CreateAuditEntry(),
        CreatePendingForm(),
        CreateGovernance(),
        CreateAttendanceReferral(),
        AddAttendanceReview(),
        ExtendAttendanceLiaison(),
        CreateIllnessReferral(),
        CreateAttendanceSummary(),
        CreateEarlyHelpExtracts(),
        AddAgreementEventParty(),
        // 019 runs here, before 013, because 013 and 018 fail on what it repairs (a database made
        // when 011 first landed); on any other database it does nothing.
        RepairEarlyHelpTables(),
        DropEarlyHelpPseudonyms(),
        AddAccessApproval(),
        AddPendingFormOwner(),
        CreateSendings(),
        CreateAttendanceMeasures(),
        CreateCaseDisclosures(),
        CreateJobs(),
        CreateAgreementVersionLists(),
        DropSyntheticTruth(),
        CreateAccountRecoveries(),
        AddAuditTexts(),
        CreateKeptUploads(),
        AddAuditEntryPeople(),
        CreateFormSubmissions(),
    ]
}
