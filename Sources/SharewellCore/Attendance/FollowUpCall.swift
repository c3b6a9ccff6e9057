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
        Draft(day: day, outcome: outcome, letterArrived: letterArrived, feedback: feedback).problems(after: earlier, today: today)
    }

    /// A call as far as its form could be read (issue 16, item 3): what could not be read is `nil`,
    /// with the form's own problem for it in `unreadable`; every rule that has what it needs is
    /// still checked against the calls already made, so one sending names every problem.
    public struct Draft: Sendable, Equatable {
        public var day: CalendarDate?
        public var outcome: Outcome?
        public var letterArrived: LetterArrival?
        public var feedback: String
        public var unreadable: [FieldProblem]

        /// The fields in the order the form asks for them.
        public static let fields = ["day", "outcome", "letterArrived", "feedback"]

        public init(day: CalendarDate?, outcome: Outcome?, letterArrived: LetterArrival? = nil, feedback: String = "", unreadable: [FieldProblem] = []) {
            self.day = day; self.outcome = outcome; self.letterArrived = letterArrived; self.feedback = feedback; self.unreadable = unreadable
        }

        /// The call, when every field it needs could be read.
        public var call: FollowUpCall? {
            guard let day, let outcome else { return nil }
            return FollowUpCall(day: day, outcome: outcome, letterArrived: letterArrived, feedback: feedback)
        }

        public func problems(after earlier: [FollowUpCall], today: CalendarDate) -> [FieldProblem] {
            var rules: [FieldProblem] = [], missing: [FieldProblem] = []
            func add(_ field: String, _ message: String) { rules.append(.init(field: field, message: message)) }
            if day == nil { missing.append(.init(field: "day", message: "Enter the day of the call")) }
            if outcome == nil { missing.append(.init(field: "outcome", message: "Choose what happened on the call")) }
            if earlier.count >= FollowUpCall.maximumAttempts {
                add("day", "Three attempts have already been made; no more calls are recorded")
            } else if let day, earlier.contains(where: { $0.day == day }) {
                add("day", "A call was already made on \(day); make the next attempt on a different day")
            }
            if let day, day > today { add("day", "The day of the call cannot be in the future") }
            if earlier.contains(where: { $0.outcome == .spokeToParent }) {
                add("outcome", "The parent has already been reached; no more calls are needed")
            }
            if let outcome, !outcome.reachedParent, letterArrived != nil || !feedback.trimmed.isEmpty {
                add("feedback", "Leave the letter and feedback blank when the parent was not reached")
            }
            return FieldProblem.merged(unreadable: unreadable, missing: missing, rules: rules, order: Self.fields)
        }
    }
}
