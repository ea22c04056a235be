/// Index arithmetic over RFC 9162 Merkle trees.
enum TreeMath {
    /// The largest power of two strictly less than `n` (n ≥ 2): the split
    /// point `k` in RFC 9162 §2.1.1.
    static func split(_ n: UInt64) -> UInt64 {
        precondition(n >= 2, "split needs at least two leaves")
        return UInt64(1) << UInt64(63 - (n - 1).leadingZeroBitCount)
    }

    /// The perfect subtrees, left to right, whose concatenation is the leaf
    /// range `[begin, end)`, where `begin` is aligned so that the range is a
    /// subtree in the sense of RFC 9162 (as every range produced by the
    /// recursive definitions of MTH, PATH and SUBPROOF is).
    ///
    /// The range's hash is the right-to-left fold of these nodes' hashes.
    static func decompose(begin: UInt64, end: UInt64) -> [NodeID] {
        var nodes: [NodeID] = []
        var start = begin
        while start < end {
            var level = UInt8(63 - (end - start).leadingZeroBitCount)
            // Keep the node aligned: shrink while `start` is not a multiple of its size.
            while level > 0 && start & ((1 << UInt64(level)) - 1) != 0 { level -= 1 }
            nodes.append(NodeID(level: level, index: start >> UInt64(level)))
            start += 1 << UInt64(level)
        }
        return nodes
    }

    /// Folds the hashes of a decomposition (left to right) into one hash,
    /// combining from the right as RFC 9162's MTH does for ragged edges.
    static func fold(_ hashes: [TreeHash]) -> TreeHash? {
        guard var result = hashes.last else { return nil }
        for hash in hashes.dropLast().reversed() {
            result = TreeHash.node(hash, result)
        }
        return result
    }
}

extension HashReader {
    /// The Merkle tree hash of the leaf range `[begin, end)` (RFC 9162 MTH),
    /// read as a few perfect subtrees; the empty range hashes to the empty
    /// root. `begin` must be aligned as for `TreeMath.decompose`.
    func rangeHash(begin: UInt64, end: UInt64) throws -> TreeHash {
        guard begin <= end else {
            throw LedgerError(.invalidRange, "range begins at \(begin) after its end \(end)")
        }
        let nodes = TreeMath.decompose(begin: begin, end: end)
        return TreeMath.fold(try checkedHashes(nodes)) ?? TreeHash.emptyRoot
    }

    /// The root hash (RFC 9162 MTH) of the tree of the first `size` leaves,
    /// read as at most 64 perfect subtree hashes.
    public func rootHash(size: UInt64) throws -> TreeHash {
        try rangeHash(begin: 0, end: size)
    }
}
