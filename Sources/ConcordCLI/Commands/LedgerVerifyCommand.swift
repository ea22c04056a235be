import ArgumentParser
import Concord
import Foundation

extension LedgerCommand {
    /// `concord ledger verify`: checks a Concord log from outside.
    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Verify a Concord log with nothing but its public key.",
            discussion: """
                Checks the checkpoint signature and the witness quorum, and consistency with the last verified \
                checkpoint (--state, updated only after success). --full rebuilds the tree from the entries and tiles. \
                --collection (with --token) checks that every object version you can read is in the log and matches \
                its commitment.

                Exit 0 verified, 1 verification failed (saying what and where), 2 could not run.

                Example:
                  concord ledger verify --url http://127.0.0.1:8080 --key 'hub.example/concord+1a2b3c4d+AQ…' --state hub.state --full
                """
        )
        @Option(help: "The node's base URL.") var url: String
        @Option(help: "The log's verifier key.") var key: String
        @Option(help: "A witness verifier key (repeatable).") var witness: [String] = []
        @Option(help: "How many of the witnesses must have cosigned.") var quorum = 0
        @Option(help: "A file keeping the last verified checkpoint.") var state: String?
        @Flag(help: "Rebuild the whole tree from entries and tiles.") var full = false
        @Option(help: "A token, to check a collection's objects.") var token: String?
        @Option(help: "A collection id: check every object version you can read is in the log.") var collection: String?

        func run() async throws {
            guard let base = URL(string: url.hasSuffix("/") ? url : url + "/") else { throw CLIFailure.input("'\(url)' is not a URL") }
            var options = LedgerVerifier.Options(baseURL: base, logKey: key)
            options.witnessKeys = witness
            options.quorum = quorum
            options.stateFile = state.map { URL(fileURLWithPath: $0) }
            options.full = full
            options.token = token
            options.collection = collection
            do {
                for line in try await LedgerVerifier(options: options).verify() { print(line) }
                print("verified")
            } catch let failure as LedgerVerifier.Failure {
                throw CLIFailure.negative("verification failed: \(failure.description)")
            } catch {
                throw CLIFailure.input("could not verify: \(error)")
            }
        }
    }
}
