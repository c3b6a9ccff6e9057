import FluentKit
import Foundation
import SharewellCore

/// Pupils a practice received from a school, as the subjects of its answer: the practice may tell
/// the school only that it reviewed the pupil and contacted the family.
struct ReviewOutcomeSource: SharingSource {
    func subjects(_ request: SharingRequest, for actor: ActingUser, on database: any Database) async throws -> [SharingSubject]? {
        guard actor.may(.viewIdentifiableRecords), request.items == [.reviewOutcome] else { return nil }
        let rows = try await AttendanceReferralModel.held(by: actor, on: database).filter(\.$id ~~ request.subjects).all()
        guard rows.count == Set(request.subjects).count else { return nil }
        return try rows.map { row in
            guard let pupil = row.subjectID else { throw StoreError.unknownPerson }
            return SharingSubject(id: try row.requireID(), person: pupil, items: [.reviewOutcome: "Reviewed, family contacted"])
        }
    }
}

extension AttendanceReferralModel: Delivered, SentCopy {
    static var holder: FieldKey { "practice_id" }
    static var sender: FieldKey { "school_code" }
}
extension AttendanceMeasureModel: Delivered {}
extension AttendanceLiaisonModel: Delivered, Held { static var holder: FieldKey { "school_id" } }
extension IllnessReferralModel: Delivered, SentCopy {
    static var holder: FieldKey { "team_id" }
    static var sender: FieldKey { "school_code" }
}
extension AttendanceSummaryModel: Held { static var holder: FieldKey { "school_id" } }
