import Foundation
import Ledger
import Testing

/// Serves tiles computed from a memory tree.
struct MemoryTiles: TileReader {
    let tree: MemoryTree
    func readTiles(_ tiles: [TileID]) throws -> [Data] {
        try tiles.map { try $0.contents(from: tree) }
    }
}

@Suite struct TilePathTests {
    // C2SP tlog-tiles.md, "Merkle Tree": index 1234067 is encoded x001/x234/067.
    @Test func specIndexEncoding() throws {
        let tile = try TileID(level: 0, index: 1_234_067)
        #expect(tile.path == "tile/0/x001/x234/067")
        #expect(try TileID(parsingPath: "tile/0/x001/x234/067") == tile)
    }

    @Test(arguments: [
        ("tile/0/000", 0, 0, 256), ("tile/1/005.p/17", 1, 5, 17), ("tile/2/x001/000.p/1", 2, 1000, 1),
        ("tile/63/999", 63, 999, 256),
    ] as [(String, UInt8, UInt64, UInt16)])
    func pathsRoundTrip(path: String, level: UInt8, index: UInt64, width: UInt16) throws {
        let tile = try TileID(level: level, index: index, width: width)
        #expect(tile.path == path)
        #expect(try TileID(parsingPath: path) == tile)
    }

    @Test func entryBundlePaths() throws {
        let bundle = try EntryBundleID(index: 1_234_067, width: 5)
        #expect(bundle.path == "tile/entries/x001/x234/067.p/5")
        #expect(try EntryBundleID(parsingPath: bundle.path) == bundle)
        #expect(try EntryBundleID(parsingPath: "tile/entries/000").firstEntry == 0)
    }

    @Test(arguments: [
        "tile/0/1", "tile/0/0001", "tile/0/x000/001", "tile/0/001/002", "tile/0/x1/002", "tile/64/000",
        "tile/01/000", "tile/0/000.p/0", "tile/0/000.p/256", "tile/0/000.p/08", "tile/0/000.p/", "tile/0/",
        "tile/entries/000", "tiles/0/000", "tile/0/000/", "tile/0/-01",
    ])
    func badTilePathsAreRejected(path: String) {
        #expect(throws: LedgerError.self) { try TileID(parsingPath: path) }
    }
}

@Suite struct TileMathTests {
    // C2SP tlog-tiles.md, "Partial Tiles": a tree of size 70,000 has 273 full
    // level-0 tiles, a partial level-0 tile of width 112, one full level-1
    // tile, a partial level-1 tile of width 17 and a partial level-2 tile of width 1.
    @Test func specTreeOf70000() throws {
        let tiles = TileMath.tiles(treeSize: 70_000)
        #expect(tiles.filter { $0.level == 0 && !$0.isPartial }.count == 273)
        #expect(tiles.filter { $0.level == 1 && !$0.isPartial }.count == 1)
        #expect(TileMath.partialTiles(treeSize: 70_000) == [
            try TileID(level: 0, index: 273, width: 112), try TileID(level: 1, index: 1, width: 17),
            try TileID(level: 2, index: 0, width: 1),
        ])
        #expect(tiles.count == 273 + 1 + 1 + 1 + 1)
    }

    // Same section: a tree of size 256 is one full level-0 tile and a partial level-1 tile of width 1.
    @Test func specTreeOf256() throws {
        #expect(TileMath.tiles(treeSize: 256) == [try TileID(level: 0, index: 0), try TileID(level: 1, index: 0, width: 1)])
        #expect(TileMath.tiles(treeSize: 0).isEmpty)
    }

    @Test func tilesAddedWhenGrowing() throws {
        #expect(TileMath.tilesAdded(from: 10, to: 10).isEmpty)
        #expect(TileMath.tilesAdded(from: 10, to: 20) == [try TileID(level: 0, index: 0, width: 20)])
        #expect(TileMath.tilesAdded(from: 250, to: 260) == [
            try TileID(level: 0, index: 0), try TileID(level: 0, index: 1, width: 4), try TileID(level: 1, index: 0, width: 1),
        ])
        #expect(TileMath.entryBundlesAdded(from: 250, to: 260).map(\.path) == ["tile/entries/000", "tile/entries/001.p/4"])
        let all = Set(TileMath.tiles(treeSize: 70_000))
        let union = Set(TileMath.tiles(treeSize: 1_000) + TileMath.tilesAdded(from: 1_000, to: 70_000))
        #expect(all.isSubset(of: union))
    }
}

@Suite struct TileReaderTests {
    static func tree(size: Int) -> MemoryTree {
        MemoryTree(leafHashes: (0..<size).map { TreeHash.leaf(Data("entry \($0)".utf8)) })
    }

    @Test(arguments: [1, 255, 256, 257, 1000, 70_000])
    func rootsAndProofsFromTilesMatchTheTree(size: Int) throws {
        let tree = Self.tree(size: size)
        let n = UInt64(size)
        let tiles = MemoryTiles(tree: tree)
        let reader = TileHashReader(treeSize: n, tiles: tiles)
        #expect(try reader.rootHash(size: n) == tree.root)
        var rng = SplitMix64(seed: n)
        for _ in 0..<20 {
            let index = rng.next() % n
            let fromTiles = try InclusionProof.generate(index: index, size: n, reader: reader)
            #expect(fromTiles == (try InclusionProof.generate(index: index, size: n, reader: tree)))
            let old = 1 + rng.next() % n
            let consistency = try ConsistencyProof.generate(oldSize: old, newSize: n, reader: reader)
            #expect(consistency == (try ConsistencyProof.generate(oldSize: old, newSize: n, reader: tree)))
        }
    }

    @Test func incompleteNodesAndBadTilesAreRejected() throws {
        let tree = Self.tree(size: 300)
        let reader = TileHashReader(treeSize: 300, tiles: MemoryTiles(tree: tree))
        #expect(throws: LedgerError.self) { try reader.readHashes([NodeID(level: 0, index: 300)]) }
        #expect(throws: LedgerError.self) { try reader.readHashes([NodeID(level: 6, index: 4)]) }
        #expect(throws: LedgerError.self) { try TileID(level: 0, index: 0, width: 2).hashes(in: Data(count: 63)) }
    }
}

@Suite struct EntryBundleTests {
    @Test func roundTripAndEncoding() throws {
        let entries = [Data(), Data("a".utf8), Data(repeating: 0xab, count: 300)]
        let bundle = try EntryBundle.encode(entries)
        #expect(bundle.prefix(5) == Data([0x00, 0x00, 0x00, 0x01, 0x61]))
        #expect(bundle[5] == 0x01 && bundle[6] == 0x2c)
        #expect(try EntryBundle.decode(bundle, expectedCount: 3) == entries)
    }

    @Test func malformedBundlesAreRejected() throws {
        #expect(throws: LedgerError.self) { try EntryBundle.decode(Data([0x00])) }
        #expect(throws: LedgerError.self) { try EntryBundle.decode(Data([0x00, 0x02, 0x61])) }
        #expect(throws: LedgerError.self) { try EntryBundle.decode(Data([0x00, 0x00]), expectedCount: 2) }
        #expect(throws: LedgerError.self) { try EntryBundle.encode([Data(count: 65_536)]) }
        #expect(throws: LedgerError.self) { try EntryBundle.encode(Array(repeating: Data(), count: 257)) }
    }
}

/// An async view of a memory tree, to exercise `AsyncHashReader`.
struct AsyncMemoryTree: AsyncHashReader {
    let tree: MemoryTree
    func readHashes(_ nodes: [NodeID]) async throws -> [TreeHash] {
        await Task.yield()
        return try tree.readHashes(nodes)
    }
}

@Suite struct TileBuildingTests {
    @Test func fullTileRootIsTheParentTileEntry() throws {
        let tree = TileReaderTests.tree(size: 70_000)
        let tile = try TileID(level: 0, index: 5)
        let root = try tile.subtreeRoot(of: try tile.contents(from: tree))
        #expect(tile.subtreeNode == NodeID(level: 8, index: 5))
        let parent = try TileID(level: 1, index: 0)
        #expect(try parent.hashes(in: try parent.contents(from: tree))[5] == root)
        let partial = try TileID(level: 0, index: 273, width: 112)
        #expect(throws: LedgerError.self) { try partial.subtreeRoot(of: try partial.contents(from: tree)) }
    }

    @Test func asyncReaderResolvesPlans() async throws {
        let reader = AsyncMemoryTree(tree: StandardTree.tree)
        #expect(try await reader.rootHash(size: 7) == StandardTree.roots[7])
        let proof = try await ConsistencyProof.plan(oldSize: 6, newSize: 8).resolve(with: reader)
        #expect(proof == consistencyVectors[2].proof)
    }
}

/// Tiles stored in a dictionary, as a log would write them.
struct DictionaryTiles: TileReader {
    var stored: [TileID: Data] = [:]
    func readTiles(_ tiles: [TileID]) throws -> [Data] {
        try tiles.map { tile in
            guard let data = stored[tile] else { throw LedgerError(.hashReader, "missing \(tile)") }
            return data
        }
    }
}

@Suite struct IncrementalTileTests {
    /// Grow a log in uneven batches, writing only the added tiles each time;
    /// the stored tiles alone then serve roots and proofs for every checkpoint size.
    @Test func addedTilesServeEveryCheckpoint() throws {
        var tree = MemoryTree()
        var store = DictionaryTiles()
        var sizes: [UInt64] = []
        var rng = SplitMix64(seed: 5)
        while tree.size < 5_000 {
            let old = tree.size
            for _ in 0..<(1 + rng.next() % 700) { tree.append(leafData: withUnsafeBytes(of: rng.next()) { Data($0) }) }
            for (tile, data) in try TileMath.buildTiles(from: old, to: tree.size, reader: tree) { store.stored[tile] = data }
            sizes.append(tree.size)
        }
        for size in sizes {
            let reader = TileHashReader(treeSize: size, tiles: store)
            #expect(try reader.rootHash(size: size) == tree.rootHash(size: size))
            let proof = try InclusionProof.generate(index: size / 3, size: size, reader: reader)
            let leaf = try tree.readHashes([NodeID(level: 0, index: size / 3)])[0]
            #expect(InclusionProof.verify(
                index: size / 3, size: size, leafHash: leaf, proof: proof, root: try tree.rootHash(size: size)))
        }
    }
}
