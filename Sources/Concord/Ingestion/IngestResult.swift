public import Foundation
public import STIX

/// What became of one object offered to an ``Ingestor``.
public struct IngestResult: Sendable {
    /// What happened.
    public enum Outcome: Sendable {
        /// Stored now.
        case stored(dateAdded: Date)
        /// The identical version was already stored; nothing changed.
        case unchanged(dateAdded: Date)
        /// Invalid STIX; every finding says why. Error findings caused the rejection.
        case invalid([ValidationFinding])
        /// Valid, but a different object is stored under the same id and version.
        case conflict(reason: String)
    }

    /// Its 0-based position in the input.
    public var index: Int
    /// Its `id`, when it has a string one.
    public var objectID: String?
    /// What happened.
    public var outcome: Outcome
    /// Warnings about an object that was still accepted.
    public var warnings: [ValidationFinding]

    /// Whether the object is in the store now.
    public var isAccepted: Bool {
        switch outcome {
        case .stored, .unchanged: true
        case .invalid, .conflict: false
        }
    }
}

/// Counts of an ingestion so far, for progress and the final summary.
public struct IngestProgress: Sendable, Hashable {
    /// Objects read from the input.
    public var objectsRead = 0
    /// Objects newly stored.
    public var stored = 0
    /// Objects already stored identically.
    public var unchanged = 0
    /// Objects refused (invalid or conflicting).
    public var rejected = 0
    /// Input bytes consumed.
    public var bytesRead = 0
    /// Input size in bytes.
    public var totalBytes = 0

    /// Creates empty counts.
    public init() {}

    mutating func count(_ result: IngestResult) {
        switch result.outcome {
        case .stored: stored += 1
        case .unchanged: unchanged += 1
        case .invalid, .conflict: rejected += 1
        }
    }
}
