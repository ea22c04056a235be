import Concord
import ConcordStore
import Foundation
import Hummingbird
import Logging
import Prometheus
import STIX

/// Records every request's route, status and latency in ``ConcordMetrics``.
public struct RequestMetricsMiddleware: RouterMiddleware {
    public typealias Context = ConcordRequestContext
    let metrics: ConcordMetrics

    public init(metrics: ConcordMetrics) {
        self.metrics = metrics
    }

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        let response = try await next(request, context)
        let route = context.endpointPath ?? "unmatched"
        metrics.recordRequest(method: request.method.rawValue, route: route, status: response.status.code, duration: ContinuousClock.now - start)
        return response
    }
}
