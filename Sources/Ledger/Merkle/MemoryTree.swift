public import Foundation

/// An append-only Merkle tree held in memory, storing every perfect
/// subtree hash level by level.
///
/// Useful for tests, for small logs, and as the reference `HashReader`
/// against which store-backed readers are checked.
public struct MemoryTree: Sendable, HashReader {
    /// `levels[l][i]` is the hash of node (l, i); only complete nodes are kept.
    private var levels: [[TreeHash]] = [[]]

    /// Creates an empty tree.
    public init() {}

    /// Creates a tree from leaf hashes.
    public init(leafHashes: some Sequence<TreeHash>) {
        for hash in leafHashes { append(leafHash: hash) }
    }

    /// The number of leaves.
    public var size: UInt64 { UInt64(levels[0].count) }

    /// Appends a leaf given its data, returning its index.
    @discardableResult
    public mutating func append(leafData: some DataProtocol) -> UInt64 {
        append(leafHash: TreeHash.leaf(Data(leafData)))
    }

    /// Appends a leaf given its hash, returning its index.
    @discardableResult
    public mutating func append(leafHash: TreeHash) -> UInt64 {
        let index = size
        levels[0].append(leafHash)
        var level = 0
        // Complete every node whose right child was just completed.
        while levels[level].count % 2 == 0 {
            let count = levels[level].count
            let parent = TreeHash.node(levels[level][count - 2], levels[level][count - 1])
            if levels.count == level + 1 { levels.append([]) }
            levels[level + 1].append(parent)
            level += 1
        }
        return index
    }

    /// The root hash of the current tree.
    public var root: TreeHash {
        // Reading our own complete nodes cannot fail.
        (try? rootHash(size: size)) ?? TreeHash.emptyRoot
    }

    /// The hash of each requested node; throws `hashReader` if a node is
    /// not complete in this tree.
    public func readHashes(_ nodes: [NodeID]) throws -> [TreeHash] {
        try nodes.map { node throws(LedgerError) in
            let level = Int(node.level)
            guard level < levels.count, node.index < UInt64(levels[level].count) else {
                throw LedgerError(.hashReader, "node \(node) is not in a tree of size \(size)")
            }
            return levels[level][Int(node.index)]
        }
    }
}
