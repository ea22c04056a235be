import ArgumentParser
import Concord
import ConcordStore
import Foundation
import STIX

/// `concord import`: validates STIX files and stores their objects in a collection.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Validate STIX 2.1 files and store their objects in a collection.",
        discussion: """
            Every valid object is stored, even when others in the same file are not; each \
            rejected object is named with its reason (FILE: OBJECT-ID: /json/pointer: message).

            On a terminal a progress bar shows objects, objects/s and the time left; otherwise \
            one summary line per file is printed.

            Exit 0 when everything was stored, 1 when anything was rejected, 2 when a file, \
            the collection or the organization cannot be used.

            Example:
              concord import feed.json --collection 5f0c7c1e-2b8f-4a44-9d3e-0d7c9f7a1b22 --as water-utility
            """
    )

    @OptionGroup var node: NodeOptions
    @Option(help: "The id of the collection to store into.") var collection: String
    @Option(name: .customLong("as"), help: "The organization contributing the objects.") var organization: String
    @Argument(help: "Files to import (bundle, JSON array, object or JSON Lines); - reads standard input.") var files: [String]

    func run() async throws {
        guard let collectionID = UUID(uuidString: collection) else {
            throw CLIFailure.input("'\(collection)' is not a collection id (a UUID); see 'concord collection list'")
        }
        let node = try self.node.openNode()
        let administration = node.administration
        let target = try await running { () async throws(ConcordError) in try await administration.collection(id: collectionID) }
        let contributor = try await running { () async throws(ConcordError) in try await administration.organization(named: organization) }
        let ingestor = Ingestor(store: node.store, collection: target, contributor: contributor)
        var rejected = 0
        for file in files {
            rejected += try await importFile(file, with: ingestor)
        }
        if rejected > 0 { throw ExitCode(1) }
    }

    /// Imports one file and returns how many objects (or whole documents) were rejected.
    private func importFile(_ file: String, with ingestor: Ingestor) async throws -> Int {
        var reader: STIXInputReader
        switch try InputFile.reader(file) {
        case .success(let opened):
            reader = opened
        case .failure(let error):
            print("\(file): \(error.description); nothing imported from it")
            return 1
        }
        let display = ImportProgressDisplay(file: file)
        let summary = try await ingestor.ingest(&reader, onResult: { result in
            for line in Self.rejectionLines(for: result, file: file) {
                display.clearLine()
                print(line)
            }
        }, onProgress: display.update)
        display.finish(summary)
        return summary.rejected
    }

    /// The lines naming why an object was refused; none when it was accepted.
    static func rejectionLines(for result: IngestResult, file: String) -> [String] {
        let reference = result.objectID ?? "object #\(result.index)"
        switch result.outcome {
        case .stored, .unchanged:
            return []
        case .conflict(let reason):
            return ["\(file): \(reference): (object): \(reason)"]
        case .invalid(let findings):
            return findings.filter { $0.severity == .error }.map { $0.line(file: file) }
        }
    }
}
