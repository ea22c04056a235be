public import Foundation

/// Grows a tiled log by a batch of entries without holding the tree: given
/// the tiles on the right edge of the current tree (its partial tiles) and
/// the new entries, it computes the new root and every tile to write.
///
/// This is the storage-agnostic heart of a sequencer: the caller loads the
/// edge tiles, calls ``append(_:)``, and stores what comes back in one
/// transaction.
public struct LogAppender: Sendable {
    /// The size of the tree before the batch.
    public let oldSize: UInt64
    /// The partial tiles of the tree of ``oldSize`` leaves, by address.
    public let edgeTiles: [TileID: Data]

    /// Creates an appender over a tree of `oldSize` leaves whose partial tiles are `edgeTiles`.
    public init(oldSize: UInt64, edgeTiles: [TileID: Data]) {
        self.oldSize = oldSize
        self.edgeTiles = edgeTiles
    }

    /// The tiles to load before appending to a tree of `size` leaves.
    public static func edgeTileIDs(size: UInt64) -> [TileID] {
        TileMath.partialTiles(treeSize: size)
    }

    /// The outcome of appending a batch.
    public struct Result: Sendable {
        /// The new tree size.
        public var size: UInt64
        /// The new root hash.
        public var root: TreeHash
        /// Every tile that is new or grew, with its contents.
        public var tiles: [(tile: TileID, contents: Data)]
    }

    /// Appends entries (the exact leaf bytes) and returns the new tree.
    public func append(_ entries: [Data]) throws -> Result {
        let reader = GrowingTreeReader(oldSize: oldSize, old: TileHashReader(treeSize: oldSize, tiles: EdgeTiles(tiles: edgeTiles)),
                                       newLeaves: entries.map(TreeHash.leaf))
        let newSize = oldSize + UInt64(entries.count)
        let tiles = try TileMath.buildTiles(from: oldSize, to: newSize, reader: reader)
        return Result(size: newSize, root: try reader.rootHash(size: newSize), tiles: tiles)
    }
}

/// The edge tiles as a ``TileReader``.
struct EdgeTiles: TileReader {
    let tiles: [TileID: Data]

    func readTiles(_ ids: [TileID]) throws -> [Data] {
        try ids.map { id in
            guard let data = tiles[id] else { throw LedgerError(.hashReader, "edge tile \(id) was not loaded") }
            return data
        }
    }
}

/// Node hashes of the grown tree: nodes wholly inside the old tree come from
/// its tiles; the others are hashed from their children down to the new leaves.
final class GrowingTreeReader: HashReader, @unchecked Sendable {
    let oldSize: UInt64
    let old: TileHashReader<EdgeTiles>
    let newLeaves: [TreeHash]
    private var memo: [NodeID: TreeHash] = [:]

    init(oldSize: UInt64, old: TileHashReader<EdgeTiles>, newLeaves: [TreeHash]) {
        self.oldSize = oldSize
        self.old = old
        self.newLeaves = newLeaves
    }

    func readHashes(_ nodes: [NodeID]) throws -> [TreeHash] {
        try nodes.map(hash(of:))
    }

    func hash(of node: NodeID) throws -> TreeHash {
        if let known = memo[node] { return known }
        let value: TreeHash
        if node.firstLeaf + node.leafCount <= oldSize {
            value = try old.readHashes([node])[0]
        } else if node.level == 0 {
            let offset = Int(node.index - oldSize)
            guard offset >= 0, offset < newLeaves.count else { throw LedgerError(.hashReader, "no leaf \(node.index)") }
            value = newLeaves[offset]
        } else {
            value = TreeHash.node(try hash(of: NodeID(level: node.level - 1, index: node.index * 2)),
                                  try hash(of: NodeID(level: node.level - 1, index: node.index * 2 + 1)))
        }
        memo[node] = value
        return value
    }
}
