// Measures what the verifiable ledger costs on ingest. The same objects go
// into fresh SQLite stores in one process, with the ledger on (entries
// written in each object's transaction, a sequencer integrating concurrently
// on the server's schedule) and off (the reference, possible only through SPI),
// in two framings:
//
// - ingest: JSON Lines through `Ingestor` (parse, validate, resolve markings,
//   canonicalize, store), as `concord import` and TAXII POST do. This is the
//   issue's "ingest throughput with the ledger on and off".
// - store only: already canonical versions straight into `addObjectVersions`,
//   the ledger's share of the writer thread alone (a harsher figure).
//
//     swift run -c release ledger-cost-benchmark [COUNT] [ROUNDS]
//
// Each configuration runs ROUNDS times (default 3), interleaved, and the
// fastest run of each counts, so a busy machine skews the ratio less.
// Goal (issue 5): the ledger costs at most 15 % of ingest throughput.
import Concord
import ConcordStore
import Foundation
@_spi(Benchmarks) import SQLiteStore
import STIX

let count = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 200_000
let rounds = CommandLine.arguments.dropFirst(2).first.flatMap(Int.init) ?? 3
let batchSize = 2_000

func objectText(_ n: Int) -> String {
    """
    {"type":"indicator","spec_version":"2.1","id":"indicator--\(String(format: "%08x", n))-1111-4222-8333-444455556666",\
    "created":"2024-05-01T10:00:00.000Z","modified":"2024-05-01T10:00:00.000Z",\
    "pattern":"[ipv4-addr:value = '198.51.\(n % 250).\(n % 200)']","pattern_type":"stix","valid_from":"2024-05-01T10:00:00Z"}
    """
}

let feed = Array((0..<count).map(objectText).joined(separator: "\n").utf8)

func makeVersions(collection: UUID, contributor: UUID) throws -> [ObjectVersion] {
    try (0..<count).map { n in
        let body = CanonicalJSON.encode(try JSONParser.parse(objectText(n)))
        return ObjectVersion(collectionID: collection, objectID: "indicator--\(String(format: "%08x", n))-1111-4222-8333-444455556666",
                             type: "indicator", version: "2024-05-01T10:00:00.000Z", specVersion: "2.1", contributorID: contributor,
                             marking: Marking(tlp: .green), body: body)
    }
}

/// How the objects reach the store.
enum Framing { case ingest, storeOnly }

/// Seconds to take in every object; with `sequencing`, a sequencer integrates concurrently on the
/// server's schedule (and the time includes integrating what is left when the last batch is stored).
func run(_ framing: Framing, ledger: Bool, sequencing: Bool = true) async throws -> Double {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("concord-ledger-cost-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let store = try SQLiteStore(path: directory.appendingPathComponent("concord.sqlite").path, appendsLedgerEntries: ledger)
    let organization = Organization(id: UUID(), name: "bench", identityID: "identity--\(UUID().uuidString.lowercased())", createdAt: Date())
    try await store.createOrganization(organization)
    let collection = Collection(id: UUID(), title: "bench", createdAt: Date())
    try await store.createCollection(collection, grants: [])
    let versions = framing == .storeOnly ? try makeVersions(collection: collection.id, contributor: organization.id) : []
    let sequencer = ledger && sequencing ? LedgerSequencer(store: store, key: try await NodeLedgerKey.loadOrCreate(
        dataDirectory: directory, store: store, origin: "bench.example/log")) : nil
    try await sequencer?.publishInitialCheckpoint()
    let start = ContinuousClock.now
    let integrating = Task { try await sequence(store: store, sequencer: sequencer) }
    switch framing {
    case .ingest:
        var reader = try STIXInputReader(feed)
        let summary = try await Ingestor(store: store, collection: collection, contributor: organization, batchSize: batchSize)
            .ingest(&reader, onResult: { _ in })
        precondition(summary.stored == count, "only \(summary.stored) of \(count) objects were stored")
    case .storeOnly:
        for batch in stride(from: 0, to: versions.count, by: batchSize) {
            _ = try await store.addObjectVersions(Array(versions[batch..<min(batch + batchSize, versions.count)]))
        }
    }
    integrating.cancel()
    _ = await integrating.result
    while try await sequencer?.integratePending() ?? 0 > 0 {}
    let elapsed = ContinuousClock.now - start
    if let sequencer, let head = try await sequencer.store.ledgerHead() {
        precondition(head.size >= UInt64(count), "the sequencer did not integrate every entry")
    }
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}

/// The server's `SequencerService` loop, without witnesses.
func sequence(store: SQLiteStore, sequencer: LedgerSequencer?) async throws {
    guard let sequencer else { return }
    let schedule = SequencingSchedule()
    var last = ContinuousClock.now
    while !Task.isCancelled {
        let pause = try await sequencer.step(on: schedule, lastIntegration: &last)
        if pause > .zero { try await Task.sleep(for: pause) }
    }
}

/// Runs the three configurations of one framing `rounds` times, interleaved, and prints the best of each.
func measure(_ framing: Framing, title: String) async throws -> Double {
    var off: [Double] = [], entries: [Double] = [], on: [Double] = []
    for _ in 0..<rounds {
        off.append(try await run(framing, ledger: false))
        entries.append(try await run(framing, ledger: true, sequencing: false))
        on.append(try await run(framing, ledger: true))
    }
    func list(_ times: [Double]) -> String { times.map { String(format: "%.2f", $0) }.joined(separator: " ") }
    func rate(_ times: [Double]) -> Double { Double(count) / times.min()! }
    let cost = (1 - rate(on) / rate(off)) * 100
    print("\(title): best of \(rounds) (all runs in s: off \(list(off)) | entries only \(list(entries)) | on \(list(on)))")
    print(String(format: "  ledger off (reference) %.0f objects/s; entries written, no sequencer %.0f/s; ledger on %.0f/s",
                 rate(off), rate(entries), rate(on)))
    print(String(format: "  ratio on/off %.3f: the ledger costs %.1f %%", rate(on) / rate(off), cost))
    return cost
}

print("\(count) indicators in batches of \(batchSize)")
let ingestCost = try await measure(.ingest, title: "ingest (JSON Lines -> Ingestor: parse, validate, canonicalize, store)")
_ = try await measure(.storeOnly, title: "store only (canonical versions -> addObjectVersions; the writer thread's share)")
print(String(format: "the ledger costs %.1f %% of ingest throughput (goal <= 15 %%) -> %@", ingestCost, ingestCost <= 15 ? "MET" : "NOT MET"))
