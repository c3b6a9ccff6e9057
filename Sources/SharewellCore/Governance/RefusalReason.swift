import Foundation

/// Why the gate said no, as a value: tests and pages decide on the reason, and the sentence for
/// people is derived from it in one place (`words`), naming organisations rather than codes.
public enum RefusalReason: Sendable, Equatable {
    /// The actor's role may not share identifiable records.
    case mayNotShare
    /// A subject is not among the records the sender holds.
    case notAmongYourRecords
    /// A case-by-case sharing named more than one person.
    case caseByCaseIsOnePerson
    /// No active agreement covers the sending; the agreements between the two for the purpose, and
    /// why each falls short, so the IG lead knows what to fix.
    case noAgreement(from: NamedOrganisation, to: NamedOrganisation, purpose: SharingPurpose, nearest: [AgreementShortfall])
    /// The decision rules say no for this person (seek consent first, do not share).
    case decisionSaysNo(SharingDecision.Outcome, because: String)
    /// Sharing without consent needs the practitioner's justification, and there was none.
    case justificationMissing
    /// The same sending (sender, recipient, purpose, period, subjects) was made before: nothing new was written.
    case alreadySent(PriorSending)
    /// The pathway had nothing to send, in its own words ("No pupil on the list is registered with …").
    case nothingToSend(String)
    /// The sender cannot make this sending at all, in the pathway's words ("Only a GP practice sends a patient list.").
    case notForThisSender(String)

    /// A repeat of a sending already made: nothing is wrong, nothing new was sent.
    public var isRepeat: Bool { if case .alreadySent = self { true } else { false } }

    public var words: String {
        switch self {
        case .mayNotShare: "You may not share identifiable records."
        case .notAmongYourRecords: "Some of the people are not among your organisation's records."
        case .caseByCaseIsOnePerson: "A case-by-case sharing is about one person; use a bulk agreement for more."
        case .noAgreement(let from, let to, let purpose, let nearest):
            "There is no active information sharing agreement between \(from.words) and \(to.words) for \(purpose.displayName.prefix(1).lowercased() + purpose.displayName.dropFirst())"
                + (nearest.isEmpty ? "." : ": " + nearest.map(\.words).joined(separator: "; ") + ".")
                + " Ask your information governance (IG) lead to set one up, or to bring the existing one into force, on the Agreements page."
        case .decisionSaysNo(let outcome, let because): outcome.words + (because.isEmpty ? "." : ": " + because)
        case .justificationMissing: "Sharing without consent needs your justification recorded."
        case .alreadySent(let prior): prior.words
        case .nothingToSend(let words), .notForThisSender(let words): words
        }
    }
}

/// An organisation as a refusal names it: by its name in the directory (a code is jargon to most
/// readers; the agreements page shows codes beside names for the IG lead), the code only when the
/// directory has no name for it.
public struct NamedOrganisation: Sendable, Equatable {
    public let code: String
    public let name: String?
    public init(code: String, name: String?) { self.code = code; self.name = name }
    public var words: String { name ?? code }
}

/// An agreement between the parties for the purpose that does not cover the sending, and why.
public struct AgreementShortfall: Sendable, Equatable {
    public enum Problem: Sendable, Equatable {
        case notActive(AgreementStanding)
        case doesNotAllow([DataItem])
        /// The agreement covers the other mode: `agreementIsBulk` says which it covers.
        case otherMode(agreementIsBulk: Bool)
        /// Only this party (or another party) may disclose under it.
        case onlyDisclosedBy(String?)
        /// The database holds terms this version of Sharewell cannot read: it covers nothing.
        case unreadable
    }
    public let title: String
    public let problem: Problem
    public init(title: String, problem: Problem) { self.title = title; self.problem = problem }

    public var words: String {
        switch problem {
        case .notActive(let standing): "‘\(title)’ is not active (\(standing.words.prefix(1).lowercased() + standing.words.dropFirst()))"
        case .doesNotAllow(let items): "‘\(title)’ does not allow \(items.map(\.displayName).joined(separator: ", "))"
        case .otherMode(let bulk): "‘\(title)’ " + (bulk ? "covers bulk sharing, not case-by-case" : "covers case-by-case sharing, not bulk")
        case .onlyDisclosedBy(let party): "‘\(title)’ lets only \(party ?? "another party") disclose"
        case .unreadable: "‘\(title)’ holds terms this version of Sharewell cannot read, so it covers nothing until your administrator checks the upgrade"
        }
    }
}

/// A sending made before, as a repeat of it is told: when, by whom, how many people.
public struct PriorSending: Sendable, Equatable {
    public let at: Date
    public let by: String
    public let people: Int
    public init(at: Date, by: String, people: Int) { self.at = at; self.by = by; self.people = people }

    /// "2 Dec 2026 at 10:14".
    public var time: String { Self.time(at) }

    public var words: String {
        "Already sent on \(Self.time(at)) by \(by) (\(people) \(people == 1 ? "person" : "people")); nothing new to send."
    }

    /// "2 Dec 2026 at 10:14", in England's time.
    static func time(_ date: Date) -> String {
        var style = Date.FormatStyle(date: .abbreviated, time: .omitted).locale(Locale(identifier: "en_GB"))
        var clock = Date.FormatStyle(date: .omitted, time: .shortened).locale(Locale(identifier: "en_GB"))
        style.timeZone = TimeZone(identifier: "Europe/London") ?? .gmt
        clock.timeZone = style.timeZone
        return "\(date.formatted(style)) at \(date.formatted(clock))"
    }
}
