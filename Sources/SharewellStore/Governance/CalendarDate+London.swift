import Foundation
import SharewellCore

extension CalendarDate {
    private static let london: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/London") ?? .gmt
        return calendar
    }()

    /// The day it is in England at this instant: agreements start and end on English days.
    public init(inEngland date: Date) {
        let parts = Self.london.dateComponents([.year, .month, .day], from: date)
        self = CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? CalendarDate(dayNumber: 0)
    }
}
