import FluentKit
import Foundation
import SharewellCore

/// What waits for the people of early help data matching: counts only, so the home page shows them
/// without a view to audit.
public struct EarlyHelpWork: Sendable, Equatable {
    /// Patient lists the council received and has not matched.
    public var listsToMatch = 0
    /// Pairs the matching could not decide, waiting for a person.
    public var pairsToReview = 0
    /// Case discussions from today on that the actor's organisation is part of.
    public var meetingsAhead = 0
}

extension Store {
    public func earlyHelpWork(for actor: ActingUser, on day: CalendarDate) async throws -> EarlyHelpWork {
        guard actor.may(.viewIdentifiableRecords), let organisationID = actor.organisationID else { return EarlyHelpWork() }
        var work = EarlyHelpWork()
        if actor.organisationKind == .earlyHelp {
            let received = EarlyHelpExtractModel.query(on: db).filter(\.$recipient.$id == organisationID).filter(\.$kind == ExtractKind.patientList.rawValue)
            let unmatched = try await received.filter(\.$matchedAt == nil).all()
            for extract in unmatched {
                let id = try extract.requireID()
                if try await EarlyHelpLinkModel.query(on: db).filter(\.$extract.$id == id).count() == 0 { work.listsToMatch += 1 }
            }
            work.pairsToReview = try await EarlyHelpLinkReviewModel.query(on: db).join(parent: \.$extract)
                .filter(EarlyHelpExtractModel.self, \.$recipient.$id == organisationID).count()
        }
        work.meetingsAhead = try await meetingsVisible(to: actor).filter { ($0.heldOn) >= day.description }.count
        return work
    }
}
