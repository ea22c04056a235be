import Foundation
@testable import Ledger
import Testing

@Suite struct LogAppenderTests {
    /// Grow a log in random batches knowing only its edge tiles each time; the
    /// roots match a tree held in memory and the stored tiles serve proofs.
    @Test(arguments: [UInt64(1), 7, 99])
    func edgeTilesAloneGrowTheLog(seed: UInt64) throws {
        var rng = SplitMix64(seed: seed)
        var tree = MemoryTree()
        var stored = DictionaryTiles()
        var size: UInt64 = 0
        while size < 3_000 {
            let count = Int(1 + rng.next() % 600)
            let entries = (0..<count).map { _ in withUnsafeBytes(of: rng.next()) { Data($0) } }
            let edge = Dictionary(uniqueKeysWithValues: try LogAppender.edgeTileIDs(size: size).map { ($0, try stored.readTiles([$0])[0]) })
            let result = try LogAppender(oldSize: size, edgeTiles: edge).append(entries)
            for entry in entries { tree.append(leafData: entry) }
            for (tile, contents) in result.tiles { stored.stored[tile] = contents }
            size = result.size
            #expect(result.root == (try tree.rootHash(size: size)))
        }
        let reader = TileHashReader(treeSize: size, tiles: stored)
        #expect(try reader.rootHash(size: size) == tree.rootHash(size: size))
    }

    /// Past level 2 (65,536 leaves), in batches that end on and across tile
    /// boundaries: every tile written equals the tile computed from the whole tree.
    @Test func tilesEqualThoseOfTheWholeTreeAcrossLevels() throws {
        var tree = MemoryTree()
        var stored = DictionaryTiles()
        var size: UInt64 = 0
        var rng = SplitMix64(seed: 2026)
        for count in [255, 1, 256, 65_024, 3, 4_096 - 3, 300, 1] + (0..<4).map({ _ in Int(1 + rng.next() % 5_000) }) {
            let entries = (0..<count).map { n in Data("entry \(size + UInt64(n))".utf8) }
            let edge = Dictionary(uniqueKeysWithValues: try LogAppender.edgeTileIDs(size: size).map { ($0, try stored.readTiles([$0])[0]) })
            let result = try LogAppender(oldSize: size, edgeTiles: edge).append(entries)
            for entry in entries { tree.append(leafData: entry) }
            size = result.size
            #expect(result.tiles.map(\.tile) == TileMath.tilesAdded(from: size - UInt64(count), to: size))
            for (tile, contents) in result.tiles {
                #expect(contents == (try tile.contents(from: tree)), "tile \(tile.path) at size \(size)")
                stored.stored[tile] = contents
            }
            #expect(result.root == (try tree.rootHash(size: size)))
        }
        #expect(size > 70_000)
    }

    @Test func aMissingEdgeTileIsAnError() throws {
        #expect(throws: LedgerError.self) { try LogAppender(oldSize: 300, edgeTiles: [:]).append([Data("x".utf8)]) }
    }

    @Test func appendingNothingToAnEmptyLogGivesTheEmptyRoot() throws {
        let result = try LogAppender(oldSize: 0, edgeTiles: [:]).append([])
        #expect(result.size == 0)
        #expect(result.root == TreeHash.emptyRoot)
        #expect(result.tiles.isEmpty)
    }
}
