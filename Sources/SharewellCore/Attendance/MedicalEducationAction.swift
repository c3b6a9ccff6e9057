/// What the LA medical education team did with a pupil a school flagged for health-related absence
/// (issue 16, item 11): the first step of the medical education pathway.
public struct MedicalEducationAction: Sendable, Equatable {
    public enum Kind: String, CaseIterable, Sendable {
        case contactedSchool = "contacted-school"
        case referredToPanel = "referred-to-panel"
        case noAction = "no-action"

        public var displayName: String {
            switch self {
            case .contactedSchool: "Contacted the school"
            case .referredToPanel: "Referred to the panel"
            case .noAction: "No action"
            }
        }
    }

    /// Longest reason kept: a paragraph, not a case file.
    public static let reasonLimit = 2_000

    public let kind: Kind
    /// Why; required for no action, so a pupil is never set aside without a recorded reason.
    public let reason: String

    /// The action as the form gives it, or every problem with it, each naming its field.
    public static func parse(kind text: String, reason typed: String) -> Result<Self, InvalidFields> {
        let kind = Kind(rawValue: text), reason = typed.trimmed
        var problems: [FieldProblem] = []
        if kind == nil { problems.append(.init(field: "kind", message: "Choose what you did")) }
        if kind == .noAction, reason.isEmpty {
            problems.append(.init(field: "reason", message: "Enter why no action is needed"))
        }
        if reason.count > reasonLimit {
            problems.append(.init(field: "reason", message: "Shorten the reason to \(reasonLimit) characters or fewer"))
        }
        guard problems.isEmpty, let kind else { return .failure(InvalidFields(problems: problems)) }
        return .success(MedicalEducationAction(kind: kind, reason: reason))
    }

    public init(kind: Kind, reason: String) { self.kind = kind; self.reason = reason }

    /// "Referred to the panel", with the reason where one was given.
    public var words: String { reason.isEmpty ? kind.displayName : "\(kind.displayName): \(reason)" }
}
