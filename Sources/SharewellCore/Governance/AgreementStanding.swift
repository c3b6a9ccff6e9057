/// Where an agreement stands on a given day, derived from its versions' approvals, its
/// suspensions and ending, and the calendar. Nothing is stored as a status that could drift.
public enum AgreementStanding: Sendable, Equatable {
    /// No version has been approved by every party yet; these parties still have to approve the newest.
    case awaitingApproval(missing: [String])
    case notYetStarted(CalendarDate)
    case active
    case suspended
    case ended(CalendarDate)
    /// Reached its end date.
    case lapsed(CalendarDate)

    /// The facts the standing rests on.
    public struct Facts: Sendable {
        /// The newest version every party has approved, if any.
        public var inForce: AgreementTerms?
        /// Parties yet to approve the newest version.
        public var missingApprovals: [String]
        public var suspended: Bool
        public var endedOn: CalendarDate?

        public init(inForce: AgreementTerms?, missingApprovals: [String], suspended: Bool, endedOn: CalendarDate?) {
            self.inForce = inForce
            self.missingApprovals = missingApprovals
            self.suspended = suspended
            self.endedOn = endedOn
        }
    }

    public static func on(_ day: CalendarDate, _ facts: Facts) -> AgreementStanding {
        if let endedOn = facts.endedOn, endedOn <= day { return .ended(endedOn) }
        guard let terms = facts.inForce else { return .awaitingApproval(missing: facts.missingApprovals) }
        if day >= terms.end { return .lapsed(terms.end) }
        if facts.suspended { return .suspended }
        if day < terms.start { return .notYetStarted(terms.start) }
        return .active
    }

    /// The agreement state the sharing decision takes.
    public var agreementState: AgreementState {
        switch self {
        case .active: .active
        case .suspended: .suspended
        case .ended, .lapsed: .expired
        case .awaitingApproval, .notYetStarted: .none
        }
    }

    /// The standing in words, each organisation awaited as `named` gives it ("Oakfield Surgery (P81001)").
    public func words(naming named: (String) -> String) -> String {
        guard case .awaitingApproval(let missing) = self else { return words }
        return "Awaiting approval by \(missing.map(named).joined(separator: ", "))"
    }

    public var words: String {
        switch self {
        case .awaitingApproval(let missing): "Awaiting approval by \(missing.joined(separator: ", "))"
        case .notYetStarted(let start): "Approved, starts \(start)"
        case .active: "Active"
        case .suspended: "Suspended"
        case .ended(let day): "Ended \(day)"
        case .lapsed(let day): "Lapsed \(day)"
        }
    }
}
