import Concord
import ConcordStore
import Foundation
import STIX
import Testing

/// `kill -9` in the middle of an import leaves a store that opens, holds only
/// whole objects from whole batches, and takes the rest on a second run.
@Suite("Crash safety")
struct CrashSafetyTests {
    static let total = 200_000

    @Test func killDuringImportLosesNothingAcknowledged() async throws {
        let cli = try CLIRunner()
        try cli.run(["org", "create", "water-utility"])
        let collection = try cli.run(["collection", "create", "IOCs", "--write", "water-utility"]).lastLine
        let path = try cli.file(named: "big.jsonl", (0..<Self.total).map { Fixtures.indicator($0) }.joined(separator: "\n"))

        let process = Process()
        process.executableURL = CLIRunner.executable
        process.arguments = ["import", path, "--collection", collection, "--as", "water-utility", "--data", cli.dataDirectory.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let collectionUUID = try #require(UUID(uuidString: collection))
        try await Self.waitForFirstCommit(in: cli.dataDirectory, collectionID: collectionUUID)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)

        let collectionID = try #require(UUID(uuidString: collection))
        let survivors = try await Self.checkWholeObjects(in: cli.dataDirectory, collectionID: collectionID)
        #expect(survivors > 0 && survivors < Self.total, "the kill should land mid-import; \(survivors) of \(Self.total) stored")
        #expect(survivors % 2_000 == 0, "only whole batches are committed")

        let rerun = try cli.run(["import", path, "--collection", collection, "--as", "water-utility"])
        #expect(rerun.exitCode == 0)
        #expect(rerun.standardError.contains("\(Self.total - survivors) stored, \(survivors) unchanged, 0 rejected"))
    }

    /// Waits until the import has committed at least one batch, reading the
    /// store from this process as another reader would.
    static func waitForFirstCommit(in directory: URL, collectionID: UUID) async throws {
        let node = try ConcordNode.open(dataDirectory: directory)
        for _ in 0..<3_000 {
            if try await node.store.countObjectVersions(collectionID: collectionID) > 0 { return }
            try await Task.sleep(for: .milliseconds(10))
        }
    }

    /// Opens the store after the crash and checks that every stored version is
    /// a whole, canonical object; returns how many there are.
    static func checkWholeObjects(in directory: URL, collectionID: UUID) async throws -> Int {
        let node = try ConcordNode.open(dataDirectory: directory)
        let count = try await node.store.countObjectVersions(collectionID: collectionID)
        for n in stride(from: 0, to: count, by: 997) {
            let id = String(format: "indicator--8e2e2d2b-17d4-4cbf-938f-%012x", n)
            let versions = try await node.store.objectVersions(collectionID: collectionID, objectID: id)
            let body = try #require(versions.first?.body, "object \(n) of the first \(count) is missing")
            let expected = CanonicalJSON.encode(try JSONParser.parse(Fixtures.indicator(n)))
            #expect(body == expected)
        }
        return count
    }
}
