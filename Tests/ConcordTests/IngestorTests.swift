import Concord
import ConcordStore
import Foundation
import STIX
import Testing

@Suite("Ingestion")
struct IngestorTests {
    static func indicator(_ n: Int, extra: String = "") -> String {
        let id = String(format: "indicator--8e2e2d2b-17d4-4cbf-938f-%012x", n)
        return """
            {"type":"indicator","spec_version":"2.1","id":"\(id)","created":"2024-05-01T10:00:00.000Z",\
            "modified":"2024-05-01T10:00:00.000Z","pattern":"[ipv4-addr:value = '198.51.100.7']",\
            "pattern_type":"stix","valid_from":"2024-05-01T10:00:00Z"\(extra)}
            """
    }

    @Test func badObjectsNeverDropGoodOnes() async throws {
        let test = try await TestNode()
        let good = (0..<25).map { Self.indicator($0) }
        var lines = good
        lines.insert("{\"type\":\"indicator\"", at: 5)
        lines.insert("[1, 2", at: 17)
        lines.insert("{\"type\": \"indicator\", \"id\": 42}", at: 11)
        var reader = try STIXInputReader(Array(lines.joined(separator: "\n").utf8))
        let ingestor = Ingestor(store: test.node.store, collection: test.collection, contributor: test.organization, batchSize: 4)
        var results: [IngestResult] = []
        let summary = try await ingestor.ingest(&reader) { results.append($0) }
        #expect(summary.stored == 25)
        #expect(summary.rejected == 3)
        #expect(results.map(\.index) == Array(0..<28))
        #expect(results.filter { !$0.isAccepted }.map(\.index) == [5, 11, 18])
        #expect(try await test.node.store.countObjectVersions(collectionID: test.collection.id) == 25)
    }

    @Test func storedBodiesAreCanonicalWithResolvedMarking() async throws {
        let test = try await TestNode(defaultTLP: .amber)
        let spaced = "{ \"x_zeta\" : 1, " + Self.indicator(1).dropFirst()
        let value = try JSONParser.parse(spaced)
        let results = try await Ingestor(store: test.node.store, collection: test.collection, contributor: test.organization).ingest([value])
        #expect(results.first?.isAccepted == true)
        let stored = try await test.node.store.objectVersions(collectionID: test.collection.id, objectID: "indicator--8e2e2d2b-17d4-4cbf-938f-000000000001")
        let version = try #require(stored.first)
        #expect(version.body == CanonicalJSON.encode(value))
        #expect(version.version == "2024-05-01T10:00:00.000Z")
        #expect(version.marking.tlp == .amber)
        #expect(version.contributorID == test.organization.id)
        #expect(version.type == "indicator")
    }

    @Test("a long envelope, prepared on two cores, reports every object in input order")
    func longEnvelopeKeepsInputOrder() async throws {
        let test = try await TestNode()
        let values = try (0..<101).map { n in
            n % 7 == 3 ? JSONValue.object(["type": .string("indicator"), "id": .string("indicator--bad-\(n)")])
                       : try JSONParser.parse(Self.indicator(n))
        }
        let results = try await Ingestor(store: test.node.store, collection: test.collection, contributor: test.organization).ingest(values)
        #expect(results.map(\.index) == Array(0..<101))
        #expect(results.filter { !$0.isAccepted }.map(\.index) == Array(stride(from: 3, to: 101, by: 7)))
        #expect(results.map(\.objectID) == values.map { $0.objectValue?["id"]?.stringValue })
        #expect(try await test.node.store.countObjectVersions(collectionID: test.collection.id) == 101 - Array(stride(from: 3, to: 101, by: 7)).count)
    }
}
