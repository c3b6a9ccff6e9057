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

    /// What the practice's notes show about the family; counted in the pilot report (seed 000).
    public enum FamilyConcern: String, CaseIterable, Sendable {
        case parentalMentalHealth = "parental-mental-health", parentalAlcohol = "parental-alcohol"
        case uncodedHospitalLetters = "uncoded-hospital-letters"

        public var displayName: String {
            switch self {
            case .parentalMentalHealth: "A parent with mental health problems"
            case .parentalAlcohol: "A parent with a history of alcohol dependence"
            case .uncodedHospitalLetters: "Hospital letters received but not yet coded"
            }
        }
    }

    public var medicalReason: MedicalReason
    /// Needed when a medical reason was found or is possible.
    public var category: Category?
    /// Practice-internal, like the notes.
    public var concerns: Set<FamilyConcern>
    /// Practice-internal free text.
    public var internalNotes: String
    public var familyContacted: Bool

    public init(medicalReason: MedicalReason, category: Category?, concerns: Set<FamilyConcern> = [], internalNotes: String, familyContacted: Bool) {
        self.medicalReason = medicalReason; self.category = category; self.concerns = concerns
        self.internalNotes = internalNotes; self.familyContacted = familyContacted
    }

    /// A reason found or possible: the pilot's "with a medical reason".
    public var hasMedicalReason: Bool { medicalReason != .noneFound }

    public var problems: [FieldProblem] {
        medicalReason != .noneFound && category == nil ? [.init(field: "category", message: "Choose the category of the medical reason")] : []
    }
}
