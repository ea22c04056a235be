// Measures what the verifiable ledger costs on ingest: the same object
// versions are added to two fresh SQLite stores in the same process, one
// writing ledger entries (and integrated by a sequencer running alongside, as
// on a hub) and one not (the reference, possible only through SPI).
//
//     swift run -c release ledger-cost-benchmark [COUNT]
//
// Goal (issue 5): the ledger costs at most 15 % of ingest throughput.
import Concord
import ConcordStore
import Foundation
@_spi(Benchmarks) import SQLiteStore
import STIX

let count = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 200_000
let batchSize = 2_000

func makeVersions(collection: UUID, contributor: UUID) throws -> [ObjectVersion] {
    try (0..<count).map { n in
        let text = """
            {"type":"indicator","spec_version":"2.1","id":"indicator--\(String(format: "%08x", n))-1111-4222-8333-444455556666",\
            "created":"2024-05-01T10:00:00.000Z","modified":"2024-05-01T10:00:00.000Z",\
            "pattern":"[ipv4-addr:value = '198.51.\(n % 250).\(n % 200)']","pattern_type":"stix","valid_from":"2024-05-01T10:00:00Z"}
            """
        let body = CanonicalJSON.encode(try JSONParser.parse(text))
        return ObjectVersion(collectionID: collection, objectID: "indicator--\(String(format: "%08x", n))-1111-4222-8333-444455556666",
                             type: "indicator", version: "2024-05-01T10:00:00.000Z", specVersion: "2.1", contributorID: contributor,
                             marking: Marking(tlp: .green), body: body)
    }
}

/// Seconds to add every version in batches; with `sequencing`, a sequencer integrates concurrently on
/// the server's schedule (and the time includes integrating what is left when the last batch is stored).
func run(ledger: Bool, sequencing: Bool = true) async throws -> Double {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("concord-ledger-cost-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let store = try SQLiteStore(path: directory.appendingPathComponent("concord.sqlite").path, appendsLedgerEntries: ledger)
    let organization = Organization(id: UUID(), name: "bench", identityID: "identity--\(UUID().uuidString.lowercased())", createdAt: Date())
    try await store.createOrganization(organization)
    let collection = Collection(id: UUID(), title: "bench", createdAt: Date())
    try await store.createCollection(collection, grants: [])
    let versions = try makeVersions(collection: collection.id, contributor: organization.id)
    let node = ConcordNode(dataDirectory: directory, store: store)
    let sequencer = ledger && sequencing ? LedgerSequencer(store: store, key: try await NodeLedgerKey.loadOrCreate(
        dataDirectory: directory, store: store, origin: "bench.example/log")) : nil
    try await sequencer?.publishInitialCheckpoint()
    _ = node
    let start = ContinuousClock.now
    let integrating = Task {
        // the server's SequencerService loop, without witnesses
        guard let sequencer else { return }
        let schedule = SequencingSchedule()
        var last = ContinuousClock.now
        while !Task.isCancelled {
            var pause = schedule.pollInterval
            let queued = try await store.unsequencedEntryCount(limit: schedule.batchSize)
            if schedule.shouldIntegrate(queued: queued, waited: .now - last) {
                pause = schedule.pause(afterIntegrating: try await sequencer.integratePending(), stepLimit: sequencer.batchLimit)
                last = .now
            } else if queued == 0 {
                last = .now
            }
            if pause > .zero { try await Task.sleep(for: pause) }
        }
    }
    for batch in stride(from: 0, to: versions.count, by: batchSize) {
        _ = try await store.addObjectVersions(Array(versions[batch..<min(batch + batchSize, versions.count)]))
    }
    integrating.cancel()
    _ = await integrating.result
    while try await sequencer?.integratePending() ?? 0 > 0 {}
    let elapsed = ContinuousClock.now - start
    if ledger, sequencing, let head = try await store.ledgerHead() {
        precondition(head.size >= UInt64(count), "the sequencer did not integrate every entry")
    }
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}

let off = try await run(ledger: false)
let entriesOnly = try await run(ledger: true, sequencing: false)
let on = try await run(ledger: true)
let offRate = Double(count) / off, onRate = Double(count) / on
let cost = (1 - onRate / offRate) * 100
print(String(format: "%d objects in batches of %d", count, batchSize))
print(String(format: "ledger off (reference): %.2f s = %.0f objects/s", off, offRate))
print(String(format: "entries written, no sequencer: %.2f s = %.0f objects/s", entriesOnly, Double(count) / entriesOnly))
print(String(format: "ledger on (entries + concurrent sequencer): %.2f s = %.0f objects/s", on, onRate))
print(String(format: "ratio on/off: %.3f; the ledger costs %.1f %% of ingest throughput (goal <= 15 %%) -> %@",
             onRate / offRate, cost, cost <= 15 ? "MET" : "NOT MET"))
