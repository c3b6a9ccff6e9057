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

    /// The instant this day starts in England (midnight, London time).
    public var startOfDayInEngland: Date {
        let c = components
        return Self.london.date(from: DateComponents(year: c.year, month: c.month, day: c.day)) ?? Date(timeIntervalSince1970: Double(dayNumber) * 86_400)
    }
}
