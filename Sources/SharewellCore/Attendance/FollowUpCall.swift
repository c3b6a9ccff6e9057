/// A practice's telephone call to a parent after the letter (seed 000: "phone calls were made on
/// three separate occasions"; no voicemail is left).
public struct FollowUpCall: Sendable, Equatable {
    public enum Outcome: String, CaseIterable, Sendable {
        case spokeToParent = "spoke-to-parent", noAnswer = "no-answer", numberNotInUse = "number-not-in-use", declinedToTalk = "declined-to-talk"

        public var displayName: String {
            switch self {
            case .spokeToParent: "Spoke to the parent"
            case .noAnswer: "No answer (no voicemail left)"
            case .numberNotInUse: "Number not in use"
            case .declinedToTalk: "Parent declined to talk"
            }
        }

        /// The parent answered: the pilot's "response" for its response rate.
        public var reachedParent: Bool { self == .spokeToParent || self == .declinedToTalk }
    }

    /// Whether the parent said the letter arrived; only asked when they were reached.
    public enum LetterArrival: String, CaseIterable, Sendable {
        case yes, no
        case notSure = "not-sure"

        public var displayName: String {
            switch self {
            case .yes: "Yes"
            case .no: "No"
            case .notSure: "Not sure"
            }
        }
    }

    public static let maximumAttempts = 3

    public var day: CalendarDate
    public var outcome: Outcome
    public var letterArrived: LetterArrival?
    public var feedback: String

    public init(day: CalendarDate, outcome: Outcome, letterArrived: LetterArrival? = nil, feedback: String = "") {
        self.day = day; self.outcome = outcome; self.letterArrived = letterArrived; self.feedback = feedback
    }

    /// Why this call cannot be added to those already made: at most three attempts, each on a
    /// different day, none in the future, and what the parent said only when a parent was reached.
    public func problems(after earlier: [FollowUpCall], today: CalendarDate) -> [FieldProblem] {
        var problems: [FieldProblem] = []
        if earlier.count >= Self.maximumAttempts {
            problems.append(.init(field: "day", message: "Three attempts have already been made; no more calls are recorded"))
        } else if earlier.contains(where: { $0.day == day }) {
            problems.append(.init(field: "day", message: "A call was already made on \(day); make the next attempt on a different day"))
        }
        if day > today { problems.append(.init(field: "day", message: "The day of the call cannot be in the future")) }
        if earlier.contains(where: { $0.outcome == .spokeToParent }) {
            problems.append(.init(field: "outcome", message: "The parent has already been reached; no more calls are needed"))
        }
        if outcome.reachedParent == false, letterArrived != nil || !feedback.trimmed.isEmpty {
            problems.append(.init(field: "feedback", message: "Leave the letter and feedback blank when the parent was not reached"))
        }
        return problems
    }
}
