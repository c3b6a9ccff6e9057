/// The fields of one audit entry that its hash covers, in a canonical encoding, so the chain
/// can be recomputed by anyone holding the rows (issue 4; ARCHITECTURE.md rule 4).
public struct AuditRecord: Sendable, Equatable {
    public var sequence: Int
    /// ISO 8601 UTC with milliseconds, stored as text so both databases give back the same bytes.
    public var at: String
    /// `user:<id>`, `token:<id>` or `system:<command>`.
    public var actor: String
    public var actorName: String
    /// The acting organisation's code, empty for the system.
    public var organisation: String
    public var action: String
    /// What was touched: `person_record:<id>`, `user:<id>`, `organisation:<code>`, …
    public var subject: String
    /// Why: the purpose or the agreement relied on.
    public var purpose: String
    public var detail: String

    public init(sequence: Int, at: String, actor: String, actorName: String, organisation: String,
                action: String, subject: String, purpose: String, detail: String) {
        self.sequence = sequence; self.at = at; self.actor = actor; self.actorName = actorName
        self.organisation = organisation; self.action = action; self.subject = subject
        self.purpose = purpose; self.detail = detail
    }

    /// Each field length-prefixed, so no choice of values can make two records encode alike.
    public var canonicalEncoding: String {
        [String(sequence), at, actor, actorName, organisation, action, subject, purpose, detail]
            .map { "\($0.utf8.count):\($0)" }.joined(separator: "|")
    }

    /// The hash of the first entry's predecessor.
    public static let genesisHash = String(repeating: "0", count: 64)
}
