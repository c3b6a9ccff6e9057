import Vapor

/// Logs each request's method and path, as Vapor's route logging does, but never a secret that
/// travels in a path: a one-time link's secret is written as `…`.
struct RequestLogMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        request.logger.info("\(request.method) \(Self.loggable(request.url.path))")
        return try await next.respond(to: request)
    }

    static func loggable(_ path: String) -> String {
        path.hasPrefix("/activate/") ? "/activate/…" : path
    }
}
