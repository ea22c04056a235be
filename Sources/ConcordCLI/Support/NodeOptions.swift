import ArgumentParser
import Concord
import Foundation

/// `--data DIR`, shared by every verb that opens the node.
struct NodeOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Data directory (default: $CONCORD_DATA, else ./concord-data).", valueName: "dir"))
    var data: String?

    /// The data directory: the flag, then `CONCORD_DATA`, then `./concord-data`.
    var dataDirectory: URL {
        let path = data ?? ProcessInfo.processInfo.environment["CONCORD_DATA"] ?? "concord-data"
        return URL(fileURLWithPath: path)
    }

    /// Opens the node, turning failures into input errors (exit 2).
    func openNode() throws(CLIFailure) -> ConcordNode {
        do {
            return try ConcordNode.open(dataDirectory: dataDirectory)
        } catch {
            throw .input(error.description)
        }
    }
}

extension CLIFailure {
    /// The CLI's reading of an exchange error: not-found and bad arguments are input errors.
    init(_ error: ConcordError) {
        self.init(message: error.message, exitCode: 2)
    }
}

/// Runs an exchange call, turning its error into a CLI failure.
func running<T>(_ body: () async throws(ConcordError) -> T) async throws(CLIFailure) -> T {
    do {
        return try await body()
    } catch {
        throw CLIFailure(error)
    }
}
