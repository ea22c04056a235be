import Concord
import ConcordStore
import Foundation
import Hummingbird
import Logging
import Prometheus
import STIX

/// `/metrics`: the Prometheus text exposition of ``ConcordMetrics``.
public struct MetricsController: Sendable {
    let metrics: ConcordMetrics

    public init(metrics: ConcordMetrics) {
        self.metrics = metrics
    }

    public var endpoints: RouteCollection<ConcordRequestContext> {
        let routes = RouteCollection(context: ConcordRequestContext.self)
        routes.get("/metrics") { _, _ in
            let bytes = metrics.registry.emitToBuffer()
            return Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                            body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
        }
        return routes
    }
}
