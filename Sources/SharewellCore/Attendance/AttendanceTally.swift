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

    /// More sessions than any pupil can have in the longest period Sharewell takes: each count is
    /// held at or below it, so no total read from a file or a database can make the arithmetic
    /// below trap (issue 14: a summary of 9223372036854775807 sessions stopped the server).
    public static let sessionLimit = 100_000

    /// A tally known only by its totals (a per-pupil summary, or a Common Transfer File's year);
    /// each count is held within `0...sessionLimit`.
    public init(possible: Int, attended: Int, authorisedAbsence: Int, unauthorisedAbsence: Int) {
        self.possible = Self.bounded(possible); self.attended = Self.bounded(attended)
        self.authorisedAbsence = Self.bounded(authorisedAbsence); self.unauthorisedAbsence = Self.bounded(unauthorisedAbsence)
    }

    /// A school year has about 380 sessions; no count of one pupil's sessions in a file may pass this.
    public static let schoolYearSessionLimit = 500

    static func bounded(_ n: Int) -> Int { min(max(n, 0), sessionLimit) }

    /// Two periods' sessions together (each count still held within the limit).
    public static func + (a: Self, b: Self) -> Self {
        func sum(_ x: Int, _ y: Int) -> Int { bounded(x + y) }  // both within the limit, so no overflow
        var total = a
        total.possible = sum(a.possible, b.possible); total.attended = sum(a.attended, b.attended)
        total.authorisedAbsence = sum(a.authorisedAbsence, b.authorisedAbsence); total.unauthorisedAbsence = sum(a.unauthorisedAbsence, b.unauthorisedAbsence)
        total.notCounted = sum(a.notCounted, b.notCounted); total.illnessSessions = sum(a.illnessSessions, b.illnessSessions)
        return total
    }

    public mutating func add(_ code: AttendanceCode) {
        guard possible < Self.sessionLimit, notCounted < Self.sessionLimit else { return }
        switch code.group {
        case .present, .approvedActivity: possible += 1; attended += 1
        case .authorisedAbsence: possible += 1; authorisedAbsence += 1
        case .unauthorisedAbsence: possible += 1; unauthorisedAbsence += 1
        case .notCounted: notCounted += 1
        }
        if code == .illness { illnessSessions += 1 }
    }

    public var missed: Int { max(0, possible - attended) }

    /// Attended as a share of possible sessions, in tenths of a percent rounded half up; `nil`
    /// when no session was possible.
    public var attendanceTenthsOfPercent: Int? {
        guard possible > 0 else { return nil }
        let attended = min(attended, possible)
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
    public func isBelow(percent: Int) -> Bool { possible > 0 && attended * 100 < min(max(percent, 0), 100) * possible }
}
