import Concord
import ConcordStore
import Foundation
import Testing

@Suite("concord import")
struct ImportCommandTests {
    /// A data directory with one publisher organization and one collection.
    static func prepared() throws -> (CLIRunner, collection: String) {
        let cli = try CLIRunner()
        try cli.run(["org", "create", "water-utility"])
        let collection = try cli.run(["collection", "create", "IOCs", "--write", "water-utility"]).lastLine
        return (cli, collection)
    }

    @Test func everyValidObjectIsStoredAndEveryBadOneNamed() async throws {
        let (cli, collection) = try Self.prepared()
        let objects = (1...20).map { Fixtures.indicator($0) } + [Fixtures.brokenIndicator, "{\"type\": 5}"]
        let path = try cli.file(named: "mixed.json", Fixtures.bundle(objects.shuffled()))
        let result = try cli.run(["import", path, "--collection", collection, "--as", "water-utility"])
        #expect(result.exitCode == 1)
        #expect(result.standardOutput.contains("indicator--0f2e2d2b-17d4-4cbf-938f-98ee46b3cd3f: /pattern:"))
        #expect(result.standardOutput.contains(": /type:"))
        #expect(result.standardError.contains("22 objects: 20 stored, 0 unchanged, 2 rejected"))
        #expect(try await Self.count(in: cli, collection: collection) == 20)
    }

    @Test func reimportIsIdempotentAndChangedBodiesAreRefused() async throws {
        let (cli, collection) = try Self.prepared()
        let path = try cli.file(named: "feed.jsonl", (1...5).map { Fixtures.indicator($0) }.joined(separator: "\n"))
        #expect(try cli.run(["import", path, "--collection", collection, "--as", "water-utility"]).exitCode == 0)
        let again = try cli.run(["import", path, "--collection", collection, "--as", "water-utility"])
        #expect(again.exitCode == 0)
        #expect(again.standardError.contains("5 objects: 0 stored, 5 unchanged, 0 rejected"))
        let changed = Fixtures.indicator(1).replacingOccurrences(of: "C2 address 1", with: "renamed")
        let conflict = try cli.run(["import", "-", "--collection", collection, "--as", "water-utility"], standardInput: Data(changed.utf8))
        #expect(conflict.exitCode == 1)
        #expect(conflict.standardOutput.contains("a different object is already stored"))
        #expect(try await Self.count(in: cli, collection: collection) == 5)
    }

    @Test func unknownCollectionOrOrganizationIsAnInputError() throws {
        let (cli, collection) = try Self.prepared()
        let path = try cli.file(named: "one.json", Fixtures.indicator(1))
        #expect(try cli.run(["import", path, "--collection", UUID().uuidString, "--as", "water-utility"]).exitCode == 2)
        #expect(try cli.run(["import", path, "--collection", collection, "--as", "nobody"]).exitCode == 2)
        #expect(try cli.run(["import", "/nonexistent.json", "--collection", collection, "--as", "water-utility"]).exitCode == 2)
    }

    static func count(in cli: CLIRunner, collection: String) async throws -> Int {
        let node = try ConcordNode.open(dataDirectory: cli.dataDirectory)
        return try await node.store.countObjectVersions(collectionID: try #require(UUID(uuidString: collection)))
    }
}
