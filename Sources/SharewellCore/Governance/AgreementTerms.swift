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
    public var problems: [FieldProblem] {
        var problems: [FieldProblem] = []
        func add(_ field: String, _ message: String) { problems.append(.init(field: field, message: message)) }
        if title.trimmed.isEmpty { add("title", "Enter a title") }
        if Set(parties).count < 2 { add("parties", "Choose at least two different organisations") }
        if let discloser, !parties.contains(discloser) { add("discloser", "The organisation that discloses must be one of the parties") }
        if dataItems.isEmpty { add("dataItems", "Choose the data items the agreement allows") }
        let foreign = dataItems.filter { !purpose.dataItems.contains($0) }
        if !foreign.isEmpty { add("dataItems", "\(foreign.map(\.displayName).joined(separator: ", ")) cannot be shared for \(purpose.displayName.lowercased())") }
        if legalBases.isEmpty { add("legalBases", "Choose at least one legal basis") }
        if bulk, !hasDPIA { add("dpiaReference", "A bulk agreement needs a DPIA reference and date") }
        if !(1...1200).contains(retentionMonths) { add("retentionMonths", "Enter a retention period between 1 and 1200 months") }
        if end <= start { add("end", "The end date must be after the start date") }
        if review < start || review > end { add("review", "The review date must be between the start and end dates") }
        return problems
    }
}
