import ArgumentParser
import Concord
import ConcordStore
import Foundation

/// `concord ledger`: the node's verifiable log.
struct LedgerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ledger",
        abstract: "The node's verifiable log: its verifier key, and verification of any Concord log.",
        subcommands: [Key.self, Verify.self]
    )

    struct Key: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the log's verifier key (name+hex(keyid)+base64(0x01‖pub)), alone on the last line.",
            discussion: "The key is created on first use; give it to members and auditors.\n\nExample:\n  concord ledger key --data /var/lib/concord"
        )
        @OptionGroup var node: NodeOptions
        @Option(help: "The log's origin, when the key does not exist yet (default: derived from the host name).") var origin: String?

        func run() async throws {
            let node = try self.node.openNode()
            let key = try await running { () async throws(ConcordError) in try await NodeLedgerKey.open(node: node, origin: origin) }
            print("verifier key of the log '\(key.origin)':")
            print(key.verifierKey)
        }
    }
}
