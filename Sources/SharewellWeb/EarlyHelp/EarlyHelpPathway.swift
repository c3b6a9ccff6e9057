import Foundation
import SharewellCore
import SharewellStore
import Vapor

/// Early help data matching and risk stratification (seed 002) in the web application.
struct EarlyHelpPathway: WebPathway {
    func routes(_ app: Application) {
        app.get("early-help", use: EarlyHelpPage.show)
        app.get("early-help", "notice", use: PracticeEarlyHelpPages.notice)
        app.get("early-help", "opt-outs", use: PracticeEarlyHelpPages.optOuts)
        app.post("early-help", "opt-outs", use: PracticeEarlyHelpPages.recordOptOuts)
        app.post("early-help", "patient-list", use: PracticeEarlyHelpPages.sendPatientList)
        app.post("early-help", "extracts", ":id", "match", use: CouncilMatchingPages.match)
        app.get("early-help", "review", use: CouncilMatchingPages.review)
        app.post("early-help", "review", ":id", use: CouncilMatchingPages.decide)
        app.get("early-help", "demand-codes", use: DemandCodesPage.show)
        app.post("early-help", "demand-codes", "meanings", use: DemandCodesPage.saveMeaning)
        app.on(.POST, "early-help", "demand-codes", body: .collect(maxSize: UploadLimit.maximum), use: DemandCodesPage.send)
        app.get("early-help", "indicators", use: IndicatorsPage.show)
        app.on(.POST, "early-help", "indicators", body: .collect(maxSize: UploadLimit.maximum), use: IndicatorsPage.upload)
        app.post("early-help", "institutions", use: IndicatorsPage.markInstitution)
        app.get("early-help", "stratify", use: StratifyPage.show)
        app.post("early-help", "stratify", use: StratifyPage.run)
        app.get("early-help", "stratify", "runs", ":id", use: StratifyPage.result)
        app.get("early-help", "shortlist", use: CaseDiscussionPages.shortlist)
        app.post("early-help", "meetings", use: CaseDiscussionPages.schedule)
        app.get("early-help", "meetings", use: CaseDiscussionPages.meetings)
        app.get("early-help", "meetings", ":id", use: CaseDiscussionPages.meeting)
        app.get("early-help", "meetings", ":id", "cases", ":case", use: CaseRecordPage.show)
        app.post("early-help", "meetings", ":id", "cases", ":case", use: CaseRecordPage.record)
    }

    var sections: [Layout.Section] {
        [Layout.Section(title: "Early help", path: "/early-help", permission: .viewIdentifiableRecords, kinds: [.gpPractice, .earlyHelp]),
         Layout.Section(title: "Stratification", path: "/early-help/stratify", permission: .viewPseudonymisedData, kinds: [.earlyHelp])]
    }

    var uploads: [String: @Sendable (ActingUser) -> Bool] {
        ["/early-help/demand-codes": { $0.may(.decideSharing) && $0.organisationKind == .gpPractice },
         "/early-help/indicators": { $0.may(.viewIdentifiableRecords) && $0.organisationKind == .earlyHelp }]
    }

    func workWaiting(for user: ActingUser, store: Store, at date: Date) async throws -> [WorkWaiting] {
        let work = try await store.earlyHelpWork(for: user, on: CalendarDate(inEngland: date))
        return [WorkWaiting(count: work.listsToMatch, one: "patient list waits to be matched", many: "patient lists wait to be matched", path: "/early-help"),
                WorkWaiting(count: work.pairsToReview, one: "possible match waits for your decision", many: "possible matches wait for your decision", path: "/early-help/review"),
                WorkWaiting(count: work.meetingsAhead, one: "case discussion is coming up", many: "case discussions are coming up", path: "/early-help/meetings")]
            .filter { $0.count > 0 }
    }
}
