/// The pilot report (seed 000, DOMAIN.md §2.1 step 7) for the pupils a practice received from a
/// school's list: who was identified, what the practice found, who answered the calls, and how
/// attendance moved over a later period.
public struct LiaisonReport: Sendable, Equatable {
    /// One pupil as the report needs them: the school's roll and marks, the practice's review.
    public struct Pupil: Sendable {
        public var sex: Sex?
        public var review: AttendanceReview?
        /// The medical reason after the calls and a final look at the records, if revised.
        public var finalMedicalReason: AttendanceReview.MedicalReason?
        public var reachedParent: Bool
        public var before: AttendanceTally
        public var after: AttendanceTally?

        public init(sex: Sex?, review: AttendanceReview?, finalMedicalReason: AttendanceReview.MedicalReason?, reachedParent: Bool,
                    before: AttendanceTally, after: AttendanceTally?) {
            self.sex = sex; self.review = review; self.finalMedicalReason = finalMedicalReason
            self.reachedParent = reachedParent; self.before = before; self.after = after
        }

        var medicalReasonAfterReview: Bool { (finalMedicalReason ?? review?.medicalReason).map { $0 != .noneFound } ?? false }

        /// Attendance rose by three percentage points or more (on the unrounded shares).
        var improvedByThreePoints: Bool {
            guard let after, after.possible > 0, before.possible > 0 else { return false }
            return 100 * (after.attended * before.possible - before.attended * after.possible) >= 3 * before.possible * after.possible
        }
    }

    /// A line of the first table: a total split by sex.
    public struct Line: Sendable, Equatable {
        public let label: String
        public let male: Int, female: Int, notRecorded: Int
        public var total: Int { male + female + notRecorded }
    }

    /// A line of the second table: how many of how many.
    public struct Ratio: Sendable, Equatable {
        public let label: String
        public let count: Int, of: Int
    }

    public let lines: [Line]
    public let ratios: [Ratio]

    public init(_ pupils: [Pupil]) {
        func line(_ label: String, _ included: (Pupil) -> Bool) -> Line {
            let chosen = pupils.filter(included)
            return Line(label: label, male: chosen.count { $0.sex == .male }, female: chosen.count { $0.sex == .female }, notRecorded: chosen.count { $0.sex == nil })
        }
        lines = [
            line("Pupils identified") { _ in true },
            line("With a medical reason for poor attendance") { $0.review?.hasMedicalReason == true },
            line("With a parent with mental health problems") { $0.review?.concerns.contains(.parentalMentalHealth) == true },
            line("With a parent with a history of alcohol dependence") { $0.review?.concerns.contains(.parentalAlcohol) == true },
        ]
        let remeasured = pupils.filter { ($0.after?.possible ?? 0) > 0 }
        let persistent = remeasured.filter(\.before.isPersistentAbsence)
        ratios = [
            Ratio(label: "Parents who responded to the calls", count: pupils.count(where: \.reachedParent), of: pupils.count),
            Ratio(label: "With a medical reason after the final review", count: pupils.count(where: \.medicalReasonAfterReview), of: pupils.count),
            Ratio(label: "Attendance up by 3 points or more (of those re-measured)", count: remeasured.count(where: \.improvedByThreePoints), of: remeasured.count),
            Ratio(label: "No longer persistently absent (of those who were, re-measured)",
                  count: persistent.count { !$0.after!.isPersistentAbsence }, of: persistent.count),
        ]
    }

    /// What may be published: every count as text, through disclosure control when the report
    /// leaves the practice (`control` set), in full for the practice itself.
    public struct Published: Sendable, Equatable {
        public struct Line: Sendable, Equatable { public let label, total, male, female, notRecorded: String }
        public struct Ratio: Sendable, Equatable { public let label, count, of, percent: String }
        public let lines: [Line]
        public let ratios: [Ratio]
        /// Set when the round is too small for any count to leave the practice: then there are no lines.
        public var withheldBelow: Int? = nil
    }

    /// The fewest pupils a round may have for counts about it to leave the practice. Below it,
    /// even a zero beside a star tells a school what a GP found (issue 14); never set lower.
    public static let minimumRoundLeavingPractice = 10

    /// Pupils in the round.
    public var pupils: Int { lines[0].total }

    public func published(through control: DisclosureControl?, minimumRound: Int = minimumRoundLeavingPractice) -> Published {
        let smallest = max(Self.minimumRoundLeavingPractice, minimumRound)
        if control != nil, pupils < smallest { return Published(lines: [], ratios: [], withheldBelow: smallest) }
        let control = control ?? DisclosureControl(suppressUpTo: 0)
        let lines = lines.map { line in
            let p = control.protect(.init(total: line.total, parts: [line.male, line.female, line.notRecorded]))
            return Published.Line(label: line.label, total: p.total.description, male: p.parts[0].description, female: p.parts[1].description,
                                  notRecorded: p.parts[2].description)
        }
        let ratios = ratios.map { ratio in
            let p = control.protect(.init(total: ratio.of, parts: [ratio.count, ratio.of - ratio.count], published: [true, false]))
            let percent = p.parts[0].isSuppressed || p.total.isSuppressed || ratio.of == 0 ? "" : Self.percent(ratio.count, of: ratio.of)
            return Published.Ratio(label: ratio.label, count: p.parts[0].description, of: p.total.description, percent: percent)
        }
        return Published(lines: lines, ratios: ratios)
    }

    /// `72.4%`: one decimal place, half up.
    static func percent(_ count: Int, of total: Int) -> String {
        let tenths = (count * 2_000 + total) / (2 * total)
        return "\(tenths / 10).\(tenths % 10)%"
    }
}
