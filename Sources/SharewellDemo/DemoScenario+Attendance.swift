import Foundation
import SharewellCore
import SharewellStore
import SyntheticBorough

extension DemoScenario {
    /// The school's first day of the school year under way on `today`.
    public static func firstSchoolDay(on today: CalendarDate) -> CalendarDate {
        SchoolYearCalendar(startingIn: BoroughGenerator.schoolYear(on: today)).firstDay
    }

    /// The list up to a week ago is already with the practice (so its inbox has pupils at once),
    /// and the pupils with ten or more days of illness with the medical education team. The
    /// officer's own "this school year up to today" list is a new period, still to send.
    static func sendAttendance(_ store: Store, today: CalendarDate, at date: Date) async throws {
        let officer = try await store.demoActor(.practitioner, at: school)
        let first = firstSchoolDay(on: today), weekAgo = today.advanced(by: -7)
        // Early in September there are no marks yet to send: the pages say so.
        if first <= weekAgo {
            _ = try await store.sendPoorAttendanceList(to: practice, period: first...weekAgo, belowPercent: 90, by: officer, at: date)
        }
        if first <= today {
            _ = try await store.sendIllnessAbsence(to: medicalEducationTeam, period: first...today, days: Store.defaultIllnessDays, by: officer, at: date)
        }
    }
}
