/// The address of a node in the Merkle tree: the root of the perfect subtree
/// covering leaves `[index << level, (index + 1) << level)`.
///
/// Level 0 nodes are leaf hashes. Only nodes of perfect (full) subtrees have
/// an address; hashes of ragged right edges are computed from these.
public struct NodeID: Sendable, Hashable, CustomStringConvertible {
    /// Height above the leaves (0 for a leaf hash), at most 63.
    public let level: UInt8
    /// Position among the nodes of the same level, counting from the left.
    public let index: UInt64

    /// Creates a node address.
    public init(level: UInt8, index: UInt64) {
        self.level = level
        self.index = index
    }

    /// The first leaf covered by this node.
    public var firstLeaf: UInt64 { index << UInt64(level) }

    /// The number of leaves covered by this node.
    public var leafCount: UInt64 { 1 << UInt64(level) }

    /// `level/index`, for messages.
    public var description: String { "\(level)/\(index)" }
}

/// Reads the hashes of perfect subtrees by address, so that proofs can be
/// generated from any storage: an in-memory tree, a database, or tiles.
///
/// Implementations return one hash per requested node, in request order,
/// and throw if a node is not available.
public protocol HashReader {
    /// The hashes of `nodes`, in the same order.
    func readHashes(_ nodes: [NodeID]) throws -> [TreeHash]
}

extension HashReader {
    /// Reads `nodes` and checks the reader returned exactly one hash each.
    func checkedHashes(_ nodes: [NodeID]) throws -> [TreeHash] {
        let hashes = try readHashes(nodes)
        guard hashes.count == nodes.count else {
            throw LedgerError(.hashReader, "asked for \(nodes.count) hashes, got \(hashes.count)")
        }
        return hashes
    }
}
