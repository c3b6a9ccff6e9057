import SharewellStore

extension JobReturn {
    /// From matching a patient list, back to the lists received (and the pairs to review).
    static let matchPatientList = JobReturn(kind: MatchPatientListJob.name, path: "/early-help", label: "Back to early help data matching")
}
