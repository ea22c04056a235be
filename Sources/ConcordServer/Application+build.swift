import Concord
import ConcordStore
import Foundation
import Hummingbird
import Logging
import Prometheus
import STIX
import ServiceLifecycle

/// Builds the Concord HTTP application: TAXII 2.1, the admin API and
/// `/metrics`, over an opened node. `concord serve` and the tests both call it.
///
/// ```swift
/// let node = try ConcordNode.open(dataDirectory: directory)
/// let app = try await buildApplication(configuration: .init(port: 8080), node: node)
/// try await app.runService()
/// ```
public func buildApplication(
    configuration: ServerConfiguration, node: ConcordNode, ledgerKey: NodeLedgerKey? = nil,
    metrics: ConcordMetrics = ConcordMetrics(), logger: Logger = Logger(label: "concord"),
    onServerRunning: @escaping @Sendable (_ address: String) -> Void = { _ in }
) async throws -> some ApplicationProtocol {
    let router = buildRouter(configuration: configuration, node: node, metrics: metrics)
    var services: [any Service] = []
    if let ledgerKey {
        services.append(SequencerService(sequencer: LedgerSequencer(store: node.store, key: ledgerKey), metrics: metrics, logger: logger))
    }
    return Application(
        router: router,
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "Concord"),
        services: services,
        onServerRunning: { channel in
            let port = channel.localAddress?.port ?? configuration.port
            onServerRunning("\(configuration.host):\(port)")
        },
        logger: logger
    )
}

/// The routes and middleware, without a server: used by ``buildApplication(configuration:node:metrics:logger:)``.
public func buildRouter(configuration: ServerConfiguration, node: ConcordNode, metrics: ConcordMetrics) -> Router<ConcordRequestContext> {
    let exchange = Exchange(store: node.store, maximumPageSize: configuration.maximumPageSize)
    let router = Router(context: ConcordRequestContext.self)
    router.addMiddleware {
        RequestMetricsMiddleware(metrics: metrics)
        TAXIIErrorMiddleware()
        AuthenticationMiddleware(administration: node.administration)
    }
    router.addRoutes(DiscoveryController(configuration: configuration).endpoints)
    let apiRoot = String(ServerConfiguration.apiRootPath.dropLast())
    router.addRoutes(CollectionsController(exchange: exchange).endpoints, atPath: RouterPath(apiRoot))
    router.addRoutes(ObjectsController(exchange: exchange, configuration: configuration, metrics: metrics).endpoints, atPath: RouterPath(apiRoot))
    router.addRoutes(StatusController(exchange: exchange).endpoints, atPath: RouterPath(apiRoot))
    router.addRoutes(AdminController(administration: node.administration).endpoints, atPath: "/admin")
    router.addRoutes(MetricsController(metrics: metrics).endpoints)
    router.addRoutes(LedgerController(store: node.store, exchange: exchange).endpoints, atPath: "/ledger")
    if let witnessKey = try? NodeWitnessKey.loadOrCreate(dataDirectory: node.dataDirectory, name: NodeWitnessKey.defaultName) {
        router.addRoutes(WitnessController(witness: Witness(store: node.store, key: witnessKey)).endpoints, atPath: "/witness")
    }
    return router
}
