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
    /// Entries written since issue 14 keep their free text (a justification, a reason, who gave
    /// consent) out of the chain, in a table retention can purge; the chain covers this keyed
    /// digest of it instead ("" when there was none). `nil` marks an entry of the first encoding,
    /// whose free text is in `detail` and stays there.
    public var textDigest: String?

    public init(sequence: Int, at: String, actor: String, actorName: String, organisation: String,
                action: String, subject: String, purpose: String, detail: String, textDigest: String? = nil) {
        self.sequence = sequence; self.at = at; self.actor = actor; self.actorName = actorName
        self.organisation = organisation; self.action = action; self.subject = subject
        self.purpose = purpose; self.detail = detail; self.textDigest = textDigest
    }

    /// Each field length-prefixed, so no choice of values can make two records encode alike. The
    /// second encoding starts with its version, which no first-encoding record can (theirs starts
    /// with the length of a sequence number), so the two never collide either.
    public var canonicalEncoding: String {
        let fields = [String(sequence), at, actor, actorName, organisation, action, subject, purpose, detail]
        guard let textDigest else { return fields.map { "\($0.utf8.count):\($0)" }.joined(separator: "|") }
        return "v2|" + (fields + [textDigest]).map { "\($0.utf8.count):\($0)" }.joined(separator: "|")
    }

    /// The hash of the first entry's predecessor.
    public static let genesisHash = String(repeating: "0", count: 64)
}
