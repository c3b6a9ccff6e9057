/// Where an organisation's copy of a person's details comes from, which says what its local id is.
public enum RecordSource: String, Sendable, CaseIterable {
    /// A GP practice's registered patient (local id: the practice patient id, EMIS-style).
    case gpRegistration
    /// A school's pupil roll (local id: the UPN).
    case schoolRoll
    /// The council's person index (local id: the council's reference).
    case councilIndex

    /// What a person calls it.
    public var displayName: String {
        switch self {
        case .gpRegistration: "GP registration"
        case .schoolRoll: "School roll"
        case .councilIndex: "Council person index"
        }
    }
}
