import Foundation
import Ledger
import Testing

/// Random trees: every inclusion and consistency proof generated from the
/// tree verifies, and flipping any bit of a proof hash makes it fail.
@Suite struct ProofPropertyTests {
    static func randomTree(size: Int, rng: inout SplitMix64) -> MemoryTree {
        var tree = MemoryTree()
        for _ in 0..<size {
            let value = rng.next()
            tree.append(leafData: withUnsafeBytes(of: value) { Data($0) })
        }
        return tree
    }

    @Test(arguments: [1, 2, 3, 5, 7, 8, 9, 31, 64, 100, 257])
    func everyInclusionProofVerifies(size: Int) throws {
        var rng = SplitMix64(seed: UInt64(size))
        let tree = Self.randomTree(size: size, rng: &rng)
        let root = tree.root
        let n = UInt64(size)
        for index in 0..<n {
            let leaf = try tree.readHashes([NodeID(level: 0, index: index)])[0]
            let proof = try InclusionProof.generate(index: index, size: n, reader: tree)
            #expect(InclusionProof.verify(index: index, size: n, leafHash: leaf, proof: proof, root: root))
            if !proof.isEmpty {
                var bad = proof
                let at = Int(rng.next() % UInt64(proof.count))
                bad[at] = flipped(bad[at], bit: Int(rng.next() % 256))
                #expect(!InclusionProof.verify(index: index, size: n, leafHash: leaf, proof: bad, root: root))
            }
            #expect(!InclusionProof.verify(
                index: index, size: n, leafHash: flipped(leaf, bit: 7), proof: proof, root: root))
        }
    }

    @Test(arguments: [2, 3, 8, 13, 64, 100, 300])
    func everyConsistencyProofVerifies(size: Int) throws {
        var rng = SplitMix64(seed: UInt64(size) &* 31)
        let tree = Self.randomTree(size: size, rng: &rng)
        let n = UInt64(size)
        for _ in 0..<60 {
            let new = 1 + rng.next() % n
            let old = 1 + rng.next() % new
            let oldRoot = try tree.rootHash(size: old)
            let newRoot = try tree.rootHash(size: new)
            let proof = try ConsistencyProof.generate(oldSize: old, newSize: new, reader: tree)
            #expect(ConsistencyProof.verify(oldSize: old, newSize: new, oldRoot: oldRoot, newRoot: newRoot, proof: proof))
            guard !proof.isEmpty else { continue }
            var bad = proof
            let at = Int(rng.next() % UInt64(proof.count))
            bad[at] = flipped(bad[at], bit: Int(rng.next() % 256))
            #expect(!ConsistencyProof.verify(oldSize: old, newSize: new, oldRoot: oldRoot, newRoot: newRoot, proof: bad))
            #expect(!ConsistencyProof.verify(
                oldSize: old, newSize: new, oldRoot: oldRoot, newRoot: flipped(newRoot, bit: 3), proof: proof))
        }
    }

    @Test func frontierMatchesMemoryTreeWhileGrowing() throws {
        var rng = SplitMix64(seed: 99)
        var tree = MemoryTree()
        var frontier = TreeFrontier()
        for _ in 0..<600 {
            let leaf = TreeHash.leaf(withUnsafeBytes(of: rng.next()) { Data($0) })
            tree.append(leafHash: leaf)
            frontier.append(leafHash: leaf)
            #expect(frontier.root == tree.root)
        }
        #expect(try TreeFrontier(size: tree.size, reader: tree) == frontier)
    }
}

@Suite struct LargeTreeMathTests {
    @Test func plansForHugeTreesAreComputedWithoutTheTree() throws {
        let plan = try InclusionProof.plan(index: 1 << 63, size: .max)
        #expect(plan.elements.count == 64)
        #expect(try InclusionProof.plan(index: 0, size: .max).elements.count == 64)
        #expect(try ConsistencyProof.plan(oldSize: .max - 1, newSize: .max).elements.count <= 128)
        #expect(TreeFrontier.peakNodes(size: .max).count == 64)
        #expect(TileMath.partialTiles(treeSize: .max).count == 8)
    }

    @Test func outOfRangeNodesThrowInsteadOfTrapping() {
        let reader = TileHashReader(treeSize: 10, tiles: MemoryTiles(tree: StandardTree.tree))
        #expect(throws: LedgerError.self) { try reader.readHashes([NodeID(level: 0, index: .max)]) }
        #expect(throws: LedgerError.self) { try reader.readHashes([NodeID(level: 200, index: 0)]) }
        #expect(throws: LedgerError.self) { try StandardTree.tree.readHashes([NodeID(level: 0, index: .max)]) }
        #expect(throws: LedgerError.self) { try StandardTree.tree.readHashes([NodeID(level: 9, index: 0)]) }
    }
}
