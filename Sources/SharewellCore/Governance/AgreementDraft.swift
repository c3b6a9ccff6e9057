/// An agreement as far as its form could be read. A field typed so that it cannot be read is `nil`:
/// the rules that need it wait, every other rule is still checked, and one sending of the form
/// names every problem (issue 16: problems were reported in rounds).
public struct AgreementDraft: Sendable, Equatable {
    public var title: String
    public var purpose: SharingPurpose?
    public var parties: [String]
    public var discloser: String?
    public var bulk: Bool?
    public var dataItems: [DataItem]
    public var legalBases: [LegalBasis]
    public var dpiaReference: String
    /// A DPIA date was given, whether or not it could be read (an unreadable one is its own problem).
    public var hasDPIADate: Bool
    public var retentionMonths: Int?
    public var start: CalendarDate?
    public var review: CalendarDate?
    public var end: CalendarDate?

    public init(title: String, purpose: SharingPurpose?, parties: [String], discloser: String?, bulk: Bool?, dataItems: [DataItem],
                legalBases: [LegalBasis], dpiaReference: String, hasDPIADate: Bool, retentionMonths: Int?,
                start: CalendarDate?, review: CalendarDate?, end: CalendarDate?) {
        self.title = title; self.purpose = purpose; self.parties = parties; self.discloser = discloser; self.bulk = bulk
        self.dataItems = dataItems; self.legalBases = legalBases; self.dpiaReference = dpiaReference; self.hasDPIADate = hasDPIADate
        self.retentionMonths = retentionMonths; self.start = start; self.review = review; self.end = end
    }

    public init(_ terms: AgreementTerms) {
        self.init(title: terms.title, purpose: terms.purpose, parties: terms.parties, discloser: terms.discloser, bulk: terms.bulk,
                  dataItems: terms.dataItems, legalBases: terms.legalBases, dpiaReference: terms.dpiaReference, hasDPIADate: terms.dpiaDate != nil,
                  retentionMonths: terms.retentionMonths, start: terms.start, review: terms.review, end: terms.end)
    }

    /// Every problem with what could be read, each naming its field.
    public var problems: [FieldProblem] {
        var problems: [FieldProblem] = []
        func add(_ field: String, _ message: String) { problems.append(.init(field: field, message: message)) }
        if title.trimmed.isEmpty { add("title", "Enter a title") }
        if Set(parties).count < 2 { add("parties", "Choose at least two different organisations") }
        if let discloser, !parties.contains(discloser) { add("discloser", "The organisation that discloses must be one of the parties") }
        if dataItems.isEmpty { add("dataItems", "Choose the data items the agreement allows") }
        let foreign = purpose.map { purpose in dataItems.filter { !purpose.dataItems.contains($0) } } ?? []
        if let purpose, !foreign.isEmpty { add("dataItems", "\(foreign.map(\.displayName).joined(separator: ", ")) cannot be shared for \(purpose.displayName.lowercased())") }
        if legalBases.isEmpty { add("legalBases", "Choose at least one legal basis") }
        if bulk == true, dpiaReference.trimmed.isEmpty || !hasDPIADate { add("dpiaReference", "A bulk agreement needs a DPIA reference and date") }
        if let retentionMonths, !(1...1200).contains(retentionMonths) { add("retentionMonths", "Enter a retention period between 1 and 1200 months") }
        if let start, let end, end <= start { add("end", "The end date must be after the start date") }
        if let start, let review, let end, review < start || review > end { add("review", "The review date must be between the start and end dates") }
        return problems
    }
}
