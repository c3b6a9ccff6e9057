import Vapor

/// A method no route answers, on an API address some route does answer, is 405 with the methods
/// that are (`Allow`), as HTTP and the API document say, not 404 "no such address".
struct MethodNotAllowedMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch let error as RouteNotFound where request.isMachineInterface {
            var allowed = Self.methods(answering: request.url.path, in: request.application.routes)
            guard !allowed.isEmpty else { throw error }
            if allowed.contains("GET") { allowed.insert("HEAD") }
            let names = allowed.sorted().joined(separator: ", ")
            throw Abort(.methodNotAllowed, headers: ["Allow": names], reason: "\(request.method.rawValue) is not answered at this address; it answers \(names).")
        }
    }

    /// The methods of the routes whose path matches `path` (constants equal, parameters anything).
    static func methods(answering path: String, in routes: Routes) -> Set<String> {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        return Set(routes.all.filter { route in
            route.path.count == parts.count && zip(route.path, parts).allSatisfy { component, part in
                switch component {
                case .constant(let text): text == part
                case .parameter, .anything, .catchall: true
                }
            }
        }.map(\.method.rawValue))
    }
}
