public import Foundation
public import Ledger

/// An entry past the last checkpoint, waiting for the sequencer to hash it
/// into the tree: its log index (assigned when it was written) and leaf bytes.
public struct PendingLedgerEntry: Sendable, Hashable {
    /// The entry's index in the log.
    public var index: UInt64
    /// The exact leaf bytes.
    public var leaf: Data

    /// Creates a pending entry.
    public init(index: UInt64, leaf: Data) {
        self.index = index
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

/// One sequencing step, written atomically: the tiles covering entries
/// `oldSize..<oldSize+count` are stored and the checkpoint for the new size
/// becomes the tip. Entries carry their indices from the moment they are
/// written, so a step never rewrites them.
public struct LedgerIntegration: Sendable {
    /// The size the step grows from; the store refuses the step if its head moved.
    public var oldSize: UInt64
    /// How many entries the step integrates.
    public var count: Int
    /// New and grown tiles.
    public var tiles: [(tile: TileID, contents: Data)]
    /// The signed checkpoint note of the new size.
    public var checkpoint: String
    /// Whether the checkpoint becomes the head at once; false when witnesses
    /// cosign it first (see ``Store/publishCheckpoint(size:checkpoint:)``).
    public var publish: Bool

    /// Creates a step.
    public init(oldSize: UInt64, count: Int, tiles: [(tile: TileID, contents: Data)], checkpoint: String, publish: Bool = true) {
        self.oldSize = oldSize
        self.count = count
        self.tiles = tiles
        self.checkpoint = checkpoint
        self.publish = publish
    }

    /// The size after the step.
    public var newSize: UInt64 { oldSize + UInt64(count) }
}
