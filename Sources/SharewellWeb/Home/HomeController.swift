import SharewellCore
import SharewellStore
import Vapor

enum HomeController {
    @Sendable static func show(req: Request) async throws -> Response {
        let entries = try await req.store.directory()
        let counts = Dictionary(grouping: entries, by: \.kind).map { (kind: $0.key, count: $0.value.count) }.sorted { $0.kind < $1.kind }
        var model = HomePage.Model(counts: counts)
        if let user = req.auth.get(ActingUser.self) {
            model.reminders = try await req.store.agreementReminders(for: user, on: CalendarDate(inEngland: req.now))
            model.awaitingApproval = try await req.store.pendingAccess(for: user).filter(\.approvable).count
            for pathway in WebPathways.all { model.work += try await pathway.workWaiting(for: user, store: req.store, at: req.now) }
        }
        return HomePage.view(model, context: req.pageContext).response()
    }
}
