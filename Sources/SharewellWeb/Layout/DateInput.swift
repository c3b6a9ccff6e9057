import Plot
import SharewellCore

/// A date typed in three boxes, Day, Month and Year, under a legend (the GOV.UK date input).
///
/// The boxes are sent as `<name>[day]`, `<name>[month]` and `<name>[year]` and read back as one
/// `DateParts` (which also takes the single `<name>=YYYY-MM-DD` of old links). The day box carries
/// the date's own id, so an error about the whole date (`field: id`) links to it; an error about
/// the month or year alone names `<id>-month` or `<id>-year` and links to that box.
struct DateInput {
    var id: String
    var legend: String
    var parts: DateParts
    var hint: String? = DateInput.example
    /// Every error of the form; the date shows the ones about its boxes.
    var errors: [FieldError] = []
    /// The submitted name, where several forms on a page repeat a date (ids must be unique).
    var name: String?

    static let example = "For example, 27 3 2026"

    var node: Node<HTML.FormContext> {
        let mine = errors.first { DateInput.boxes(id).map(\.id).contains($0.field) }
        let marked = Set(mine.map { DateInput.markedParts($0.field, id: id) } ?? [])
        let parts = FieldParts(id: id, hint: hint, error: mine?.message)
        return .div(.class(parts.groupClass),
            .fieldset(.class("fieldset"), .attribute(named: "role", value: "group"), .attribute(named: "aria-describedby", value: parts.describedBy),
                .element(named: "legend", nodes: [.class("legend"), .text(legend)]),
                parts.hintAndError,
                .div(.class("date-input"), .forEach(DateInput.boxes(id)) { box in
                    .div(.class("date-input-item"),
                        .label(.for(box.id), .class("label"), .text(box.part.rawValue.prefix(1).uppercased() + box.part.rawValue.dropFirst())),
                        .input(.type(.text), .id(box.id), .name("\(name ?? id)[\(box.part.rawValue)]"), .value(value(box.part)),
                               .class("input date-input-\(box.part.rawValue)" + (marked.contains(box.part) ? " input-error" : "")),
                               .attribute(named: "inputmode", value: "numeric"), .attribute(named: "autocomplete", value: "off")))
                })))
    }

    private func value(_ part: DateParts.Part) -> String {
        switch part { case .day: parts.day; case .month: parts.month; case .year: parts.year }
    }

    /// Each box's id: the day box has the date's own id.
    static func boxes(_ id: String) -> [(part: DateParts.Part, id: String)] {
        DateParts.Part.allCases.map { ($0, $0 == .day ? id : "\(id)-\($0.rawValue)") }
    }

    /// The boxes an error against `field` marks: one box for `<id>-month` or `<id>-year`, all three
    /// for the date's own id (a whole-date problem, or one the store found in the date).
    private static func markedParts(_ field: String, id: String) -> [DateParts.Part] {
        boxes(id).first { $0.id == field && $0.part != .day }.map { [$0.part] } ?? DateParts.Part.allCases
    }
}

/// A date read from its boxes, with each problem as an error against the box it is in.
extension DateParts {
    /// The date, or `nil` with an error naming the date (`"the start date"`) in `errors`. Every
    /// caller says which days are plausible for its date: there is no default to forget.
    func read(_ id: String, naming name: String, within window: DateWindow, into errors: inout [FieldError]) -> CalendarDate? {
        switch read(within: window) {
        case .success(let date): return date
        case .failure(let problem): errors.append(problem.fieldError(id, naming: name)); return nil
        }
    }

    /// The date of an optional field: `nil` with no error when nothing was typed.
    func readIfTyped(_ id: String, naming name: String, within window: DateWindow, into errors: inout [FieldError]) -> CalendarDate? {
        isEmpty ? nil : read(id, naming: name, within: window, into: &errors)
    }
}

extension DateParts.Problem {
    /// The error, against the first box it names (the day box for the whole date).
    func fieldError(_ id: String, naming name: String) -> FieldError {
        let first: DateParts.Part = parts.count == DateParts.Part.allCases.count ? .day : parts.first ?? .day
        return FieldError(field: DateInput.boxes(id).first { $0.part == first }!.id, message: message(naming: name))
    }
}

extension DateParts {
    /// The date as `YYYY-MM-DD` for a hidden field that carries it to the next form (empty when
    /// the boxes are not a date).
    var iso: String { (try? read().get())?.description ?? "" }
}
