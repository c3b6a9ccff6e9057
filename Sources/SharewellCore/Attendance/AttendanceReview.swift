/// A GP practice's review of a pupil on a school's poor-attendance list (seed 000).
public struct AttendanceReview: Sendable, Equatable {
    public enum MedicalReason: String, CaseIterable, Sendable {
        case yes, possible
        case noneFound = "none-found"

        public var displayName: String {
            switch self {
            case .yes: "Yes"
            case .possible: "Possible"
            case .noneFound: "None found"
            }
        }
    }

    public enum Category: String, CaseIterable, Sendable {
        case mentalHealth = "mental-health", recurrentInfection = "recurrent-infection", musculoskeletal, gynaecological
        case hospitalOrOperation = "hospital-or-operation", behavioural, other

        public var displayName: String {
            switch self {
            case .mentalHealth: "Mental health"
            case .recurrentInfection: "Recurrent infection"
            case .musculoskeletal: "Musculoskeletal"
            case .gynaecological: "Gynaecological"
            case .hospitalOrOperation: "Hospital or operation"
            case .behavioural: "Behavioural"
            case .other: "Other"
            }
        }
    }

    public var medicalReason: MedicalReason
    /// Needed when a medical reason was found or is possible.
    public var category: Category?
    /// Practice-internal: parental mental health, alcohol, hospital letters not yet coded…
    public var internalNotes: String
    public var familyContacted: Bool

    public init(medicalReason: MedicalReason, category: Category?, internalNotes: String, familyContacted: Bool) {
        self.medicalReason = medicalReason; self.category = category; self.internalNotes = internalNotes; self.familyContacted = familyContacted
    }

    public var problems: [FieldProblem] {
        medicalReason != .noneFound && category == nil ? [.init(field: "category", message: "Choose the category of the medical reason")] : []
    }
}
