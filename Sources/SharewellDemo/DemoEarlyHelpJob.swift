import Foundation
import SharewellCore
import SharewellStore

/// The demo's early help work that waits on matching (issue 16): the practice's patient list
/// matched, as the council worker would by pressing "Match", then the case discussion a week on,
/// whose shortlist is sent as the practice's own patient numbers and so needs the matching's
/// links. Matching takes seconds in a debug build, so `serve --demo` queues it and answers at
/// once; the server's worker runs it as the council worker.
public enum DemoEarlyHelpJob: JobKind {
    public struct Payload: Codable, Sendable, Equatable {
        /// The patient list the council received.
        public let extract: UUID
        /// The day the demo was staged: the case discussion is a week after it.
        public let stagedOn: CalendarDate
    }

    public static let name = JobKindName("demo-early-help")
    public static let title = "Matching the demo practice's patient list"
    public static let permission: Permission? = .viewIdentifiableRecords
    public static let maxAttempts = 3

    /// Safe to repeat: the matching reports what an earlier run did, and the discussion is scheduled once.
    public static func run(_ payload: Payload, _ context: JobContext) async throws -> MatchingSummary {
        let summary = try await MatchPatientListJob.run(.init(extract: payload.extract), context)
        if try await context.store.caseDiscussions(for: context.actor).isEmpty {
            _ = try await context.store.scheduleCaseDiscussion(StratificationChoice(asOf: payload.stagedOn), with: DemoScenario.practice,
                                                               on: payload.stagedOn.advanced(by: 7), place: "Secure room at the practice",
                                                               by: context.actor, at: context.now).get()
        }
        return summary
    }

    public static func describe(_ summary: MatchingSummary) -> String {
        MatchPatientListJob.describe(summary) + " A case discussion with the practice is in the diary."
    }
}

extension JobKinds {
    /// Sharewell's kinds and the demo's: a worker that knows these runs a demo database's staging
    /// too (a database that is not a demo never holds a demo job).
    public static let withDemo = JobKinds.sharewell.adding([DemoEarlyHelpJob.self])
}
