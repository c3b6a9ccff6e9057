import FluentKit
import Foundation
import SharewellCore

extension Store {
    /// The school sends the practice, through the gate, the attendance of the pupils of a round
    /// over a later period: the only way the later period reaches the practice's report (issue 14,
    /// finding 7). Keyed like every sending, so a second "Send" of the same re-measure sends nothing.
    public func sendRemeasure(_ round: LiaisonRound, later: ClosedRange<CalendarDate>, by actor: ActingUser, at date: Date) async throws -> Result<Int, SharingRefusal> {
        guard actor.may(.importAttendance), actor.organisationCode == round.schoolCode else { throw StoreError.notASchool }
        let period = try Self.period(of: round)
        guard later.lowerBound > period.upperBound else {
            throw StoreError.invalidFields([.init(field: "laterFrom", message: "The later period must start after \(period.upperBound), when the list's period ended")])
        }
        let sent = try await AttendanceLiaisonModel.held(by: actor, on: db).filter(\.$practiceCode == round.practiceCode)
            .filter(\.$periodFrom == round.periodFrom).filter(\.$periodTo == round.periodTo).all()
        guard !sent.isEmpty else { throw StoreError.notAParty }
        let listed = Set(sent.map { $0.$person.id })
        let tallies = Dictionary(try await rollTallies(of: actor, period: later, on: db).compactMap { record, tally in
            record.id.flatMap { listed.contains($0) ? ($0, tally) : nil }
        }) { a, _ in a }
        let request = SharingRequest(recipient: round.practiceCode, purpose: .attendanceLiaison, items: [.attendancePercentage, .attendancePeriod], bulk: true,
                                     subjects: listed.sorted { $0.uuidString < $1.uuidString },
                                     period: "re-measure \(later.lowerBound) to \(later.upperBound) of \(round.periodFrom) to \(round.periodTo)")
        let liaisonIDs = Set(sent.compactMap(\.id))
        let outcome = try await share(request, from: OwnPersonRecords(), by: actor, at: date) { delivery in
            // The practice's copies of these pupils: reached only through the delivery addressed to it.
            let referrals = try await delivery.recipientRows(AttendanceReferralModel.self).filter(\.$liaisonID ~~ liaisonIDs).all()
            let byPupil = Dictionary(referrals.compactMap { row in row.subjectID.map { ($0, row) } }) { a, _ in a }
            for person in delivery.grant.people {
                guard let referral = byPupil[person.person] else { continue }
                try await delivery.keep(AttendanceMeasureModel(referral: try referral.requireID(), .remeasure, period: later,
                                                               tally: tallies[person.person] ?? AttendanceTally(), agreement: delivery.grant.agreementID, at: date))
            }
        }
        return outcome.map(\.people.count)
    }

    /// The later periods the school has re-measured for a round, as the actor's organisation holds them.
    public func remeasures(of round: LiaisonRound, for actor: ActingUser) async throws -> [ClosedRange<CalendarDate>] {
        let rows = try await roundReferrals(round, for: actor)
        let periods = Set(rows.flatMap(\.measures).filter { $0.kind == AttendanceMeasureModel.Kind.remeasure.rawValue }.map { "\($0.periodFrom) \($0.periodTo)" })
        return periods.compactMap { text -> ClosedRange<CalendarDate>? in
            let parts = text.split(separator: " ").compactMap { CalendarDate(iso: String($0)) }
            return parts.count == 2 && parts[0] <= parts[1] ? parts[0]...parts[1] : nil
        }.sorted { $0.lowerBound > $1.lowerBound }
    }

    /// The practice's received rows of a round, with what the school sent of each: what either
    /// party's report reads (the school sees them only as counts, through disclosure control).
    func roundReferrals(_ round: LiaisonRound, for actor: ActingUser) async throws -> [AttendanceReferralModel] {
        guard actor.may(.viewIdentifiableRecords), [round.schoolCode, round.practiceCode].contains(actor.organisationCode) else { throw StoreError.notAParty }
        // The practice reads what it holds; the school finds the copies of what it sent, whose figures
        // reach it only as counts through disclosure control (the report's caller).
        let rows = actor.organisationCode == round.practiceCode ? AttendanceReferralModel.held(by: actor, on: db)
            : AttendanceReferralModel.sent(by: actor, on: db).join(parent: \.$practice).filter(OrganisationModel.self, \.$code == round.practiceCode)
        return try await rows.filter(\.$schoolCode == round.schoolCode).filter(\.$periodFrom == round.periodFrom).filter(\.$periodTo == round.periodTo)
            .with(\.$calls).with(\.$measures).all()
    }

    static func period(of round: LiaisonRound) throws(StoreError) -> ClosedRange<CalendarDate> {
        let from = try stored("attendance_referrals.period_from", round.periodFrom, CalendarDate.init(iso:))
        let to = try stored("attendance_referrals.period_to", round.periodTo, CalendarDate.init(iso:))
        guard from <= to else { throw .unreadableStored(field: "attendance_referrals.period_to", value: round.periodTo) }
        return from...to
    }
}
