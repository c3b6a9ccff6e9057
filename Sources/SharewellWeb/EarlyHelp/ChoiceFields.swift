import Plot
import SharewellCore
import SharewellStore
import Vapor

/// The stratification choices as form fields (as-of date, window, threshold, largest household),
/// parsed in one place for the analyst's run, the council's shortlist and scheduling a meeting.
struct ChoiceFields: Content {
    var as_of: DateParts?
    var months: String?
    var min_flags: String?
    var largest: String?

    var isEmpty: Bool { as_of == nil && months == nil && min_flags == nil && largest == nil }

    func parse(today: CalendarDate) -> Result<StratificationChoice, InvalidRequest> {
        var errors: [FieldError] = []
        func whole(_ text: String?, _ field: String, _ fallback: Int, _ range: ClosedRange<Int>, _ words: String) -> Int {
            let value = (text ?? "").trimmingCharacters(in: .whitespaces)
            guard !value.isEmpty else { return fallback }
            guard let n = Int(value), range.contains(n) else { errors.append(.init(field: field, message: "Enter \(words) from \(range.lowerBound) to \(range.upperBound)")); return fallback }
            return n
        }
        let parts = as_of ?? DateParts()
        let asOf = parts.isEmpty ? today : parts.read("as_of", naming: "the as-of date", within: .past(years: 20, today: today), into: &errors)
        let months = whole(self.months, "months", 6, 1...24, "the window in months")
        let minFlags = whole(min_flags, "min_flags", 5, 1...8, "the least number of codes")
        let largest = whole(largest, "largest", 10, 2...50, "the largest plausible household")
        guard errors.isEmpty, let asOf else { return .failure(InvalidRequest(status: .unprocessableEntity, errors: errors)) }
        return .success(StratificationChoice(asOf: asOf, months: months, minFlags: minFlags, largestHousehold: largest))
    }

    init(as_of: DateParts? = nil, months: String? = nil, min_flags: String? = nil, largest: String? = nil) {
        self.as_of = as_of; self.months = months; self.min_flags = min_flags; self.largest = largest
    }

    init(_ choice: StratificationChoice) {
        self.init(as_of: DateParts(choice.asOf), months: String(choice.months), min_flags: String(choice.minFlags), largest: String(choice.largestHousehold))
    }

    func nodes(_ errors: [FieldError], today: CalendarDate) -> Node<HTML.FormContext> {
        .group(
            DateInput(id: "as_of", legend: "As of", parts: as_of ?? DateParts(today),
                      hint: "Codes dated in the window up to and including this day count. \(DateInput.example).", errors: errors).node,
            FormField(id: "months", label: "Window (months)", value: months ?? "6", error: errors.message(for: "months"), autocomplete: "off").node,
            FormField(id: "min_flags", label: "At least this many codes", value: min_flags ?? "5", hint: "Including at least one health and one non-health code.", error: errors.message(for: "min_flags"), autocomplete: "off").node,
            FormField(id: "largest", label: "Largest plausible household", value: largest ?? "10", hint: "Larger ones are held out for review as super families.", error: errors.message(for: "largest"), autocomplete: "off").node)
    }

    /// The choices carried along a form as hidden fields.
    static func hidden(_ choice: StratificationChoice) -> Node<HTML.FormContext> {
        let fields = ChoiceFields(choice)
        return .forEach([("as_of", choice.asOf.description as String?), ("months", fields.months), ("min_flags", fields.min_flags), ("largest", fields.largest)]) {
            .input(.type(.hidden), .name($0.0), .value(($0.1 ?? "")))
        }
    }
}
