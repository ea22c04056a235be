public import ConcordStore
import Foundation
public import STIX

/// Takes STIX objects into one collection on behalf of one organization:
/// validates each, resolves its marking, canonicalizes it and stores it.
///
/// A bad object never costs a good one: invalid objects are reported with
/// their findings, and every valid object is stored. Objects are written in
/// batches, one transaction each, and a batch is acknowledged only once it is
/// durable. While one batch is being written the next is validated.
///
/// ```swift
/// let ingestor = Ingestor(store: node.store, collection: collection, contributor: org)
/// var reader = try STIXInputReader(bytes)
/// let summary = try await ingestor.ingest(&reader) { result in print(result) }
/// ```
public struct Ingestor: Sendable {
    /// Where objects go.
    public let store: any Store
    /// The collection receiving the objects.
    public let collection: Collection
    /// The organization contributing them.
    public let contributor: Organization
    /// Objects per transaction.
    public let batchSize: Int
    let validator = STIXValidator()

    /// Creates an ingestor.
    public init(store: any Store, collection: Collection, contributor: Organization, batchSize: Int = 2_000) {
        self.store = store
        self.collection = collection
        self.contributor = contributor
        self.batchSize = max(1, batchSize)
    }

    /// Ingests every item of `reader`.
    /// - Parameters:
    ///   - onResult: called once per object, in input order.
    ///   - onProgress: called after each batch is stored.
    /// - Returns: the final counts.
    public func ingest(
        _ reader: inout STIXInputReader,
        onResult: (IngestResult) -> Void,
        onProgress: (IngestProgress) -> Void = { _ in }
    ) async throws -> IngestProgress {
        var progress = IngestProgress()
        progress.totalBytes = reader.totalBytes
        var inFlight: (task: Task<[AddOutcome], any Error>, batch: PreparedBatch)?
        while true {
            let batch = prepareBatch(from: &reader)
            reader.releaseConsumedInput()
            progress.bytesRead = reader.bytesRead
            if let (task, previous) = inFlight {
                report(previous, outcomes: try await task.value, progress: &progress, onResult: onResult)
                onProgress(progress)
            }
            if batch.entries.isEmpty { break }
            let versions = batch.versions
            let store = self.store
            inFlight = (Task { try await store.addObjectVersions(versions) }, batch)
        }
        progress.bytesRead = reader.totalBytes
        return progress
    }

    /// Ingests already parsed values (a TAXII envelope's objects, say) as one
    /// batch, validated on two cores when there are enough of them to pay for it.
    public func ingest(_ values: [JSONValue]) async throws -> [IngestResult] {
        let batch = await prepareConcurrently(values)
        let outcomes = try await store.addObjectVersions(batch.versions)
        var results: [IngestResult] = []
        var progress = IngestProgress()
        report(batch, outcomes: outcomes, progress: &progress) { results.append($0) }
        return results
    }
}
