/// Sex as recorded by GP systems and school rolls.
public enum Sex: String, Sendable, CaseIterable, Codable {
    case female = "F", male = "M"
}
