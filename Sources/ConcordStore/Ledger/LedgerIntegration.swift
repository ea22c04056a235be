public import Foundation
public import Ledger

/// An entry waiting for the sequencer: its queue position and leaf bytes.
public struct PendingLedgerEntry: Sendable, Hashable {
    /// Queue position (insertion order).
    public var seq: Int64
    /// The exact leaf bytes.
    public var leaf: Data

    public init(seq: Int64, leaf: Data) {
        self.seq = seq
        self.leaf = leaf
    }
}

/// The published state of the log: its size and the latest signed checkpoint.
public struct LedgerHead: Sendable, Hashable {
    /// Entries integrated.
    public var size: UInt64
    /// The signed checkpoint note for that size (with any witness cosignatures).
    public var checkpoint: String

    public init(size: UInt64, checkpoint: String) {
        self.size = size
        self.checkpoint = checkpoint
    }
}

/// One sequencing step, written atomically: entries get the indices
/// `oldSize..<oldSize+seqs.count` in order, the tiles are stored, and the
/// checkpoint for the new size becomes the head.
public struct LedgerIntegration: Sendable {
    /// The size the step grows from; the store refuses the step if its head moved.
    public var oldSize: UInt64
    /// The queue positions of the entries integrated, in log order.
    public var seqs: [Int64]
    /// New and grown tiles.
    public var tiles: [(tile: TileID, contents: Data)]
    /// The signed checkpoint note of the new size.
    public var checkpoint: String
    /// Whether the checkpoint becomes the head at once; false when witnesses
    /// cosign it first (see ``Store/publishCheckpoint(size:checkpoint:)``).
    public var publish: Bool

    public init(oldSize: UInt64, seqs: [Int64], tiles: [(tile: TileID, contents: Data)], checkpoint: String, publish: Bool = true) {
        self.oldSize = oldSize
        self.seqs = seqs
        self.tiles = tiles
        self.checkpoint = checkpoint
        self.publish = publish
    }

    /// The size after the step.
    public var newSize: UInt64 { oldSize + UInt64(seqs.count) }
}
