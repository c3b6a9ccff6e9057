import Foundation
/// What happened, for the audit log: the action, what it touched, why, and a detail line.
/// Details hold references, categories and counts, never a name or date of birth; what a person
/// typed (a justification, a reason, who gave consent) goes in `text`, which is kept outside the
/// chain so retention can purge it.
public struct AuditEvent: Sendable, Equatable {
    public var action: AuditAction
    public var subject: String
    public var purpose: String
    public var detail: String
    public var text: String
    /// The person records whose names (or whose copies' names) the action showed, when the subject
    /// is not one person (a list, an inbox, a case discussion): each person's access log finds the
    /// entry through them.
    public var people: [UUID]

    public init(action: AuditAction, subject: String, purpose: String = "", detail: String = "", text: String = "", people: [UUID] = []) {
        self.action = action; self.subject = subject; self.purpose = purpose; self.detail = detail; self.text = text; self.people = people
    }

    public static func signIn(_ userID: String) -> Self { .init(action: .signIn, subject: "user:\(userID)") }
    public static func signInFailed(_ userID: String, locked: Bool) -> Self {
        .init(action: .signInFailed, subject: "user:\(userID)", detail: locked ? "account locked" : "")
    }
    public static func signOut(_ userID: String) -> Self { .init(action: .signOut, subject: "user:\(userID)") }
}
