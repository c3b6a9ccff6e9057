/// How a children's centre first welcomed a new family (seed 003): a letter, a call or a visit.
public enum WelcomeMethod: String, CaseIterable, Sendable, Equatable {
    case letter, call, visit

    public var displayName: String {
        switch self {
        case .letter: "Letter"
        case .call: "Telephone call"
        case .visit: "Visit"
        }
    }
}
