import SharewellCore
import SharewellStore

extension FieldError {
    /// The gate's refusal beside the control that asked for the sending, in its words, with the
    /// way onward when the fix lies elsewhere: a missing agreement is set up on the agreements page,
    /// which every role can read (issue 16, item 4).
    static func refused(_ refusal: SharingRefusal, field: String, _ what: String = "Not sent") -> FieldError {
        FieldError(field: field, message: "\(what): \(refusal.words)", onward: onward(for: refusal.reason))
    }

    static func onward(for reason: RefusalReason) -> Onward? {
        guard case .noAgreement = reason else { return nil }
        return Onward(text: "Go to your organisation's agreements", path: "/agreements")
    }
}
