import ArgumentParser
import Concord
import ConcordStore
import Foundation
import Ledger

/// `concord witness`: witnessing other logs, and asking witnesses to cosign this one.
struct WitnessCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "witness",
        abstract: "Witness other Concord logs, and have witnesses cosign this node's log.",
        subcommands: [Key.self, Trust.self, Add.self]
    )

    struct Key: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print this node's witness verifier key (type 0x04, cosignature/v1), alone on the last line.",
            discussion: "Example:\n  concord witness key --data /var/lib/concord-witness"
        )
        @OptionGroup var node: NodeOptions

        func run() async throws {
            let node = try self.node.openNode()
            let key = try NodeWitnessKey.loadOrCreate(dataDirectory: node.dataDirectory, name: NodeWitnessKey.defaultName)
            print("witness verifier key of this node:")
            print(key.verifierKey)
        }
    }

    struct Trust: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Witness the log with this verifier key (as printed by 'concord ledger key' on that node).",
            discussion: "Example:\n  concord witness trust 'hub.example/concord+1a2b3c4d+AQ…'"
        )
        @OptionGroup var node: NodeOptions
        @Argument(help: "The log's verifier key.") var verifierKey: String

        func run() async throws {
            guard let key = try? NoteVerifierKey(parsing: verifierKey), key.type == .ed25519 else {
                throw CLIFailure.input("'\(verifierKey)' is not an Ed25519 log verifier key (name+keyid+base64)")
            }
            let node = try self.node.openNode()
            try await node.store.trustLog(origin: key.keyName, verifierKey: verifierKey)
            print("now witnessing the log '\(key.keyName)'")
        }
    }

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Ask a witness to cosign this node's checkpoints.",
            discussion: "Example:\n  concord witness add http://witness.example:8080/witness --key 'witness.example/concord-witness+…'"
        )
        @OptionGroup var node: NodeOptions
        @Argument(help: "The witness's submission prefix, e.g. http://host:port/witness") var url: String
        @Option(help: "The witness's verifier key (type 0x04).") var key: String

        func run() async throws {
            guard let parsed = try? NoteVerifierKey(parsing: key), parsed.type == .cosignatureV1 else {
                throw CLIFailure.input("'\(key)' is not a cosignature/v1 witness key (see 'concord witness key' on the witness)")
            }
            guard URL(string: url)?.scheme?.hasPrefix("http") == true else { throw CLIFailure.input("'\(url)' is not an http(s) URL") }
            let node = try self.node.openNode()
            try await node.store.addWitness(url: url, verifierKey: key)
            print("checkpoints will be sent to \(url) for cosigning")
        }
    }
}
