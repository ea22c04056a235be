/// The compact range `[0, size)` of an append-only Merkle tree: the hashes
/// of the perfect subtrees ("peaks") that make up the tree, one per set bit
/// of `size`, left (largest) to right.
///
/// Appending a leaf and computing the root both need only these O(log n)
/// hashes, so a log can sequence entries without reading the whole tree.
public struct TreeFrontier: Sendable, Hashable {
    /// The number of leaves covered.
    public private(set) var size: UInt64
    /// The peak hashes, largest subtree first.
    public private(set) var peaks: [TreeHash]

    /// The frontier of the empty tree.
    public init() {
        size = 0
        peaks = []
    }

    /// A frontier from known peaks; throws `invalidRange` unless there is
    /// exactly one peak per set bit of `size`.
    public init(size: UInt64, peaks: [TreeHash]) throws(LedgerError) {
        guard peaks.count == size.nonzeroBitCount else {
            throw LedgerError(
                .invalidRange, "a tree of size \(size) has \(size.nonzeroBitCount) peaks, got \(peaks.count)")
        }
        self.size = size
        self.peaks = peaks
    }

    /// Reads the frontier of the tree of `size` leaves from `reader`.
    public init(size: UInt64, reader: some HashReader) throws {
        let nodes = TreeFrontier.peakNodes(size: size)
        try self.init(size: size, peaks: try reader.checkedHashes(nodes))
    }

    /// The addresses of the peaks of the tree of `size` leaves.
    public static func peakNodes(size: UInt64) -> [NodeID] {
        TreeMath.decompose(begin: 0, end: size)
    }

    /// Appends a leaf hash, merging equal-sized peaks.
    public mutating func append(leafHash: TreeHash) {
        _ = appendReturningNodes(leafHash: leafHash)
    }

    /// The root hash of the tree (RFC 9162 MTH), the empty root for size 0.
    public var root: TreeHash {
        TreeMath.fold(peaks) ?? TreeHash.emptyRoot
    }

    /// Appends a leaf hash and returns every perfect-subtree node it
    /// completes (the leaf itself first), so a store can persist node
    /// hashes as the log grows.
    public mutating func appendReturningNodes(leafHash: TreeHash) -> [(node: NodeID, hash: TreeHash)] {
        var completed: [(node: NodeID, hash: TreeHash)] = [(NodeID(level: 0, index: size), leafHash)]
        var hash = leafHash
        var level: UInt8 = 0
        var index = size
        // Each trailing one bit of `size` is a peak the new leaf completes.
        while (size >> UInt64(level)) & 1 == 1, let left = peaks.popLast() {
            hash = TreeHash.node(left, hash)
            level += 1
            index >>= 1
            completed.append((NodeID(level: level, index: index), hash))
        }
        peaks.append(hash)
        size += 1
        return completed
    }
}
