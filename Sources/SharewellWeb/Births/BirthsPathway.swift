import Foundation
import SharewellCore
import SharewellStore
import Vapor

/// Live births to children's centres (issue 18) in the web application.
struct BirthsPathway: WebPathway {
    func routes(_ app: Application) {
        app.get("births", "send", use: BirthsSendPage.show)
        app.on(.POST, "births", "send", body: .collect(maxSize: UploadLimit.maximum), use: BirthsSendPage.upload)
        app.grouped("api", "v1").on(.POST, "births", body: .stream, use: BirthsSendPage.api)
        app.on(.POST, "fhir", "Bundle", body: .stream, use: BirthBundleEndpoint.receive)
        app.get("births", "catchments", use: CatchmentsPage.show)
        app.post("births", "catchments", ":code", use: CatchmentsPage.save)
        app.get("births", use: BirthsListPage.show)
        app.get("births", "digest", use: BirthsDigestPage.show)
        app.get("births", "teams", use: CentreTeamsPage.show)
        app.post("births", "teams", ":code", use: CentreTeamsPage.save)
        app.get("births", "families", use: TeamFamiliesPage.list)
        app.get("births", "families", ":id", use: TeamFamiliesPage.show)
        app.post("births", "families", ":id", "notes", use: TeamFamiliesPage.share)
        app.post("births", "families", ":id", "withdraw", use: TeamFamiliesPage.withdraw)
        app.get("births", "referrals", use: FamilyReferralPages.list)
        app.get("births", "referrals", "new", use: FamilyReferralPages.new)
        app.post("births", "referrals", use: FamilyReferralPages.refer)
        app.get("births", "referrals", ":id", use: FamilyReferralPages.show)
        app.post("births", "referrals", ":id", "contact", use: FamilyReferralPages.recordContact)
        app.get("births", ":id", use: BirthPage.show)
        app.post("births", ":id", "welcome", use: BirthPage.recordWelcome)
        app.post("births", ":id", "registration", use: BirthPage.recordRegistration)
        app.post("births", ":id", "resolve", use: BirthPage.resolve)
    }

    var sections: [Layout.Section] {
        [Layout.Section(title: "Send births", path: "/births/send", permission: .decideSharing, kinds: OrganisationKind.birthSenders),
         Layout.Section(title: "Births", path: "/births", permission: .viewIdentifiableRecords, kinds: [.childrensCentre, .earlyYears]),
         Layout.Section(title: "Catchments", path: "/births/catchments", permission: .decideSharing, kinds: [.earlyYears]),
         Layout.Section(title: "Centre teams", path: CentreTeamsPage.path, permission: .decideSharing, kinds: [.earlyYears]),
         Layout.Section(title: "Family teams", path: TeamFamiliesPage.path, permission: .viewIdentifiableRecords, kinds: Set([.childrensCentre] + FamilyTeam.memberKinds)),
         Layout.Section(title: "Referrals", path: FamilyReferralPages.path, permission: .viewIdentifiableRecords, kinds: [.healthVisiting, .childrensCentre, .earlyYears])]
    }

    var uploads: [String: @Sendable (ActingUser) -> Bool] {
        ["/births/send": { BirthsSendPage.isSender($0) }]
    }

    func workWaiting(for user: ActingUser, store: Store, at date: Date) async throws -> [WorkWaiting] {
        guard BirthsListPage.isListHolder(user) else { return [] }
        let count = try await store.birthsAwaitingWelcome(for: user)
        return [WorkWaiting(count: count, one: "new family waits for a welcome contact", many: "new families wait for a welcome contact", path: "/births")]
            .filter { $0.count > 0 }
    }
}
