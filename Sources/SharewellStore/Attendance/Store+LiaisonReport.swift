import FluentKit
import Foundation
import SharewellCore

/// One school's list as one practice received it: the unit the pilot report is about.
public struct LiaisonRound: Sendable, Equatable, Hashable {
    public let schoolCode: String
    public let practiceCode: String
    public let periodFrom: String
    public let periodTo: String

    public init(schoolCode: String, practiceCode: String, periodFrom: String, periodTo: String) {
        self.schoolCode = schoolCode; self.practiceCode = practiceCode; self.periodFrom = periodFrom; self.periodTo = periodTo
    }
}

extension Store {
    /// The rounds the actor's school sent or practice received, newest period first.
    public func liaisonRounds(for actor: ActingUser) async throws -> [(round: LiaisonRound, pupils: Int)] {
        guard actor.may(.viewIdentifiableRecords) else { return [] }
        var counts: [LiaisonRound: Int] = [:]
        if actor.organisationKind == .gpPractice {
            for row in try await AttendanceReferralModel.held(by: actor, on: db).all() {
                counts[LiaisonRound(schoolCode: row.schoolCode, practiceCode: actor.organisationCode, periodFrom: row.periodFrom, periodTo: row.periodTo), default: 0] += 1
            }
        } else {
            for row in try await AttendanceLiaisonModel.held(by: actor, on: db).all() {
                counts[LiaisonRound(schoolCode: actor.organisationCode, practiceCode: row.practiceCode, periodFrom: row.periodFrom, periodTo: row.periodTo), default: 0] += 1
            }
        }
        return counts.map { ($0.key, $0.value) }.sorted { ($0.round.periodTo, $1.round.schoolCode, $1.round.practiceCode) > ($1.round.periodTo, $0.round.schoolCode, $0.round.practiceCode) }
    }

    /// The pilot report for a round, with attendance re-measured over a later period. It reads only
    /// what the practice received through the gate (issue 14, finding 7): the list's figures, the
    /// re-measures the school sent, and sex where the agreement allowed it; never the school's marks
    /// or records. The practice sees its own counts in full; for anyone else they have left the
    /// practice, so they pass through disclosure control.
    public func liaisonReport(_ round: LiaisonRound, later: ClosedRange<CalendarDate>, control: DisclosureControl = .init(),
                              for actor: ActingUser, at date: Date) async throws -> LiaisonReport.Published {
        guard actor.may(.viewIdentifiableRecords), [round.schoolCode, round.practiceCode].contains(actor.organisationCode) else { throw StoreError.notAParty }
        let period = try Self.period(of: round)
        guard later.lowerBound > period.upperBound else {
            throw StoreError.invalidFields([.init(field: "laterFrom", message: "The later period must start after \(period.upperBound), when the list's period ended")])
        }
        let pupils = try await roundReferrals(round, for: actor).map { row in
            let referral = try row.referral
            func measure(_ kind: AttendanceMeasureModel.Kind, _ range: ClosedRange<CalendarDate>) -> AttendanceTally? {
                row.measures.first { $0.kind == kind.rawValue && $0.periodFrom == range.lowerBound.description && $0.periodTo == range.upperBound.description }?.tally
            }
            return LiaisonReport.Pupil(sex: row.sex.flatMap(Sex.init(rawValue:)), review: referral.review, finalMedicalReason: referral.finalMedicalReason,
                                       reachedParent: referral.calls.contains { $0.outcome.reachedParent },
                                       before: measure(.listed, period) ?? AttendanceTally(), after: measure(.remeasure, later))
        }
        let leavesPractice = actor.organisationCode != round.practiceCode
        try await audit(.init(action: .viewReport, subject: "attendance_liaison:\(round.schoolCode):\(round.practiceCode)", purpose: Self.liaisonPurpose,
                              detail: "\(pupils.count) pupils, \(round.periodFrom) to \(round.periodTo), re-measured \(later.lowerBound) to \(later.upperBound)"
                                  + (leavesPractice ? ", small numbers suppressed" : "")), by: actor, at: date)
        return LiaisonReport(pupils).published(through: leavesPractice ? control : nil)
    }
}
