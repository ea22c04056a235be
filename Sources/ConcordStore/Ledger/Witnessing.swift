public import Foundation

/// What a witness keeps about a log it witnesses.
public struct WitnessedLog: Sendable, Hashable {
    /// The log's origin.
    public var origin: String
    /// The log's verifier key string.
    public var verifierKey: String
    /// The size of the last checkpoint cosigned (0 before the first).
    public var size: UInt64
    /// Its root hash, once one was cosigned.
    public var root: Data?

    public init(origin: String, verifierKey: String, size: UInt64, root: Data?) {
        self.origin = origin
        self.verifierKey = verifierKey
        self.size = size
        self.root = root
    }
}

/// A witness a log asks to cosign its checkpoints.
public struct LogWitness: Sendable, Hashable {
    /// The witness's submission prefix (…/witness).
    public var url: String
    /// Its cosignature/v1 verifier key string.
    public var verifierKey: String
    /// The last size it cosigned for this log.
    public var lastSize: UInt64

    public init(url: String, verifierKey: String, lastSize: UInt64) {
        self.url = url
        self.verifierKey = verifierKey
        self.lastSize = lastSize
    }
}

/// An administrative change as the ledger recorded it, for admins to audit:
/// its description, salt and entry, so the commitment can be recomputed.
public struct AdminChangeRecord: Sendable, Hashable {
    /// The entry's position in the log, assigned in the change's own transaction (the listing's cursor).
    public var seq: Int64
    /// The entry's log index once a checkpoint covers it; `nil` before.
    public var index: UInt64?
    /// The canonical JSON description of the change.
    public var description: Data
    /// The salt of its commitment.
    public var salt: Data
    /// The entry's leaf bytes.
    public var leaf: Data

    public init(seq: Int64, index: UInt64?, description: Data, salt: Data, leaf: Data) {
        self.seq = seq
        self.index = index
        self.description = description
        self.salt = salt
        self.leaf = leaf
    }
}
