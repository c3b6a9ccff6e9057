/// When the dates of a live birth may plausibly fall (issue 18, F8). A notice of a live birth is
/// sent within days of it, so a date of birth in the future, or long past, is a mistake (a parent's
/// date of birth in the baby's column, a mistyped year), never a late notice: it is refused with
/// its line or FHIRPath rather than routed to a centre as a new family.
public struct BirthDates: Sendable, Equatable {
    /// The oldest birth a notice is taken for, in years before today. Maternity sends within days
    /// and child health within weeks; two years leaves room for a resend or a correction, and is
    /// also as far back as a centre's welcome and registration of a family are read.
    public static let oldestBirthYears = 2
    /// How long before the birth consent may have been recorded: at antenatal booking, from about
    /// the tenth week of pregnancy, so under a year before the birth.
    public static let consentBeforeBirthYears = 1

    /// The baby's date of birth: today or up to `oldestBirthYears` before it.
    public let born: DateWindow
    /// The date consent was recorded: today or up to a year before the oldest birth taken.
    public let consent: DateWindow

    public init(today: CalendarDate) {
        born = .past(years: Self.oldestBirthYears, today: today)
        consent = .past(years: Self.oldestBirthYears + Self.consentBeforeBirthYears, today: today)
    }

    /// The day a centre welcomed a family, or registered it: on or after the baby's birth and not
    /// after today (a birth recorded as later than today leaves today alone).
    public static func afterBirth(_ born: CalendarDate, today: CalendarDate) -> DateWindow {
        DateWindow(min(born, today)...today, today: today)
    }

    /// Why a date read from a file is not plausible as `name` ("the baby's date of birth"), in the
    /// date input's words with the text as sent; `nil` when it is.
    public static func refusal(_ date: CalendarDate, as text: String, naming name: String, within window: DateWindow) -> String? {
        window.problem(with: date).map { "\($0.message(naming: name)), not ‘\(text)’" }
    }
}
