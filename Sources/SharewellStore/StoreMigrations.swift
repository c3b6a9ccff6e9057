import FluentKit

/// Every migration, in the order it runs. Never edit a landed one: add a new number.
public enum StoreMigrations {
    public static let all: [any Migration] = [
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
        DropEarlyHelpPseudonyms(),
        AddAccessApproval(),
        AddPendingFormOwner(),
        CreateSendings(),
        CreateAttendanceMeasures(),
        CreateCaseDisclosures(),
    ]
}
