/// The address of a C2SP tlog-tiles hash tile: `tile/<L>/<N>[.p/<W>]`.
///
/// Tile `N` at tile level `L` holds up to 256 consecutive Merkle tree
/// hashes at tree level `8·L`: entry `i` is the node `(8·L, N·256 + i)`.
/// A tile of width 256 is full; narrower tiles are partial and exist only
/// at the right edge of a tree.
public struct TileID: Sendable, Hashable, CustomStringConvertible {
    /// The number of tree levels a tile spans.
    public static let height: UInt8 = 8
    /// The number of hashes in a full tile.
    public static let fullWidth: UInt16 = 256

    /// The tile level `L`, 0...63 (level 0 holds leaf hashes).
    public let level: UInt8
    /// The tile index `N` within its level.
    public let index: UInt64
    /// The number of hashes, 1...256.
    public let width: UInt16

    /// A tile address; throws `malformedTile` for a level above 63 or a
    /// width outside 1...256.
    public init(level: UInt8, index: UInt64, width: UInt16 = TileID.fullWidth) throws(LedgerError) {
        guard level <= 63 else { throw LedgerError(.malformedTile, "tile level \(level) is above 63") }
        guard (1...TileID.fullWidth).contains(width) else {
            throw LedgerError(.malformedTile, "tile width \(width) is outside 1...256")
        }
        self.level = level
        self.index = index
        self.width = width
    }

    /// Whether the tile holds fewer than 256 hashes.
    public var isPartial: Bool { width < TileID.fullWidth }

    /// The tree level of the hashes in this tile: `8·L`.
    public var treeLevel: UInt8 { level * TileID.height }

    /// The tree nodes whose hashes make up this tile, in order.
    public var nodes: [NodeID] {
        let first = index << 8
        return (0..<UInt64(width)).map { NodeID(level: treeLevel, index: first + $0) }
    }

    /// The size in bytes of the tile's content.
    public var byteCount: Int { Int(width) * TreeHash.byteCount }

    /// The resource path, e.g. `tile/0/x001/x234/067.p/8`.
    public var path: String {
        "tile/\(level)/" + TilePath.encodeIndex(index) + TilePath.widthSuffix(width)
    }

    /// The path.
    public var description: String { path }

    /// Parses a path strictly (no leading zeroes, `.p/` only with a width of 1...255).
    public init(parsingPath path: String) throws(LedgerError) {
        guard path.hasPrefix("tile/"), !path.hasPrefix("tile/entries/") else {
            throw LedgerError(.malformedTile, "not a hash tile path: \(path)")
        }
        let rest = path.dropFirst(5)
        guard let slash = rest.firstIndex(of: "/"), let level = TilePath.parseDecimal(rest[..<slash], max: 63) else {
            throw LedgerError(.malformedTile, "tile path has no valid level: \(path)")
        }
        let (index, width) = try TilePath.parseIndexAndWidth(rest[rest.index(after: slash)...], path: path)
        try self.init(level: UInt8(level), index: index, width: width)
    }
}

/// The address of a C2SP tlog-tiles entry bundle: `tile/entries/<N>[.p/<W>]`,
/// holding entries `N·256 ..< N·256 + W`.
public struct EntryBundleID: Sendable, Hashable, CustomStringConvertible {
    /// The bundle index `N`.
    public let index: UInt64
    /// The number of entries, 1...256.
    public let width: UInt16

    /// A bundle address; throws `malformedTile` for a width outside 1...256.
    public init(index: UInt64, width: UInt16 = TileID.fullWidth) throws(LedgerError) {
        guard (1...TileID.fullWidth).contains(width) else {
            throw LedgerError(.malformedTile, "entry bundle width \(width) is outside 1...256")
        }
        self.index = index
        self.width = width
    }

    /// Whether the bundle holds fewer than 256 entries.
    public var isPartial: Bool { width < TileID.fullWidth }

    /// The index of the first entry.
    public var firstEntry: UInt64 { index << 8 }

    /// The resource path, e.g. `tile/entries/x001/234.p/5`.
    public var path: String { "tile/entries/" + TilePath.encodeIndex(index) + TilePath.widthSuffix(width) }

    /// The path.
    public var description: String { path }

    /// Parses a path strictly.
    public init(parsingPath path: String) throws(LedgerError) {
        guard path.hasPrefix("tile/entries/") else {
            throw LedgerError(.malformedTile, "not an entry bundle path: \(path)")
        }
        let (index, width) = try TilePath.parseIndexAndWidth(path.dropFirst(13), path: path)
        try self.init(index: index, width: width)
    }
}
