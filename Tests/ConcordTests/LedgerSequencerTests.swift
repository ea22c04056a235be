import Concord
import ConcordStore
import Foundation
import Ledger
import STIX
import Testing

@Suite("Ledger sequencer")
struct LedgerSequencerTests {
    @Test func integratesEveryEntryUnderSignedConsistentCheckpoints() async throws {
        let test = try await TestNode()
        let key = try await NodeLedgerKey.loadOrCreate(dataDirectory: test.node.dataDirectory, store: test.node.store, origin: "test.example/log")
        let sequencer = LedgerSequencer(store: test.node.store, key: key, batchLimit: 100)
        try await sequencer.publishInitialCheckpoint()
        let empty = try #require(try await test.node.store.ledgerHead())
        #expect(empty.size == 0)
        #expect(try SignedCheckpoint(parsing: empty.checkpoint).checkpoint.root == TreeHash.emptyRoot)

        let ingestor = Ingestor(store: test.node.store, collection: test.collection, contributor: test.organization)
        let values = try (0..<250).map { try JSONParser.parse(Self.indicator($0)) }
        _ = try await ingestor.ingest(values)
        var sizes: [UInt64] = [0]
        while try await sequencer.integratePending() > 0 {
            sizes.append(try #require(try await test.node.store.ledgerHead()).size)
        }
        let total = UInt64(try await test.node.store.ledgerEntryCount())
        #expect(sizes.last == total)
        let head = try #require(try await test.node.store.ledgerHead())
        let signed = try SignedCheckpoint(parsing: head.checkpoint)
        #expect(signed.verify(with: [key.verifier]).isAccepted)
        #expect(signed.checkpoint.origin == "test.example/log")

        var tree = MemoryTree()
        for leaf in try await test.node.store.ledgerLeaves(0..<total) { tree.append(leafData: leaf) }
        #expect(signed.checkpoint.root == (try tree.rootHash(size: total)))

        let reader = LedgerReader(store: test.node.store)
        for old in sizes.dropFirst().dropLast() {
            let proof = try await reader.consistencyProof(oldSize: old, newSize: total)
            #expect(ConsistencyProof.verify(oldSize: old, newSize: total, oldRoot: try tree.rootHash(size: old),
                                            newRoot: signed.checkpoint.root, proof: proof))
        }
        let record = try #require(try await test.node.store.ledgerRecord(collectionID: test.collection.id,
                                                                          objectID: "indicator--8e2e2d2b-17d4-4cbf-938f-000000000007",
                                                                          version: "2024-05-01T10:00:00.000Z"))
        let index = try #require(record.index)
        let inclusion = try await reader.inclusionProof(index: index, treeSize: total)
        #expect(InclusionProof.verify(index: index, size: total, leafHash: TreeHash.leaf(Data(record.leaf)), proof: inclusion, root: signed.checkpoint.root))
    }

    @Test func withWitnessesACheckpointWaitsForCosigningButNeverForAnUnreachableWitness() async throws {
        let test = try await TestNode()
        let key = try await NodeLedgerKey.loadOrCreate(dataDirectory: test.node.dataDirectory, store: test.node.store, origin: "w.example/log")
        let sequencer = LedgerSequencer(store: test.node.store, key: key)
        try await sequencer.publishInitialCheckpoint()
        try await test.node.store.addWitness(url: "http://127.0.0.1:9/witness", verifierKey: "unreachable+00000000+BA==")
        _ = try await Ingestor(store: test.node.store, collection: test.collection, contributor: test.organization)
            .ingest([try JSONParser.parse(Self.indicator(1))])
        try await sequencer.integratePending()
        let tip = try #require(try await test.node.store.ledgerTip())
        #expect(try await test.node.store.ledgerHead()?.size == 0, "not published before the witnesses were asked")
        let started = ContinuousClock.now
        let reports = try await WitnessClient(store: test.node.store, timeout: 1).cosignAndPublish()
        #expect(ContinuousClock.now - started < .seconds(5))
        #expect(reports.count == 1 && reports.first?.error != nil)
        #expect(try await test.node.store.ledgerHead()?.size == tip.size, "published without the unreachable witness")
    }

    @Test func theOriginIsFixedAtFirstStart() async throws {
        let test = try await TestNode()
        let first = try await NodeLedgerKey.loadOrCreate(dataDirectory: test.node.dataDirectory, store: test.node.store, origin: nil)
        let again = try await NodeLedgerKey.loadOrCreate(dataDirectory: test.node.dataDirectory, store: test.node.store, origin: first.origin)
        #expect(again.verifierKey == first.verifierKey)
        let permissions = try FileManager.default.attributesOfItem(atPath: test.node.dataDirectory.appendingPathComponent("ledger.key").path)[.posixPermissions] as? Int
        #expect(permissions == 0o600)
        let error = await #expect(throws: ConcordError.self) {
            _ = try await NodeLedgerKey.loadOrCreate(dataDirectory: test.node.dataDirectory, store: test.node.store, origin: "other.example/log")
        }
        #expect(error?.message.contains("refusing") == true)
    }

    @Test func aSecondSequencerOnTheSameStoreNeverForks() async throws {
        let test = try await TestNode()
        let key = try await NodeLedgerKey.loadOrCreate(dataDirectory: test.node.dataDirectory, store: test.node.store, origin: "a.example/log")
        let one = LedgerSequencer(store: test.node.store, key: key, batchLimit: 7)
        let two = LedgerSequencer(store: test.node.store, key: key, batchLimit: 5)
        try await one.publishInitialCheckpoint()
        _ = try await Ingestor(store: test.node.store, collection: test.collection, contributor: test.organization)
            .ingest(try (0..<60).map { try JSONParser.parse(Self.indicator($0)) })
        let integrated = await withTaskGroup(of: Int.self) { group in
            for sequencer in [one, two, one, two] {
                group.addTask {
                    var count = 0
                    for _ in 0..<40 { count += (try? await sequencer.integratePending()) ?? 0 }
                    return count
                }
            }
            return await group.reduce(0, +)
        }
        let head = try #require(try await test.node.store.ledgerHead())
        #expect(UInt64(integrated) == head.size)
        #expect(head.size == UInt64(try await test.node.store.ledgerEntryCount()))
    }

    @Test("a scheduled step waits for a batch, integrates a full one, then pauses a step interval")
    func scheduledStepFollowsTheSchedule() async throws {
        let test = try await TestNode()
        let key = try await NodeLedgerKey.loadOrCreate(dataDirectory: test.node.dataDirectory, store: test.node.store, origin: "test.example/log")
        let sequencer = LedgerSequencer(store: test.node.store, key: key)
        try await sequencer.publishInitialCheckpoint()
        let schedule = SequencingSchedule(batchSize: 10, maximumDelay: .seconds(60), pollInterval: .milliseconds(7), stepInterval: .milliseconds(70))
        let ingestor = Ingestor(store: test.node.store, collection: test.collection, contributor: test.organization)
        var last = ContinuousClock.now
        _ = try await ingestor.ingest(try (0..<5).map { try JSONParser.parse(Self.indicator($0)) })
        let before = try #require(try await test.node.store.ledgerHead()).size
        #expect(try await sequencer.step(on: schedule, lastIntegration: &last) == .milliseconds(7))
        #expect(try #require(try await test.node.store.ledgerHead()).size == before, "5 waiting entries are not a batch of 10")
        _ = try await ingestor.ingest(try (5..<20).map { try JSONParser.parse(Self.indicator($0)) })
        #expect(try await sequencer.step(on: schedule, lastIntegration: &last) == .milliseconds(70))
        #expect(try #require(try await test.node.store.ledgerHead()).size == UInt64(try await test.node.store.ledgerEntryCount()))
    }

    static func indicator(_ n: Int) -> String {
        """
        {"type":"indicator","spec_version":"2.1","id":"indicator--8e2e2d2b-17d4-4cbf-938f-\(String(format: "%012d", n))",\
        "created":"2024-05-01T10:00:00.000Z","modified":"2024-05-01T10:00:00.000Z",\
        "pattern":"[ipv4-addr:value = '198.51.100.7']","pattern_type":"stix","valid_from":"2024-05-01T10:00:00Z"}
        """
    }
}
