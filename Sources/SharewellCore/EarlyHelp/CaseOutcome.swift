/// What a multi-agency case discussion decided about one shortlisted person (seed 002).
public enum CaseOutcome: String, CaseIterable, Sendable {
    case alreadyOpen = "already-open"
    case noFurtherSupport = "no-further-support"
    case earlyHelpFollowUp = "early-help-follow-up"
    case focusedCareFollowUp = "focused-care-follow-up"
    case assessmentOffered = "assessment-offered"

    public var words: String {
        switch self {
        case .alreadyOpen: "Already open to early help"
        case .noFurtherSupport: "No further support needed (flag recorded on the GP record)"
        case .earlyHelpFollowUp: "Follow-up by early help"
        case .focusedCareFollowUp: "Follow-up by the practice's focused-care team"
        case .assessmentOffered: "Early help assessment to be offered, consent to be sought"
        }
    }

    /// Whether someone must follow the case up, by a date.
    public var needsFollowUp: Bool { ![.alreadyOpen, .noFurtherSupport].contains(self) }
}

/// One case's record from the meeting: what each side chose to disclose, and what was decided.
public struct CaseRecord: Sendable, Equatable {
    public var councilDisclosed: String
    public var practiceDisclosed: String
    public var outcome: CaseOutcome?
    public var followUpOwner: String
    public var followUpBy: CalendarDate?

    public init(councilDisclosed: String = "", practiceDisclosed: String = "", outcome: CaseOutcome? = nil, followUpOwner: String = "", followUpBy: CalendarDate? = nil) {
        self.councilDisclosed = councilDisclosed; self.practiceDisclosed = practiceDisclosed; self.outcome = outcome
        self.followUpOwner = followUpOwner; self.followUpBy = followUpBy
    }

    /// What is missing or wrong, by field.
    public func problems(meetingDay: CalendarDate) -> [FieldProblem] {
        var problems: [FieldProblem] = []
        guard let outcome else { return [.init(field: "outcome", message: "Choose the outcome of the discussion")] }
        if outcome.needsFollowUp {
            if followUpOwner.allSatisfy(\.isWhitespace) { problems.append(.init(field: "followUpOwner", message: "Enter who will follow the case up")) }
            if let by = followUpBy { if by < meetingDay { problems.append(.init(field: "followUpBy", message: "The follow-up date cannot be before the meeting")) } }
            else { problems.append(.init(field: "followUpBy", message: "Enter the date the follow-up is due, like 2027-02-15")) }
        }
        return problems
    }
}
