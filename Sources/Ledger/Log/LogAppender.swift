public import Foundation

/// Grows a tiled log by a batch of entries without holding the tree: given
/// the tiles on the right edge of the current tree (its partial tiles) and
/// the new entries, it computes the new root and every tile to write.
///
/// This is the storage-agnostic heart of a sequencer: the caller loads the
/// edge tiles, calls ``append(_:)``, and stores what comes back in one
/// transaction.
///
/// It works level by level, as `tlog-tiles` lays a tree out: new leaf hashes
/// fill the level-0 edge tile; every tile that fills up is written and its
/// subtree root becomes the next hash of the level above. The root is folded
/// from the edge tiles of the grown tree, whose widths spell the tree size in
/// base 256. Each entry costs about two SHA-256 computations and no
/// allocation of its own.
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
        /// Every tile that is new or grew, with its contents, level by level.
        public var tiles: [(tile: TileID, contents: Data)]
    }

    /// Appends entries (the exact leaf bytes) and returns the new tree.
    /// - Throws: `hashReader` when an edge tile of the old tree is missing or has the wrong size.
    public func append(_ entries: [Data]) throws -> Result {
        let newSize = oldSize + UInt64(entries.count)
        var incoming = Data(capacity: entries.count * TreeHash.byteCount)
        for entry in entries { RawHashing.appendLeafHash(of: entry, to: &incoming) }
        var tiles: [(tile: TileID, contents: Data)] = []
        var edges: [UInt8: Data] = [:]
        var level: UInt8 = 0
        while level <= TileMath.topLevel(treeSize: newSize) {
            let old = TileMath.tileCount(level: level, treeSize: oldSize)
            var edge = try oldEdge(level: level, full: old.full, width: old.partialWidth)
            if !incoming.isEmpty {
                incoming = try fill(&edge, level: level, firstIndex: old.full, with: incoming, tiles: &tiles)
            }
            edges[level] = edge
            level += 1
        }
        return Result(size: newSize, root: try Self.root(edges: edges, levels: level), tiles: tiles)
    }

    /// The old tree's partial tile at `level` (empty when it has none).
    private func oldEdge(level: UInt8, full: UInt64, width: UInt16) throws -> Data {
        guard width > 0 else { return Data() }
        let id = try TileID(level: level, index: full, width: width)
        guard let contents = edgeTiles[id], contents.count == id.byteCount else {
            throw LedgerError(.hashReader, "edge tile \(id) was not loaded or has the wrong size")
        }
        return contents
    }

    /// Appends `hashes` to the edge tile at `level`, records each tile that
    /// fills and the grown partial tile, and returns the subtree roots of the
    /// tiles that filled: the hashes the level above receives.
    private func fill(_ edge: inout Data, level: UInt8, firstIndex: UInt64, with hashes: Data,
                      tiles: inout [(tile: TileID, contents: Data)]) throws -> Data {
        let tileBytes = Int(TileID.fullWidth) * TreeHash.byteCount
        var completed = Data()
        var index = firstIndex
        var offset = hashes.startIndex
        while offset < hashes.endIndex {
            let take = min(tileBytes - edge.count, hashes.endIndex - offset)
            edge.append(hashes[offset..<offset + take])
            offset += take
            if edge.count == tileBytes {
                tiles.append((try TileID(level: level, index: index), edge))
                completed.append(contentsOf: RawHashing.perfectRoot(of: edge))
                edge = Data()
                index += 1
            }
        }
        if !edge.isEmpty {
            tiles.append((try TileID(level: level, index: index, width: UInt16(edge.count / TreeHash.byteCount)), edge))
        }
        return completed
    }

    /// RFC 9162's root of the tree whose edge tiles are `edges`: the edge
    /// widths, top level first, split into perfect subtrees in decreasing
    /// size, folded from the right.
    static func root(edges: [UInt8: Data], levels: UInt8) throws -> TreeHash {
        var subtrees: [[UInt8]] = []
        for level in (0..<levels).reversed() {
            guard let edge = edges[level] else { continue }
            let count = edge.count / TreeHash.byteCount
            var start = 0
            for bit in (0..<9).reversed() where count & (1 << bit) != 0 {
                let range = edge.startIndex + start * TreeHash.byteCount ..< edge.startIndex + (start + (1 << bit)) * TreeHash.byteCount
                subtrees.append(RawHashing.perfectRoot(of: edge[range]))
                start += 1 << bit
            }
        }
        guard var root = subtrees.popLast() else { return TreeHash.emptyRoot }
        while let left = subtrees.popLast() { root = RawHashing.nodeHash(left, root) }
        return TreeHash(trusted: Data(root))
    }
}
