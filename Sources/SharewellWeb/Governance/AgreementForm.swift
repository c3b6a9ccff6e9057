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
    var dpiaDate = ""
    var retentionMonths = ""
    var start = ""
    var review = ""
    var end = ""
    var changeNote = ""

    enum CodingKeys: String, CodingKey {
        case title, purpose, parties, discloser, mode, dpiaReference, dpiaDate, retentionMonths, start, review, end, changeNote
        case dataItems, legalBases
    }

    init() {}

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        func text(_ key: CodingKeys) -> String { ((try? c.decodeIfPresent(String.self, forKey: key)) ?? nil) ?? "" }
        func list(_ key: CodingKeys) -> [String] { ((try? c.decodeIfPresent([String].self, forKey: key)) ?? nil) ?? [] }
        title = text(.title); purpose = text(.purpose); parties = text(.parties); discloser = text(.discloser); mode = text(.mode)
        dataItems = list(.dataItems); legalBases = list(.legalBases); dpiaReference = text(.dpiaReference); dpiaDate = text(.dpiaDate)
        retentionMonths = text(.retentionMonths); start = text(.start); review = text(.review); end = text(.end); changeNote = text(.changeNote)
    }

    init(_ terms: AgreementTerms) {
        title = terms.title; purpose = terms.purpose.rawValue; parties = terms.parties.joined(separator: ", ")
        discloser = terms.discloser ?? ""; mode = terms.bulk ? "bulk" : "case-by-case"
        dataItems = terms.dataItems.map(\.rawValue); legalBases = terms.legalBases.map(\.rawValue)
        dpiaReference = terms.dpiaReference; dpiaDate = terms.dpiaDate?.description ?? ""
        retentionMonths = String(terms.retentionMonths); start = terms.start.description; review = terms.review.description; end = terms.end.description
    }

    /// The terms, or every field that cannot be read (the store then checks what the terms mean).
    func terms() -> Result<AgreementTerms, InvalidRequest> {
        var errors: [FieldError] = []
        func date(_ text: String, _ field: String, _ name: String, optional: Bool = false) -> CalendarDate? {
            let text = text.trimmingCharacters(in: .whitespaces)
            if text.isEmpty, optional { return nil }
            guard let day = CalendarDate(iso: text) else {
                errors.append(.init(field: field, message: "Enter the \(name) as a real date, like 2026-09-01")); return nil
            }
            return day
        }
        let purpose = SharingPurpose(rawValue: purpose)
        if purpose == nil { errors.append(.init(field: "purpose", message: "Choose the purpose")) }
        if mode != "bulk", mode != "case-by-case" { errors.append(.init(field: "mode", message: "Choose bulk or case-by-case")) }
        let months = Int(retentionMonths.trimmingCharacters(in: .whitespaces))
        if months == nil { errors.append(.init(field: "retentionMonths", message: "Enter the retention period as a whole number of months")) }
        let dpia = date(dpiaDate, "dpiaDate", "DPIA date", optional: true)
        let start = date(start, "start", "start date"), review = date(review, "review", "review date"), end = date(end, "end", "end date")
        let parties = self.parties.uppercased().split(whereSeparator: { $0 == "," || $0.isWhitespace }).map(String.init)
        let discloser = self.discloser.trimmingCharacters(in: .whitespaces).uppercased()
        guard errors.isEmpty, let purpose, let months, let start, let review, let end else {
            return .failure(InvalidRequest(status: .unprocessableEntity, errors: errors))
        }
        return .success(AgreementTerms(title: title, purpose: purpose, parties: Array(Set(parties)).sorted(), discloser: discloser.isEmpty ? nil : discloser,
                                       bulk: mode == "bulk", dataItems: dataItems.compactMap(DataItem.init(rawValue:)),
                                       legalBases: legalBases.compactMap(LegalBasis.init(rawValue:)), dpiaReference: dpiaReference,
                                       dpiaDate: dpia, retentionMonths: months, start: start, review: review, end: end))
    }
}

extension Array where Element == FieldProblem {
    var fieldErrors: [FieldError] { map { FieldError(field: $0.field, message: $0.message) } }
}
