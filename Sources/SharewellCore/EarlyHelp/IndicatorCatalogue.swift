/// The indicators early help data matching counts (seed 002: appendix one's council data and
/// appendix four's measures of chaotic living), each health or non-health. A practice's own
/// demand codes (`GP1`, `GP2`, …) are health codes whose meaning stays at the practice.
public struct Indicator: Sendable, Equatable {
    public enum Category: String, Sendable, CaseIterable {
        case health
        case nonHealth = "non-health"
    }

    public let code: String
    public let name: String
    public let category: Category
    /// The dataset it comes from.
    public let source: String
}

public enum IndicatorCatalogue {
    public static let all: [Indicator] = [
        .init(code: "EY-CENTRE", name: "Children's centre user", category: .nonHealth, source: "Early years"),
        .init(code: "EY-FUNDED", name: "Funded childcare for a 2 to 4 year old", category: .nonHealth, source: "Early years"),
        .init(code: "ASB", name: "Anti-social behaviour contact card or housing case", category: .nonHealth, source: "Community safety"),
        .init(code: "POLICE-CALL", name: "Police call-out to the property", category: .nonHealth, source: "Police"),
        .init(code: "POLICE-DV", name: "Domestic violence call to the property", category: .nonHealth, source: "Police"),
        .init(code: "OFFENDER", name: "Crime offender", category: .nonHealth, source: "Police"),
        .init(code: "SEN-HIGH", name: "High needs special educational needs", category: .nonHealth, source: "Education"),
        .init(code: "EXCLUSION", name: "School exclusion", category: .nonHealth, source: "Education"),
        .init(code: "ABSENCE", name: "Missing or irregular school attendance", category: .nonHealth, source: "Education"),
        .init(code: "NEET", name: "Not in education, employment or training", category: .nonHealth, source: "Education"),
        .init(code: "TEEN-PARENT", name: "Teenage parent", category: .nonHealth, source: "Education"),
        .init(code: "YOUNG-CARER", name: "Young carer", category: .nonHealth, source: "Education"),
        .init(code: "HOMELESS", name: "Homelessness application or prevention", category: .nonHealth, source: "Housing"),
        .init(code: "RENT-ARREARS", name: "Rent arrears", category: .nonHealth, source: "Housing"),
        .init(code: "BENEFITS", name: "Benefit claimant (restricted DWP data)", category: .nonHealth, source: "Housing"),
        .init(code: "CTAX-ARREARS", name: "Council tax arrears", category: .nonHealth, source: "Council tax"),
        .init(code: "CSC-CONTACT", name: "Children's social care contact or referral", category: .nonHealth, source: "Social care"),
        .init(code: "CIN", name: "Child in need", category: .nonHealth, source: "Social care"),
        .init(code: "CP-PLAN", name: "Safeguarding (child protection) plan", category: .nonHealth, source: "Social care"),
        .init(code: "LAC", name: "Looked-after child", category: .nonHealth, source: "Social care"),
        .init(code: "CSE", name: "Child sexual exploitation concern", category: .nonHealth, source: "Social care"),
        .init(code: "ASC-CONTACT", name: "Adult social care contact, referral or assessment", category: .nonHealth, source: "Social care"),
        .init(code: "ASC-SAFEGUARDING", name: "Adult safeguarding", category: .nonHealth, source: "Social care"),
        .init(code: "EH-REFERRAL", name: "Early help referral or open case", category: .nonHealth, source: "Early help"),
        .init(code: "IDVA", name: "Independent domestic violence adviser case", category: .nonHealth, source: "IDVA"),
        .init(code: "SUBSTANCE-YP", name: "Young person's substance misuse service", category: .health, source: "Substance misuse"),
        .init(code: "SUBSTANCE-ADULT", name: "Adult drug and alcohol recovery service", category: .health, source: "Substance misuse"),
        .init(code: "AE", name: "Attendance at A&E", category: .health, source: "Hospital"),
        .init(code: "IMMS-MISSED", name: "Missed baby or childhood vaccinations", category: .health, source: "Child health"),
        .init(code: "UNDER5-NOT-SEEN", name: "Child under five not seen by a GP in a year", category: .health, source: "Child health"),
        .init(code: "TWO-YEAR-CHECK", name: "Two-year-old assessment not passed or not attended", category: .health, source: "Child health"),
        .init(code: "DNA", name: "Repeated missed appointments", category: .health, source: "Child health"),
    ]

    private static let byCode = Dictionary(uniqueKeysWithValues: all.map { ($0.code, $0) })

    /// The catalogue's indicator, or a practice demand code (`GP` and a number: health, meaning kept at the practice).
    public static func indicator(_ code: String) -> Indicator? {
        if let known = byCode[code] { return known }
        guard isDemandCode(code) else { return nil }
        return Indicator(code: code, name: "GP demand code (its meaning stays at the practice)", category: .health, source: "GP practice")
    }

    /// `GP1`, `GP2`, … `GP999`.
    public static func isDemandCode(_ code: String) -> Bool {
        code.hasPrefix("GP") && (2...5).contains(code.count) && code.dropFirst(2).allSatisfy(\.isASCIIDigit) && !code.dropFirst(2).hasPrefix("0")
    }
}
