import Metrics
import Prometheus
import Vapor

/// Liveness for load balancers and counters for Prometheus.
enum HealthController {
    /// 200 when the database answers, 503 when it does not.
    @Sendable static func healthz(req: Request) async throws -> Response {
        let reachable = await req.store.isReachable()
        let response = try await HealthStatus(status: reachable ? "ok" : "unavailable", database: reachable ? "ok" : "unreachable").encodeResponse(for: req)
        response.status = reachable ? .ok : .serviceUnavailable
        return response
    }

    /// The Prometheus text format of every metric the process has recorded (Vapor's request counters
    /// and timers among them), for an API token with the `metrics:read` scope only: the figures say
    /// what the service is doing and when, which is nobody else's business.
    @Sendable static func metrics(req: Request) async throws -> Response {
        guard let bearer = req.headers.bearerAuthorization, let client = try await req.store.apiClient(token: bearer.token, at: req.now) else {
            throw Abort(.unauthorized, headers: ["WWW-Authenticate": "Bearer"], reason: "Metrics need an API token with the metrics:read scope.")
        }
        guard client.may(.readMetrics) else { throw Abort(.forbidden, reason: "This API token lacks the metrics:read scope.") }
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "text", subType: "plain", parameters: ["version": "0.0.4", "charset": "utf-8"])
        return Response(status: .ok, headers: headers, body: .init(string: MetricsRegistry.shared.emitToString()))
    }
}

struct HealthStatus: Content { var status: String; var database: String }

/// The process's one Prometheus registry. `MetricsSystem.bootstrap` may run only once per
/// process, and several test applications share a process: a `static let` runs it once.
enum MetricsRegistry {
    static let shared: PrometheusCollectorRegistry = {
        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
        return registry
    }()
}
