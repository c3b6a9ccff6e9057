/// What the attendance pathways (school ↔ GP liaison, health-related absence) add to the catalogues.
public enum AttendanceCatalogue: PathwayCatalogue {
    public static let purposes: [SharingPurpose] = [.attendanceLiaison, .medicalEducation]
    public static let dataItems: [DataItem] = [.attendancePercentage, .attendancePeriod, .illnessAbsence, .medicalEvidence, .reviewOutcome]
    public static let apiScopes: [APIScope] = [.attendanceWrite]
}

extension SharingPurpose {
    public static let attendanceLiaison = Self("attendance-liaison", displayName: "School and GP attendance liaison",
                                               dataItems: [.name, .dateOfBirth, .sex, .address, .attendancePercentage, .attendancePeriod, .reviewOutcome])
    public static let medicalEducation = Self("medical-education", displayName: "Health-related absence and medical education",
                                              dataItems: [.name, .dateOfBirth, .nhsNumber, .upn, .attendancePercentage, .illnessAbsence, .medicalEvidence])
}

extension DataItem {
    public static let attendancePercentage = Self("attendance-percentage", displayName: "Attendance percentage")
    public static let attendancePeriod = Self("attendance-period", displayName: "Attendance period")
    public static let illnessAbsence = Self("illness-absence", displayName: "Illness absence")
    public static let medicalEvidence = Self("medical-evidence", displayName: "Medical evidence")
    public static let reviewOutcome = Self("review-outcome", displayName: "Review outcome (\"reviewed, family contacted\")")
}

extension APIScope {
    public static let attendanceWrite = Self("attendance:write", permission: .importAttendance, explanation: "Send attendance files (schools)")
}
