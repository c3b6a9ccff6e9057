/// What one version of an information sharing agreement says. Editing an agreement makes a new
/// version; every party's IG lead approves a version before it can be in force.
public struct AgreementTerms: Sendable, Equatable {
    public var title: String
    public var purpose: SharingPurpose
    /// The parties' directory codes, at least two.
    public var parties: [String]
    /// The one party that discloses to the others, or `nil` when every party may disclose.
    public var discloser: String?
    public var bulk: Bool
    public var dataItems: [DataItem]
    public var legalBases: [LegalBasis]
    public var dpiaReference: String
    public var dpiaDate: CalendarDate?
    public var retentionMonths: Int
    public var start: CalendarDate
    public var review: CalendarDate
    public var end: CalendarDate

    public init(title: String, purpose: SharingPurpose, parties: [String], discloser: String?, bulk: Bool,
                dataItems: [DataItem], legalBases: [LegalBasis], dpiaReference: String, dpiaDate: CalendarDate?,
                retentionMonths: Int, start: CalendarDate, review: CalendarDate, end: CalendarDate) {
        self.title = title
        self.purpose = purpose
        self.parties = parties
        self.discloser = discloser
        self.bulk = bulk
        self.dataItems = dataItems
        self.legalBases = legalBases
        self.dpiaReference = dpiaReference
        self.dpiaDate = dpiaDate
        self.retentionMonths = retentionMonths
        self.start = start
        self.review = review
        self.end = end
    }

    /// A DPIA counts once it has both a reference and a date.
    public var hasDPIA: Bool { !dpiaReference.trimmed.isEmpty && dpiaDate != nil }

    /// Whether these terms let `from` send `to` these items for this purpose in this mode.
    public func covers(from: String, to: String, purpose: SharingPurpose, items: [DataItem], bulk: Bool) -> Bool {
        from != to && parties.contains(from) && parties.contains(to) && (discloser == nil || discloser == from)
            && self.purpose == purpose && self.bulk == bulk && Set(items).isSubset(of: Set(dataItems))
    }

    /// Every problem with the terms at once, each naming its field.
    public var problems: [FieldProblem] { AgreementDraft(self).problems }
}
