import ConcordStore
import Foundation
import STIX

extension Ingestor {
    /// One input item after validation: either a version ready to store or a rejection.
    enum PreparedEntry {
        case version(index: Int, objectID: String, version: ObjectVersion, warnings: [ValidationFinding])
        case rejected(IngestResult)
    }

    /// A batch of prepared items, in input order.
    struct PreparedBatch {
        var entries: [PreparedEntry]

        /// The versions to store, in order.
        var versions: [ObjectVersion] {
            entries.compactMap { if case .version(_, _, let version, _) = $0 { version } else { nil } }
        }
    }

    /// Reads and prepares up to ``batchSize`` items.
    func prepareBatch(from reader: inout STIXInputReader) -> PreparedBatch {
        var entries: [PreparedEntry] = []
        entries.reserveCapacity(batchSize)
        while entries.count < batchSize, let item = reader.next() {
            entries.append(prepare(item))
        }
        return PreparedBatch(entries: entries)
    }

    /// Prepares parsed values in input order; a long list is split in two
    /// halves prepared at once, so one request's validation and canonical JSON
    /// use both cores of a small machine.
    func prepareConcurrently(_ values: [JSONValue], minimumToSplit: Int = 32) async -> PreparedBatch {
        func prepare(_ range: Range<Int>) -> [PreparedEntry] {
            range.map { self.prepare(.object(index: $0, value: values[$0])) }
        }
        guard values.count >= minimumToSplit else { return PreparedBatch(entries: prepare(values.indices)) }
        let middle = values.count / 2
        async let firstHalf = Task.detached { prepare(0..<middle) }.value
        let secondHalf = prepare(middle..<values.count)
        return PreparedBatch(entries: await firstHalf + secondHalf)
    }

    /// Validates one item and, when valid, builds the version to store.
    func prepare(_ item: STIXInputItem) -> PreparedEntry {
        switch item {
        case .malformed(let index, let error):
            let finding = ValidationFinding.invalidJSON(index: index, error: error)
            return .rejected(IngestResult(index: index, objectID: nil, outcome: .invalid([finding]), warnings: []))
        case .object(let index, let value):
            let findings = validator.validate(value, index: index)
            guard !findings.containsErrors, case .object(let object) = value, let id = object["id"]?.stringValue else {
                let id = value.objectValue?["id"]?.stringValue
                return .rejected(IngestResult(index: index, objectID: id, outcome: .invalid(findings), warnings: []))
            }
            return .version(index: index, objectID: id, version: makeVersion(object, id: id, value: value), warnings: findings)
        }
    }

    func makeVersion(_ object: JSONObject, id: String, value: JSONValue) -> ObjectVersion {
        let version = object["modified"]?.stringValue ?? object["created"]?.stringValue ?? ""
        return ObjectVersion(
            collectionID: collection.id, objectID: id, type: object["type"]?.stringValue ?? "",
            version: version, specVersion: object["spec_version"]?.stringValue ?? "2.1",
            contributorID: contributor.id,
            marking: MarkingResolver.marking(of: object, defaultTLP: collection.defaultTLP),
            body: CanonicalJSON.encode(value)
        )
    }

    /// Pairs a stored batch's outcomes with its entries and reports each, in order.
    func report(_ batch: PreparedBatch, outcomes: [AddOutcome], progress: inout IngestProgress, onResult: (IngestResult) -> Void) {
        var outcomeIterator = outcomes.makeIterator()
        for entry in batch.entries {
            let result: IngestResult
            switch entry {
            case .rejected(let rejection):
                result = rejection
            case .version(let index, let objectID, _, let warnings):
                let outcome: IngestResult.Outcome = switch outcomeIterator.next() {
                case .added(let date): .stored(dateAdded: date)
                case .unchanged(let date): .unchanged(dateAdded: date)
                case .conflict(let reason): .conflict(reason: reason)
                case nil: .conflict(reason: "the store reported no outcome for this object")
                }
                result = IngestResult(index: index, objectID: objectID, outcome: outcome, warnings: warnings)
            }
            progress.objectsRead += 1
            progress.count(result)
            onResult(result)
        }
    }
}
