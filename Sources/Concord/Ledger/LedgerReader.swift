public import ConcordStore
public import Foundation
public import Ledger

/// Reads the published log for proofs and tiles: tiles by address (a partial
/// tile is served from the full tile that completed it), inclusion and
/// consistency proofs against published sizes, and entry bundles.
public struct LedgerReader: Sendable {
    /// The store holding the log.
    public let store: any Store

    /// Creates a reader.
    public init(store: any Store) {
        self.store = store
    }

    /// The contents of a hash tile, if the log has it at this width.
    public func tile(_ id: TileID, treeSize: UInt64) async throws -> Data? {
        guard TileMath.tiles(treeSize: treeSize).contains(where: { $0.level == id.level && $0.index == id.index && $0.width >= id.width }) else {
            return nil
        }
        return try await store.ledgerTilePrefix(id)
    }

    /// An entry bundle (uint16-length-prefixed leaves) of the published log.
    public func entryBundle(_ id: EntryBundleID, treeSize: UInt64) async throws -> Data? {
        let end = id.firstEntry + UInt64(id.width)
        guard end <= treeSize else { return nil }
        return try EntryBundle.encode(try await store.ledgerLeaves(id.firstEntry..<end))
    }

    /// The hashes `plan` needs from the tree of `treeSize` leaves, read from stored tiles.
    public func resolve(_ plan: ProofPlan, treeSize: UInt64) async throws -> [TreeHash] {
        var tiles: [TileID: Data] = [:]
        for node in plan.nodes {
            let id = try TileMath.tile(containing: node, treeSize: treeSize)
            guard tiles[id] == nil else { continue }
            guard let contents = try await tile(id, treeSize: treeSize) else {
                throw LedgerError(.hashReader, "tile \(id) of size \(treeSize) is missing from the store")
            }
            tiles[id] = contents
        }
        return try plan.resolve(with: TileHashReader(treeSize: treeSize, tiles: LoadedTiles(tiles: tiles)))
    }

    /// The inclusion proof of entry `index` in the tree of `treeSize` leaves.
    public func inclusionProof(index: UInt64, treeSize: UInt64) async throws -> [TreeHash] {
        try await resolve(InclusionProof.plan(index: index, size: treeSize), treeSize: treeSize)
    }

    /// The consistency proof from `oldSize` to `newSize`.
    public func consistencyProof(oldSize: UInt64, newSize: UInt64) async throws -> [TreeHash] {
        try await resolve(ConsistencyProof.plan(oldSize: oldSize, newSize: newSize), treeSize: newSize)
    }
}

/// Tiles already loaded, as a ``TileReader``.
struct LoadedTiles: TileReader {
    let tiles: [TileID: Data]

    func readTiles(_ ids: [TileID]) throws -> [Data] {
        try ids.map { id in
            guard let data = tiles[id] else { throw LedgerError(.hashReader, "tile \(id) was not loaded") }
            return data
        }
    }
}
