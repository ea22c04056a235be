public import Foundation

/// Reads tile contents by address, e.g. from files, a database or HTTP.
public protocol TileReader {
    /// The contents of each tile, in order: `width × 32` bytes each.
    func readTiles(_ tiles: [TileID]) throws -> [Data]
}

extension TileID {
    /// The tile's contents computed from node hashes: the concatenation of
    /// the hashes of `nodes`, read from `reader` (e.g. a `MemoryTree`).
    public func contents(from reader: some HashReader) throws -> Data {
        try reader.checkedHashes(nodes).reduce(into: Data(capacity: byteCount)) { $0.append($1.bytes) }
    }

    /// Splits tile contents into hashes; throws `malformedTile` unless the
    /// data is exactly `width × 32` bytes.
    public func hashes(in data: Data) throws(LedgerError) -> [TreeHash] {
        guard data.count == byteCount else {
            throw LedgerError(.malformedTile, "tile \(path) must be \(byteCount) bytes, got \(data.count)")
        }
        return stride(from: 0, to: data.count, by: TreeHash.byteCount).map { offset in
            let start = data.startIndex + offset
            return TreeHash(trusted: Data(data[start..<start + TreeHash.byteCount]))
        }
    }
}

/// A `HashReader` that computes node hashes from the tiles of a tree of a
/// known size, so proofs can be generated from tile storage alone.
///
/// A node at tree level `8·L + r` is the root of `2^r` consecutive hashes
/// in a tile at level `L`; those are fetched (one read per batch) and hashed up.
public struct TileHashReader<Tiles: TileReader>: HashReader {
    /// The tree size whose tiles (full and partial) are read.
    public let treeSize: UInt64
    /// Where tile contents come from.
    public let tiles: Tiles

    /// A reader over the tiles of the tree of `treeSize` leaves.
    public init(treeSize: UInt64, tiles: Tiles) {
        self.treeSize = treeSize
        self.tiles = tiles
    }

    /// The hashes of `nodes`, computed from the tiles that hold them.
    public func readHashes(_ nodes: [NodeID]) throws -> [TreeHash] {
        var needed: [TileID] = []
        var tileOf: [TileID] = []
        for node in nodes {
            let tile = try TileMath.tile(containing: node, treeSize: treeSize)
            tileOf.append(tile)
            if !needed.contains(tile) { needed.append(tile) }
        }
        let contents = try tiles.readTiles(needed)
        guard contents.count == needed.count else {
            throw LedgerError(.hashReader, "asked for \(needed.count) tiles, got \(contents.count)")
        }
        var hashesByTile: [TileID: [TreeHash]] = [:]
        for (tile, data) in zip(needed, contents) { hashesByTile[tile] = try tile.hashes(in: data) }
        return zip(nodes, tileOf).map { node, tile in
            Self.hash(of: node, in: tile, hashes: hashesByTile[tile] ?? [])
        }
    }

    /// Hashes up the `2^r` tile entries under `node`; the caller has checked they exist.
    static func hash(of node: NodeID, in tile: TileID, hashes: [TreeHash]) -> TreeHash {
        let within = UInt64(node.level % TileID.height)
        let first = Int((node.index << within) & 0xff)
        var layer = Array(hashes[first..<first + (1 << within)])
        while layer.count > 1 {
            layer = stride(from: 0, to: layer.count, by: 2).map { TreeHash.node(layer[$0], layer[$0 + 1]) }
        }
        return layer[0]
    }
}

extension TileID {
    /// The Merkle root of a full tile's 256 hashes: the node at tree level
    /// `8·(L+1)`, which is entry `N mod 256` of tile `N / 256` at level `L+1`.
    /// Lets a log build upper tiles from lower ones without other storage.
    public func subtreeRoot(of data: Data) throws(LedgerError) -> TreeHash {
        guard !isPartial else {
            throw LedgerError(.malformedTile, "partial tile \(path) is not hashed into the level above")
        }
        var layer = try hashes(in: data)
        while layer.count > 1 {
            layer = stride(from: 0, to: layer.count, by: 2).map { TreeHash.node(layer[$0], layer[$0 + 1]) }
        }
        return layer[0]
    }

    /// The node whose hash `subtreeRoot(of:)` computes.
    public var subtreeNode: NodeID { NodeID(level: treeLevel + TileID.height, index: index) }
}

extension TileMath {
    /// The tiles a log must write when growing from `oldSize` to `newSize`
    /// leaves, with their contents computed from node hashes in `reader`
    /// (which must hold the tree of `newSize` leaves).
    public static func buildTiles(
        from oldSize: UInt64, to newSize: UInt64, reader: some HashReader
    ) throws -> [(tile: TileID, contents: Data)] {
        try tilesAdded(from: oldSize, to: newSize).map { tile in (tile, try tile.contents(from: reader)) }
    }
}
