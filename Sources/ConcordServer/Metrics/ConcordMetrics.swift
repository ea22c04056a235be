import Concord
import ConcordStore
import Foundation
import Hummingbird
import Logging
import Prometheus
import STIX

/// The node's Prometheus metrics, in one registry served at `/metrics`.
///
/// Each application owns its registry (no global bootstrap), so tests can
/// run several servers in one process.
public struct ConcordMetrics: Sendable {
    /// Where every metric is registered.
    public let registry: PrometheusCollectorRegistry

    /// Creates the metrics in a fresh registry.
    public init(registry: PrometheusCollectorRegistry = PrometheusCollectorRegistry()) {
        self.registry = registry
    }

    static let latencyBuckets: [Duration] = [
        .microseconds(500), .milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10), .milliseconds(25),
        .milliseconds(50), .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1), .seconds(2.5), .seconds(5),
    ]

    /// Counts a request and records its latency, by route and status.
    func recordRequest(method: String, route: String, status: Int, duration: Duration) {
        let labels = [("method", method), ("route", route), ("status", String(status))]
        registry.makeCounter(descriptor: Self.name("http_requests", unit: "total", help: "HTTP requests by route and status"),
                             labels: labels).increment()
        registry.makeDurationHistogram(descriptor: Self.name("http_request_duration", unit: "seconds", help: "HTTP request latency"),
                                       labels: [("method", method), ("route", route)], buckets: Self.latencyBuckets).record(duration)
    }

    /// Counts objects stored and rejected by a publish.
    func recordPublish(stored: Int, rejected: Int) {
        registry.makeCounter(descriptor: Self.name("objects_stored", unit: "total", help: "Objects stored"), labels: []).increment(by: Int64(stored))
        registry.makeCounter(descriptor: Self.name("objects_rejected", unit: "total", help: "Objects rejected"), labels: []).increment(by: Int64(rejected))
    }

    /// The log size, and how far behind the head each witness's last cosignature is.
    func recordLedger(size: UInt64, witnesses: [WitnessClient.Report]) {
        registry.makeGauge(descriptor: Self.name("ledger_size", unit: "entries", help: "Entries in the published log"), labels: []).set(Double(size))
        for report in witnesses {
            registry.makeGauge(descriptor: Self.name("witness_lag", unit: "entries", help: "Entries since the witness last cosigned"),
                               labels: [("witness", report.url)]).set(Double(size - min(size, report.cosignedSize)))
        }
    }

    static func name(_ metric: String, unit: String, help: String) -> MetricNameDescriptor {
        MetricNameDescriptor(namespace: "concord", metricName: metric, unitName: unit, helpText: help)
    }
}
