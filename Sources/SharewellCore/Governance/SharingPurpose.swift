/// What a sharing is for: one per pathway in DOMAIN.md §2, each with the catalogue of data items an
/// agreement for it may allow. An agreement names a purpose and a subset of its items.
public enum SharingPurpose: String, CaseIterable, Codable, Sendable, Comparable {
    case attendanceLiaison = "attendance-liaison"
    case medicalEducation = "medical-education"
    case earlyHelpDataMatching = "early-help-data-matching"
    case healthDemandMapping = "health-demand-mapping"
    case liveBirths = "live-births"
    case childProtectionFlags = "child-protection-flags"
    case sendAssessment = "send-assessment"
    /// One child's case discussed between the practitioners around them.
    case teamAroundTheChild = "team-around-the-child"

    public init(parsing text: String) throws(GovernanceError) {
        guard let purpose = Self(rawValue: text) else { throw .unknownPurpose(text) }
        self = purpose
    }

    public var displayName: String {
        switch self {
        case .attendanceLiaison: "School and GP attendance liaison"
        case .medicalEducation: "Health-related absence and medical education"
        case .earlyHelpDataMatching: "Early help data matching"
        case .healthDemandMapping: "Neighbourhood health-demand mapping"
        case .liveBirths: "Live births to children's centres"
        case .childProtectionFlags: "Child-protection flags for unscheduled care"
        case .sendAssessment: "Education, health and care needs assessment"
        case .teamAroundTheChild: "Team around the child"
        }
    }

    /// The data items an agreement for this purpose may allow, in the order forms list them.
    public var dataItems: [DataItem] {
        switch self {
        case .attendanceLiaison: [.name, .dateOfBirth, .sex, .address, .attendancePercentage, .attendancePeriod, .reviewOutcome]
        case .medicalEducation: [.name, .dateOfBirth, .nhsNumber, .upn, .attendancePercentage, .illnessAbsence, .medicalEvidence]
        case .earlyHelpDataMatching: [.name, .dateOfBirth, .sex, .address, .postcode, .practicePatientID, .demandCodes, .councilIndicators, .caseNotes]
        case .healthDemandMapping: [.postcodeSector, .demandCodes]
        case .liveBirths: [.name, .dateOfBirth, .address, .postcode, .parentNames, .nhsNumber]
        case .childProtectionFlags: [.nhsNumber, .planType, .planDates, .responsibleAuthority]
        case .sendAssessment: [.name, .dateOfBirth, .nhsNumber, .upn, .assessmentAdvice, .planSections]
        case .teamAroundTheChild: [.name, .dateOfBirth, .address, .nhsNumber, .caseNotes]
        }
    }

    public static func < (a: Self, b: Self) -> Bool { a.displayName < b.displayName }
}

/// One item of data an agreement can allow to move.
public enum DataItem: String, CaseIterable, Codable, Sendable {
    case name
    case dateOfBirth = "date-of-birth"
    case sex
    case address
    case postcode
    case postcodeSector = "postcode-sector"
    case nhsNumber = "nhs-number"
    case upn
    case practicePatientID = "practice-patient-id"
    case attendancePercentage = "attendance-percentage"
    case attendancePeriod = "attendance-period"
    case illnessAbsence = "illness-absence"
    case medicalEvidence = "medical-evidence"
    case reviewOutcome = "review-outcome"
    case demandCodes = "demand-codes"
    case councilIndicators = "council-indicators"
    case parentNames = "parent-names"
    case planType = "plan-type"
    case planDates = "plan-dates"
    case responsibleAuthority = "responsible-authority"
    case assessmentAdvice = "assessment-advice"
    case planSections = "plan-sections"
    case caseNotes = "case-notes"

    public init(parsing text: String) throws(GovernanceError) {
        guard let item = Self(rawValue: text) else { throw .unknownDataItem(text) }
        self = item
    }

    public var displayName: String {
        switch self {
        case .name: "Name"
        case .dateOfBirth: "Date of birth"
        case .sex: "Sex"
        case .address: "Address"
        case .postcode: "Postcode"
        case .postcodeSector: "Postcode sector"
        case .nhsNumber: "NHS number"
        case .upn: "Unique pupil number"
        case .practicePatientID: "Practice patient id"
        case .attendancePercentage: "Attendance percentage"
        case .attendancePeriod: "Attendance period"
        case .illnessAbsence: "Illness absence"
        case .medicalEvidence: "Medical evidence"
        case .reviewOutcome: "Review outcome (\"reviewed, family contacted\")"
        case .demandCodes: "Pseudonymous demand codes"
        case .councilIndicators: "Council indicators"
        case .parentNames: "Parents' names"
        case .planType: "Plan type"
        case .planDates: "Plan start and end dates"
        case .responsibleAuthority: "Responsible local authority"
        case .assessmentAdvice: "Assessment advice"
        case .planSections: "EHC plan sections"
        case .caseNotes: "Case notes"
        }
    }
}

public enum GovernanceError: Error, Equatable, Sendable, CustomStringConvertible {
    case unknownPurpose(String)
    case unknownDataItem(String)
    case unknownLegalBasis(String)

    public var description: String {
        switch self {
        case .unknownPurpose(let text): "‘\(text)’ is not a sharing purpose. Purposes: \(SharingPurpose.allCases.map(\.rawValue).joined(separator: ", "))."
        case .unknownDataItem(let text): "‘\(text)’ is not a data item. Items: \(DataItem.allCases.map(\.rawValue).joined(separator: ", "))."
        case .unknownLegalBasis(let text): "‘\(text)’ is not a legal basis in the catalogue."
        }
    }
}
