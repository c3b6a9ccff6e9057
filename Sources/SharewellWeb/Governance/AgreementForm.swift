import SharewellCore
import Vapor

/// The agreement form as typed, so a form with mistakes comes back exactly as it was sent.
struct AgreementForm: Content, Equatable {
    var title = ""
    var purpose = ""
    /// Directory codes separated by commas or spaces.
    var parties = ""
    var discloser = ""
    var mode = ""
    var dataItems: [String] = []
    var legalBases: [String] = []
    var dpiaReference = ""
    var dpiaDate = DateParts()
    var retentionMonths = ""
    var start = DateParts()
    var review = DateParts()
    var end = DateParts()
    var changeNote = ""

    /// In the order the page shows the fields.
    enum CodingKeys: String, CodingKey, CaseIterable {
        case title, purpose, parties, discloser, mode, dataItems, legalBases, dpiaReference, dpiaDate, retentionMonths, start, review, end, changeNote
    }

    init() {}

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        func text(_ key: CodingKeys) -> String { ((try? c.decodeIfPresent(String.self, forKey: key)) ?? nil) ?? "" }
        func list(_ key: CodingKeys) -> [String] { ((try? c.decodeIfPresent([String].self, forKey: key)) ?? nil) ?? [] }
        func date(_ key: CodingKeys) -> DateParts { ((try? c.decodeIfPresent(DateParts.self, forKey: key)) ?? nil) ?? DateParts() }
        title = text(.title); purpose = text(.purpose); parties = text(.parties); discloser = text(.discloser); mode = text(.mode)
        dataItems = list(.dataItems); legalBases = list(.legalBases); dpiaReference = text(.dpiaReference); dpiaDate = date(.dpiaDate)
        retentionMonths = text(.retentionMonths); start = date(.start); review = date(.review); end = date(.end); changeNote = text(.changeNote)
    }

    init(_ terms: AgreementTerms) {
        title = terms.title; purpose = terms.purpose.rawValue; parties = terms.parties.joined(separator: ", ")
        discloser = terms.discloser ?? ""; mode = terms.bulk ? "bulk" : "case-by-case"
        dataItems = terms.dataItems.map(\.rawValue); legalBases = terms.legalBases.map(\.rawValue)
        dpiaReference = terms.dpiaReference; dpiaDate = terms.dpiaDate.map { DateParts($0) } ?? DateParts()
        retentionMonths = String(terms.retentionMonths); start = DateParts(terms.start); review = DateParts(terms.review); end = DateParts(terms.end)
    }

    /// The terms, or every problem with the form at once: the fields that cannot be read, and
    /// what the rest means (the store checks the terms again, with the directory).
    func terms(today: CalendarDate) -> Result<AgreementTerms, InvalidRequest> {
        var errors: [FieldError] = []
        // An agreement revised years after it began keeps its old start; none runs past 25 years.
        let begun = DateWindow.around(today: today, back: 20, ahead: 5), runs = DateWindow.around(today: today, back: 20, ahead: 25)
        let purpose = SharingPurpose(rawValue: purpose)
        if purpose == nil { errors.append(.init(field: "purpose", message: "Choose the purpose")) }
        let bulk: Bool? = mode == "bulk" ? true : mode == "case-by-case" ? false : nil
        if bulk == nil { errors.append(.init(field: "mode", message: "Choose bulk or case-by-case")) }
        let months = Int(retentionMonths.trimmingCharacters(in: .whitespaces))
        if months == nil { errors.append(.init(field: "retentionMonths", message: "Enter the retention period as a whole number of months")) }
        let dpia = dpiaDate.readIfTyped("dpiaDate", naming: "the DPIA date", within: .past(years: 20, today: today), into: &errors)
        let start = start.read("start", naming: "the start date", within: begun, into: &errors)
        let review = review.read("review", naming: "the review date", within: runs, into: &errors)
        let end = end.read("end", naming: "the end date", within: runs, into: &errors)
        let discloser = self.discloser.trimmingCharacters(in: .whitespaces).uppercased()
        let draft = AgreementDraft(title: title, purpose: purpose, parties: partyCodes, discloser: discloser.isEmpty ? nil : discloser, bulk: bulk,
                                   dataItems: dataItems.compactMap(DataItem.init(rawValue:)), legalBases: legalBases.compactMap(LegalBasis.init(rawValue:)),
                                   dpiaReference: dpiaReference, hasDPIADate: !dpiaDate.isEmpty, retentionMonths: months, start: start, review: review, end: end)
        guard errors.isEmpty, let purpose, let bulk, let months, let start, let review, let end else {
            return .failure(InvalidRequest(status: .unprocessableEntity, errors: Self.inFormOrder(errors + draft.problems.fieldErrors)))
        }
        return .success(AgreementTerms(title: title, purpose: purpose, parties: draft.parties, discloser: draft.discloser, bulk: bulk,
                                       dataItems: draft.dataItems, legalBases: draft.legalBases, dpiaReference: dpiaReference,
                                       dpiaDate: dpia, retentionMonths: months, start: start, review: review, end: end))
    }

    /// The parties' codes as typed, separated by commas or spaces, once each.
    var partyCodes: [String] {
        Array(Set(parties.uppercased().split(whereSeparator: { $0 == "," || $0.isWhitespace }).map(String.init))).sorted()
    }

    /// Errors in the order of the fields on the page, so the summary reads down the form.
    static func inFormOrder(_ errors: [FieldError]) -> [FieldError] {
        let order = CodingKeys.allCases.map(\.rawValue)
        func rank(_ field: String) -> Int { order.firstIndex(of: String(field.prefix { $0 != "-" })) ?? order.count }
        return errors.enumerated().sorted { (rank($0.element.field), $0.offset) < (rank($1.element.field), $1.offset) }.map(\.element)
    }
}

extension Array where Element == FieldProblem {
    var fieldErrors: [FieldError] { map { FieldError(field: $0.field, message: $0.message) } }
}
