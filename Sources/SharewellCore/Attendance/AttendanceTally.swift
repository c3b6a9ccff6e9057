/// One pupil's sessions counted the way DfE statistics count them (STANDARDS.md).
public struct AttendanceTally: Sendable, Equatable {
    public private(set) var possible = 0
    public private(set) var attended = 0
    public private(set) var authorisedAbsence = 0
    public private(set) var unauthorisedAbsence = 0
    public private(set) var notCounted = 0
    /// Sessions marked `I`; two make an illness day.
    public private(set) var illnessSessions = 0

    public init() {}

    /// A tally known only by its totals (a per-pupil summary, or a Common Transfer File's year).
    public init(possible: Int, attended: Int, authorisedAbsence: Int, unauthorisedAbsence: Int) {
        self.possible = possible; self.attended = attended
        self.authorisedAbsence = authorisedAbsence; self.unauthorisedAbsence = unauthorisedAbsence
    }

    /// Two periods' sessions together.
    public static func + (a: Self, b: Self) -> Self {
        var sum = a
        sum.possible += b.possible; sum.attended += b.attended; sum.authorisedAbsence += b.authorisedAbsence
        sum.unauthorisedAbsence += b.unauthorisedAbsence; sum.notCounted += b.notCounted; sum.illnessSessions += b.illnessSessions
        return sum
    }

    public mutating func add(_ code: AttendanceCode) {
        switch code.group {
        case .present, .approvedActivity: possible += 1; attended += 1
        case .authorisedAbsence: possible += 1; authorisedAbsence += 1
        case .unauthorisedAbsence: possible += 1; unauthorisedAbsence += 1
        case .notCounted: notCounted += 1
        }
        if code == .illness { illnessSessions += 1 }
    }

    public var missed: Int { possible - attended }

    /// Attended as a share of possible sessions, in tenths of a percent rounded half up; `nil`
    /// when no session was possible.
    public var attendanceTenthsOfPercent: Int? {
        guard possible > 0 else { return nil }
        return (attended * 2_000 + possible) / (2 * possible)
    }

    /// `83.3`, or empty when no session was possible.
    public var attendancePercentText: String {
        guard let tenths = attendanceTenthsOfPercent else { return "" }
        return "\(tenths / 10).\(tenths % 10)"
    }

    /// Missing 10% or more of possible sessions (on the unrounded share).
    public var isPersistentAbsence: Bool { possible > 0 && missed * 10 >= possible }
    /// Missing 50% or more of possible sessions.
    public var isSevereAbsence: Bool { possible > 0 && missed * 2 >= possible }

    /// Illness days as text: `0`, `0.5`, `1`, `1.5`…
    public var illnessDaysText: String { illnessSessions % 2 == 0 ? "\(illnessSessions / 2)" : "\(illnessSessions / 2).5" }

    /// Illness-coded absence has reached `days` school days (two sessions a day): the medical
    /// education pathway's proactive flag (DOMAIN.md §2.2; default 10, statutory guidance uses 15).
    public func reachesIllnessDays(_ days: Int) -> Bool { illnessSessions > 0 && illnessSessions >= 2 * days }

    /// Below a threshold in whole percent (the poor-attendance list's "below 90%"), on the unrounded share.
    public func isBelow(percent: Int) -> Bool { possible > 0 && attended * 100 < percent * possible }
}
