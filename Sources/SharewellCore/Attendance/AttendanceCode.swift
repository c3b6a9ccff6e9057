/// A DfE attendance code as entered in the register, one per session (England, from August 2024; STANDARDS.md).
public enum AttendanceCode: String, CaseIterable, Sendable, Codable {
    case presentAM = "/", presentPM = "\\", late = "L"
    case otherApprovedActivity = "B", localAuthorityProvision = "K", approvedSport = "P"
    case educationalVisit = "V", workExperience = "W"
    case exceptionalCircumstances = "C", regulatedPerformance = "C1", partTimeTimetable = "C2"
    case suspendedNoProvision = "E", illness = "I", interview = "J1", medicalAppointment = "M"
    case religiousObservance = "R", studyLeave = "S", mobileFamily = "T"
    case holidayNotGranted = "G", noReasonYet = "N", otherUnauthorised = "O", lateAfterRegisterClosed = "U"
    case notRequired = "X", transport = "Y1", disruption = "Y2", premises = "Y3", closure = "Y4"
    case detention = "Y5", publicHealth = "Y6", otherExceptional = "Y7"
    case notOnRoll = "Z", plannedClosure = "#", dualRegistered = "D", noAccessArrangements = "Q"

    /// How a code counts in attendance statistics (STANDARDS.md table).
    public enum Group: Sendable, Equatable {
        case present, approvedActivity, authorisedAbsence, unauthorisedAbsence, notCounted
    }

    public var group: Group {
        switch self {
        case .presentAM, .presentPM, .late: .present
        case .otherApprovedActivity, .localAuthorityProvision, .approvedSport, .educationalVisit, .workExperience: .approvedActivity
        case .exceptionalCircumstances, .regulatedPerformance, .partTimeTimetable, .suspendedNoProvision, .illness,
             .interview, .medicalAppointment, .religiousObservance, .studyLeave, .mobileFamily: .authorisedAbsence
        case .holidayNotGranted, .noReasonYet, .otherUnauthorised, .lateAfterRegisterClosed: .unauthorisedAbsence
        // Q is an "attendance not possible" code like the Y codes: DfE's 2024 guidance excludes it from possible sessions.
        case .notRequired, .transport, .disruption, .premises, .closure, .detention, .publicHealth, .otherExceptional,
             .notOnRoll, .plannedClosure, .dualRegistered, .noAccessArrangements: .notCounted
        }
    }

    /// Counts towards possible sessions.
    public var isPossible: Bool { group != .notCounted }
    /// Counts as attended.
    public var isAttended: Bool { group == .present || group == .approvedActivity }

    /// One character per session, for the compact year-of-marks form the store keeps
    /// (multi-character codes C1, C2, J1, Y1–Y7 get a digit or lower-case letter of their own).
    public var compactSymbol: Character {
        switch self {
        case .regulatedPerformance: "1"
        case .partTimeTimetable: "2"
        case .interview: "j"
        case .transport: "a"
        case .disruption: "b"
        case .premises: "c"
        case .closure: "d"
        case .detention: "e"
        case .publicHealth: "f"
        case .otherExceptional: "g"
        default: rawValue.first!
        }
    }

    /// The code for a compact symbol, `nil` for the no-session mark `-`.
    public init?(compactSymbol: Character) {
        guard let code = Self.bySymbol[compactSymbol] else { return nil }
        self = code
    }

    private static let bySymbol: [Character: AttendanceCode] =
        Dictionary(uniqueKeysWithValues: allCases.map { ($0.compactSymbol, $0) })
}
