import Foundation
import Ledger
import Testing

// The standard 8-leaf test tree used by Certificate Transparency and
// transparency-dev/merkle: leaf inputs, root hashes for sizes 0...8, and
// node hashes, transcribed from transparency-dev/merkle testonly/constants.go.
enum StandardTree {
    static let leaves: [Data] = [
        hex(""), hex("00"), hex("10"), hex("2021"), hex("3031"), hex("40414243"),
        hex("5051525354555657"), hex("606162636465666768696a6b6c6d6e6f"),
    ]
    static let roots: [TreeHash] = [
        th("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        th("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d"),
        th("fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125"),
        th("aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77"),
        th("d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"),
        th("4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4"),
        th("76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef"),
        th("ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c"),
        th("5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"),
    ]
    static var tree: MemoryTree {
        var tree = MemoryTree()
        for leaf in leaves { tree.append(leafData: leaf) }
        return tree
    }
}

@Suite struct HashingTests {
    // Hasher vectors from transparency-dev/merkle rfc6962/rfc6962_test.go.
    @Test func emptyRootIsSHA256OfEmptyString() {
        #expect(TreeHash.emptyRoot == th("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"))
    }

    @Test func leafAndNodeHashes() {
        #expect(TreeHash.leaf(Data()) == th("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d"))
        #expect(TreeHash.leaf(Data("L123456".utf8))
            == th("395aa064aa4c29f7010acfe3f25db9485bbd4b91897b6ad7ad547639252b4d56"))
        // Node hash: level-1 node 0 of the standard tree (testonly/constants.go).
        #expect(TreeHash.node(TreeHash.leaf(Data()), TreeHash.leaf(Data([0x00])))
            == th("fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125"))
    }

    @Test func hashRejectsWrongLengthsAndSloppyBase64() {
        #expect(throws: LedgerError.self) { try TreeHash(Data(count: 31)) }
        #expect(throws: LedgerError.self) { try TreeHash(base64: "ZG9uJ3QgY2FyZSAy") }
        let good = TreeHash.emptyRoot.base64
        #expect(throws: LedgerError.self) { try TreeHash(base64: String(good.dropLast())) }
        #expect(throws: LedgerError.self) { try TreeHash(base64: " " + good) }
        #expect((try? TreeHash(base64: good)) == TreeHash.emptyRoot)
    }
}

@Suite struct RootTests {
    @Test(arguments: 0...8)
    func memoryTreeAndFrontierRoots(size: Int) throws {
        let tree = MemoryTree(leafHashes: StandardTree.leaves.prefix(size).map { TreeHash.leaf($0) })
        #expect(tree.root == StandardTree.roots[size])
        var frontier = TreeFrontier()
        for leaf in StandardTree.leaves.prefix(size) { frontier.append(leafHash: TreeHash.leaf(leaf)) }
        #expect(frontier.root == StandardTree.roots[size])
        #expect(try TreeFrontier(size: UInt64(size), reader: StandardTree.tree).root == StandardTree.roots[size])
        #expect(try StandardTree.tree.rootHash(size: UInt64(size)) == StandardTree.roots[size])
    }

    @Test func frontierReportsCompletedNodes() {
        var frontier = TreeFrontier()
        var completed: [NodeID] = []
        for leaf in StandardTree.leaves {
            completed += frontier.appendReturningNodes(leafHash: TreeHash.leaf(leaf)).map(\.node)
        }
        #expect(completed.count == 15)
        #expect(completed.last == NodeID(level: 3, index: 0))
        #expect(frontier.peaks == [StandardTree.roots[8]])
    }

    @Test func frontierRejectsWrongPeakCount() {
        #expect(throws: LedgerError.self) { try TreeFrontier(size: 3, peaks: [TreeHash.emptyRoot]) }
    }
}
