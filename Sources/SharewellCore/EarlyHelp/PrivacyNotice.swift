/// The letter a practice sends every registered patient before early help data matching, with its
/// opt-out form (seed 002: purpose; what is shared, between whom and how it is kept safe; how long it
/// is kept; how to opt out, by when, and what to do on changing one's mind; that care is not
/// affected). Written from the agreement itself, so it cannot promise other than what is allowed.
public struct PrivacyNotice: Sendable, Equatable {
    public struct Section: Sendable, Equatable {
        public let heading: String
        public let text: String
    }

    public let practiceName: String
    public let councilName: String
    public let sections: [Section]
    public let replyBy: CalendarDate

    public init(practiceName: String, councilName: String, terms: AgreementTerms, replyBy: CalendarDate) {
        self.practiceName = practiceName; self.councilName = councilName; self.replyBy = replyBy
        let details = terms.dataItems.filter { ![.demandCodes, .councilIndicators].contains($0) }.map(Self.words)
        let codes = terms.dataItems.contains(.demandCodes)
        let years = terms.retentionMonths % 12 == 0 ? "\(terms.retentionMonths / 12) year\(terms.retentionMonths == 12 ? "" : "s")" : "\(terms.retentionMonths) months"
        sections = [
            Section(heading: "Why we are writing to you",
                    text: "\(practiceName) is working in partnership with \(councilName)'s early help team to find households who may need some help early, before problems grow, and to offer them support. We are writing to everyone registered with the practice."),
            Section(heading: "What we will share",
                    text: "We will share your \(Self.list(details)) with \(councilName)'s early help team."
                        + (codes ? " Separately, against your practice patient number only, we will share codes such as GP1 or GP2, which show that a kind of contact with the practice happened without saying what it was. What each code means stays at the practice." : "")
                        + " Your medical records will not be shared, and nothing you have told a doctor or nurse will be shared."),
            Section(heading: "How your information is kept safe",
                    text: "It is sent securely under a signed information sharing agreement, to \(councilName)'s early help team only. The council matches it with its own records on a secure system and then destroys the names and addresses, keeping only your practice patient number. The people who look for patterns see numbers and codes, never names."),
            Section(heading: "How long it is kept",
                    text: "Anything shared is destroyed within \(years) at most."),
            Section(heading: "If you do not want to take part",
                    text: "You do not have to take part. Fill in the form below and return it to the practice by \(replyBy.longDescription), or tell us at reception or by telephone. If you change your mind later, tell the practice at any time and we will stop sharing your information from then on."),
            Section(heading: "Your care will not change",
                    text: "Opting out will not affect your care from the practice in any way, and you can still ask for help from early help services."),
        ]
    }

    /// Items in words a patient reads.
    static func words(_ item: DataItem) -> String {
        switch item {
        case .name: "name"
        case .dateOfBirth: "date of birth"
        case .sex: "sex"
        case .address: "address"
        case .postcode: "postcode"
        case .practicePatientID: "practice patient number"
        case .nhsNumber: "NHS number"
        default: item.displayName.lowercased()
        }
    }

    static func list(_ words: [String]) -> String {
        guard words.count > 1 else { return words.first ?? "details" }
        return words.dropLast().joined(separator: ", ") + " and " + words.last!
    }
}
