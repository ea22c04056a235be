import ArgumentParser
import Concord
import ConcordServer
import ConcordStore
import Foundation
import Hummingbird
import Logging

/// `concord serve`: runs the TAXII 2.1 hub.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the hub: TAXII 2.1, the admin API and /metrics, over the embedded SQLite store.",
        discussion: """
            On first start with an empty data directory an 'admin' organization and token are created \
            and the token is printed once, with the discovery URL. --demo also seeds a small community \
            (a city CERT, a water utility, a transit operator, a hospital and a power-grid operator) with \
            collections and a few hundred objects at every TLP level, and prints a token for each.

            SIGINT or SIGTERM stop the hub gracefully: it stops accepting, finishes requests in flight \
            and closes the store.

            Example:
              concord serve --demo
              concord serve --data /var/lib/concord --host 0.0.0.0 --port 8443
            """
    )

    @OptionGroup var node: NodeOptions
    @Option(help: "Address to listen on.") var host = ProcessInfo.processInfo.environment["CONCORD_HOST"] ?? "127.0.0.1"
    @Option(help: "Port to listen on (0 picks a free one).") var port = Int(ProcessInfo.processInfo.environment["CONCORD_PORT"] ?? "") ?? 8080
    @Flag(help: "Seed a demo community and print a token for each of its organizations.") var demo = false
    @Option(help: "Largest accepted request body, in bytes (TAXII max_content_length).") var maxContentLength = 32 * 1024 * 1024
    @Option(help: "Log level: trace, debug, info, notice, warning, error or critical.") var logLevel = "info"
    @Option(help: "The ledger's origin (its name in checkpoints), fixed at first start; default: derived from the host name.")
    var origin: String?

    func run() async throws {
        guard let level = Logger.Level(rawValue: logLevel) else { throw CLIFailure.input("unknown log level '\(logLevel)'") }
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        let node = try self.node.openNode()
        let ledgerKey = try await running { () async throws(ConcordError) in
            try await NodeLedgerKey.open(node: node, origin: origin)
        }
        var banner = try await StartupBanner.prepare(node: node, demo: demo)
        banner.ledgerKey = ledgerKey.verifierKey
        let configuration = ServerConfiguration(host: host, port: port, maxContentLength: maxContentLength)
        let app = try await buildApplication(configuration: configuration, node: node, ledgerKey: ledgerKey, onServerRunning: { [banner] address in
            banner.print(baseURL: "http://\(address)")
        })
        try await app.runService()
    }
}
