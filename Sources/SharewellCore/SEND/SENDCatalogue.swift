/// Education, health and care needs assessments (DOMAIN.md §2.7). Its purpose is registered so
/// agreements can be drafted for it before its pages exist.
public enum SENDCatalogue: PathwayCatalogue {
    public static let purposes: [SharingPurpose] = [.sendAssessment]
    public static let dataItems: [DataItem] = [.assessmentAdvice, .planSections]
}

extension SharingPurpose {
    public static let sendAssessment = Self("send-assessment", displayName: "Education, health and care needs assessment",
                                            dataItems: [.name, .dateOfBirth, .nhsNumber, .upn, .assessmentAdvice, .planSections])
}

extension DataItem {
    public static let assessmentAdvice = Self("assessment-advice", displayName: "Assessment advice")
    public static let planSections = Self("plan-sections", displayName: "EHC plan sections")
}
