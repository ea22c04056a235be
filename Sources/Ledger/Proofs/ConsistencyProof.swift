/// RFC 9162 §2.1.4 consistency proofs: evidence that the tree of `oldSize`
/// leaves is a prefix of the tree of `newSize` leaves.
public enum ConsistencyProof {
    /// The nodes needed to prove consistency between trees of `oldSize` and
    /// `newSize` leaves (RFC 9162 §2.1.4.1 PROOF/SUBPROOF).
    ///
    /// Requires `0 < oldSize ≤ newSize`; the proof is empty when they are equal.
    public static func plan(oldSize: UInt64, newSize: UInt64) throws(LedgerError) -> ProofPlan {
        guard oldSize > 0, oldSize <= newSize else {
            throw LedgerError(
                .invalidRange,
                "consistency needs 0 < old size ≤ new size, got \(oldSize) and \(newSize)")
        }
        var ranges: [(begin: UInt64, end: UInt64)] = []
        var begin: UInt64 = 0
        var end = newSize
        var complete = true
        // SUBPROOF(m, D[begin:end], complete), unrolled; elements are
        // appended after the recursive part, so collect them and reverse.
        while oldSize != end {
            let mid = begin + TreeMath.split(end - begin)
            if oldSize <= mid {
                ranges.append((mid, end))
                end = mid
            } else {
                ranges.append((begin, mid))
                begin = mid
                complete = false
            }
        }
        if !complete { ranges.append((begin, end)) }
        return ProofPlan(ranges: ranges.reversed())
    }

    /// The consistency proof between trees of `oldSize` and `newSize`
    /// leaves, read from `reader`.
    public static func generate(oldSize: UInt64, newSize: UInt64, reader: some HashReader) throws -> [TreeHash] {
        try plan(oldSize: oldSize, newSize: newSize).resolve(with: reader)
    }
}

extension ConsistencyProof {
    /// Whether `proof` shows that the tree of `oldSize` leaves with root
    /// `oldRoot` is a prefix of the tree of `newSize` leaves with root
    /// `newRoot`, by the algorithm of RFC 9162 §2.1.4.2.
    ///
    /// Equal sizes verify only with an empty proof and equal roots. A proof
    /// from the empty tree is meaningless and never verifies. A proof that
    /// does not verify is an expected outcome, so this returns `false`.
    public static func verify(
        oldSize: UInt64, newSize: UInt64, oldRoot: TreeHash, newRoot: TreeHash, proof: [TreeHash]
    ) -> Bool {
        guard oldSize > 0, oldSize <= newSize else { return false }
        if oldSize == newSize { return proof.isEmpty && oldRoot == newRoot }
        guard let roots = rootsFromProof(oldSize: oldSize, newSize: newSize, oldRoot: oldRoot, proof: proof)
        else { return false }
        return roots.old == oldRoot && roots.new == newRoot
    }

    /// The old and new roots implied by a consistency proof (RFC 9162
    /// §2.1.4.2 steps 1–7), or nil if the proof has the wrong shape.
    /// Requires `0 < oldSize < newSize`.
    static func rootsFromProof(
        oldSize: UInt64, newSize: UInt64, oldRoot: TreeHash, proof: [TreeHash]
    ) -> (old: TreeHash, new: TreeHash)? {
        guard !proof.isEmpty else { return nil }
        var path = proof
        if oldSize & (oldSize - 1) == 0 { path.insert(oldRoot, at: 0) }
        var fn = oldSize - 1
        var sn = newSize - 1
        while fn & 1 == 1 {
            fn >>= 1
            sn >>= 1
        }
        var fr = path[0]
        var sr = path[0]
        for node in path.dropFirst() {
            guard sn != 0 else { return nil }
            if fn & 1 == 1 || fn == sn {
                fr = TreeHash.node(node, fr)
                sr = TreeHash.node(node, sr)
                while fn & 1 == 0 && fn != 0 {
                    fn >>= 1
                    sn >>= 1
                }
            } else {
                sr = TreeHash.node(sr, node)
            }
            fn >>= 1
            sn >>= 1
        }
        return sn == 0 ? (fr, sr) : nil
    }
}
