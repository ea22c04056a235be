/// RFC 9162 §2.1.3 inclusion proofs: the audit path from a leaf to the root.
public enum InclusionProof {
    /// The nodes needed to prove that leaf `index` is in the tree of `size`
    /// leaves (RFC 9162 §2.1.3.1 PATH), ordered from the leaf's sibling up
    /// to the root's child.
    public static func plan(index: UInt64, size: UInt64) throws(LedgerError) -> ProofPlan {
        guard index < size else {
            throw LedgerError(.invalidRange, "leaf index \(index) is not in a tree of size \(size)")
        }
        var ranges: [(begin: UInt64, end: UInt64)] = []
        var begin: UInt64 = 0
        var end = size
        // Walk down from the root, recording the sibling range at each split.
        while end - begin > 1 {
            let mid = begin + TreeMath.split(end - begin)
            if index < mid {
                ranges.append((mid, end))
                end = mid
            } else {
                ranges.append((begin, mid))
                begin = mid
            }
        }
        return ProofPlan(ranges: ranges.reversed())
    }

    /// The inclusion proof of leaf `index` in the tree of `size` leaves,
    /// read from `reader`.
    public static func generate(index: UInt64, size: UInt64, reader: some HashReader) throws -> [TreeHash] {
        try plan(index: index, size: size).resolve(with: reader)
    }

    /// Whether `proof` shows that `leafHash` is leaf `index` of the tree of
    /// `size` leaves with root `root`, by the algorithm of RFC 9162 §2.1.3.2.
    ///
    /// A proof that does not verify is an expected outcome, so this returns
    /// `false` rather than throwing.
    public static func verify(
        index: UInt64, size: UInt64, leafHash: TreeHash, proof: [TreeHash], root: TreeHash
    ) -> Bool {
        rootFromProof(index: index, size: size, leafHash: leafHash, proof: proof) == root
    }

    /// The root implied by an inclusion proof, or nil if the proof has the
    /// wrong shape for `index` and `size` (RFC 9162 §2.1.3.2 steps 1–5).
    public static func rootFromProof(
        index: UInt64, size: UInt64, leafHash: TreeHash, proof: [TreeHash]
    ) -> TreeHash? {
        guard index < size else { return nil }
        var fn = index
        var sn = size - 1
        var result = leafHash
        for sibling in proof {
            guard sn != 0 else { return nil }
            if fn & 1 == 1 || fn == sn {
                result = TreeHash.node(sibling, result)
                while fn & 1 == 0 && fn != 0 {
                    fn >>= 1
                    sn >>= 1
                }
            } else {
                result = TreeHash.node(result, sibling)
            }
            fn >>= 1
            sn >>= 1
        }
        return sn == 0 ? result : nil
    }
}
