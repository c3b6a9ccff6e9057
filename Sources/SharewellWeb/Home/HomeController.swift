import SharewellCore
import Vapor

enum HomeController {
    @Sendable static func show(req: Request) async throws -> Response {
        let entries = try await req.store.directory()
        let counts = Dictionary(grouping: entries, by: \.kind).map { (kind: $0.key, count: $0.value.count) }.sorted { $0.kind < $1.kind }
        return HomePage.view(.init(counts: counts), context: req.pageContext).response()
    }
}
