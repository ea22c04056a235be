/// Which tiles make up a tree, and which change as it grows (C2SP tlog-tiles).
public enum TileMath {
    /// The number of full tiles and the width of the partial tile (0 if
    /// none) at tile `level` for a tree of `treeSize` leaves: the partial
    /// width is `floor(size / 256^level) mod 256`.
    public static func tileCount(level: UInt8, treeSize: UInt64) -> (full: UInt64, partialWidth: UInt16) {
        let shift = UInt64(level) * 8
        guard shift < 64 else { return (0, 0) }
        let hashes = treeSize >> shift
        return (hashes >> 8, UInt16(hashes & 0xff))
    }

    /// The highest tile level that has any tile for `treeSize` (0 for the empty tree).
    static func topLevel(treeSize: UInt64) -> UInt8 {
        var level: UInt8 = 0
        while level < 7, treeSize >> (UInt64(level + 1) * 8) > 0 { level += 1 }
        return level
    }

    /// The partial tiles of a tree, one per level that has one, bottom up.
    public static func partialTiles(treeSize: UInt64) -> [TileID] {
        (0...topLevel(treeSize: treeSize)).compactMap { level in
            let count = tileCount(level: level, treeSize: treeSize)
            guard count.partialWidth > 0 else { return nil }
            return try? TileID(level: level, index: count.full, width: count.partialWidth)
        }
    }

    /// Every tile, full and partial, that exists for a tree of `treeSize`
    /// leaves, level by level. For large trees prefer `tilesAdded`, since
    /// this lists about `treeSize / 255` tiles.
    public static func tiles(treeSize: UInt64) -> [TileID] {
        tilesAdded(from: 0, to: treeSize)
    }

    /// The tiles that a tree of `newSize` leaves has and a tree of `oldSize`
    /// leaves does not (new full tiles, and partial tiles that grew or
    /// appeared): exactly what a log must write when it grows.
    public static func tilesAdded(from oldSize: UInt64, to newSize: UInt64) -> [TileID] {
        guard oldSize < newSize else { return [] }
        var result: [TileID] = []
        for level in 0...topLevel(treeSize: newSize) {
            let old = tileCount(level: level, treeSize: oldSize)
            let new = tileCount(level: level, treeSize: newSize)
            // A tile whose old partial width is unchanged is not new.
            let unchangedPartial = old.full == new.full && old.partialWidth == new.partialWidth
            guard !unchangedPartial else { continue }
            for index in old.full..<new.full {
                if let tile = try? TileID(level: level, index: index) { result.append(tile) }
            }
            if new.partialWidth > 0, let tile = try? TileID(level: level, index: new.full, width: new.partialWidth) {
                result.append(tile)
            }
        }
        return result
    }

    /// The entry bundles that a tree of `newSize` leaves has and a tree of
    /// `oldSize` leaves does not.
    public static func entryBundlesAdded(from oldSize: UInt64, to newSize: UInt64) -> [EntryBundleID] {
        tilesAdded(from: oldSize, to: newSize).filter { $0.level == 0 }.compactMap {
            try? EntryBundleID(index: $0.index, width: $0.width)
        }
    }

    /// The level-0 tile (full or partial, as the tree of `treeSize` has it)
    /// holding the hash of leaf `index`.
    public static func leafTile(index: UInt64, treeSize: UInt64) throws(LedgerError) -> TileID {
        try tile(containing: NodeID(level: 0, index: index), treeSize: treeSize)
    }

    /// The tile, as it exists in the tree of `treeSize` leaves, from which
    /// the hash of `node` can be computed: the one holding the node's
    /// descendants at the tile's tree level.
    public static func tile(containing node: NodeID, treeSize: UInt64) throws(LedgerError) -> TileID {
        guard node.level < 64, node.index < treeSize >> UInt64(node.level) else {
            throw LedgerError(.invalidRange, "node \(node) is not complete in a tree of size \(treeSize)")
        }
        let level = node.level / TileID.height
        let within = UInt64(node.level % TileID.height)
        let lastPosition = ((node.index + 1) << within) - 1
        let index = (node.index << within) >> 8
        let count = tileCount(level: level, treeSize: treeSize)
        if index < count.full { return try TileID(level: level, index: index) }
        guard index == count.full, UInt64(count.partialWidth) > lastPosition & 0xff else {
            throw LedgerError(.invalidRange, "node \(node) is not complete in a tree of size \(treeSize)")
        }
        return try TileID(level: level, index: index, width: count.partialWidth)
    }
}
