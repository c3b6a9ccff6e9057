import FluentKit
import Foundation
import SharewellCore

/// How long a practice keeps its own record of a pupil it was sent: its review, letter and calls.
public struct ReviewRetention: Sendable, Equatable {
    /// Months from the review (or from receipt, if never reviewed); `nil` until the practice sets it,
    /// and until then nothing of its own record is destroyed.
    public var months: Int?
    public var setBy: String?
    public var setAt: Date?

    /// At least a month (a review must outlive its calls); at most a century.
    public static let allowedMonths = 1...1_200
}

final class ReviewRetentionModel: Model, @unchecked Sendable {
    static let schema = "review_retention"
    @ID(key: .id) var id: UUID?
    @Parent(key: "practice_id") var practice: OrganisationModel
    @Field(key: "months") var months: Int
    @Field(key: "set_by") var setBy: String
    @Field(key: "set_at") var setAt: Date
    init() {}
}

extension Store {
    /// The practice's review retention, for its information-governance lead.
    public func reviewRetention(for actor: ActingUser) async throws -> ReviewRetention {
        let practiceID = try Self.reviewRetentionOwner(actor)
        guard let row = try await ReviewRetentionModel.query(on: db).filter(\.$practice.$id == practiceID).first() else { return ReviewRetention() }
        return ReviewRetention(months: row.months, setBy: row.setBy, setAt: row.setAt)
    }

    /// Sets how long the practice keeps its own record of each pupil, as typed ("24"); a number
    /// outside `ReviewRetention.allowedMonths` is refused naming the field, and nothing changes.
    /// A retention that would destroy records at once (the next hourly run takes them) is refused
    /// with how many, unless `destroying` confirms that count: a slip of "2" for "24" must not
    /// silently empty the practice's records. The count confirmed must be the count now, so records
    /// that aged past the cut-off since the lead was asked are asked about again.
    public func setReviewRetention(months typed: String, destroying confirmed: Int? = nil, by actor: ActingUser, at date: Date) async throws -> Int {
        let practiceID = try Self.reviewRetentionOwner(actor)
        let trimmed = typed.trimmingCharacters(in: .whitespaces)
        guard trimmed.count <= 4, trimmed.allSatisfy({ $0.isASCII && $0.isNumber }), let months = Int(trimmed), ReviewRetention.allowedMonths.contains(months) else {
            throw StoreError.invalidFields([.init(field: "months", message: "Enter the number of months, from \(ReviewRetention.allowedMonths.lowerBound) to \(ReviewRetention.allowedMonths.upperBound)")])
        }
        let cutoff = Self.reviewCutoff(months: months, at: date)
        let destroyed = try await Self.expired(AttendanceReferralModel.held(by: actor, on: db), before: cutoff.startOfDayInEngland).count()
        if destroyed > 0, confirmed != destroyed { throw StoreError.retentionWouldDestroy(records: destroyed, before: cutoff) }
        try await auditedTransaction { tx in
            let row = try await ReviewRetentionModel.query(on: tx).filter(\.$practice.$id == practiceID).first() ?? ReviewRetentionModel()
            row.$practice.id = practiceID; row.months = months
            row.setBy = "\(actor.displayName), \(actor.organisationCode)"; row.setAt = date
            try await row.save(on: tx)
            try await AuditLog.append(.init(action: .reviewRetentionSet, subject: "organisation:\(actor.organisationCode)", purpose: Self.liaisonPurpose,
                                            detail: "\(months) months"), by: actor, at: date, on: tx)
        }
        return months
    }

    /// The day before which a review (or, never reviewed, a receipt) is past `months`.
    static func reviewCutoff(months: Int, at date: Date) -> CalendarDate {
        CalendarDate(inEngland: date).adding(months: -months)
    }

    /// Of `rows`, the records past a retention's cut-off: reviewed before it, or never reviewed and
    /// received before it. One rule for what is destroyed and what a lead is asked to confirm.
    static func expired(_ rows: QueryBuilder<AttendanceReferralModel>, before cutoff: Date) -> QueryBuilder<AttendanceReferralModel> {
        rows.group(.or) { $0.filter(\.$reviewedAt < cutoff).group(.and) { $0.filter(\.$reviewedAt == nil).filter(\.$receivedAt < cutoff) } }
    }

    private static func reviewRetentionOwner(_ actor: ActingUser) throws -> UUID {
        guard actor.organisationKind == .gpPractice, actor.may(.manageAgreements), let id = actor.organisationID else { throw StoreError.notAPractice }
        return id
    }
}
