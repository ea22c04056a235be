/// The nodes a proof needs and how to combine them, computed from indices
/// alone, so a caller can fetch the hashes however it likes (synchronously
/// through a `HashReader`, or in batches from a remote or async store) and
/// then assemble the proof.
///
/// Each proof element is the hash of one leaf range; ranges on the ragged
/// right edge of the tree are covered by several perfect subtrees.
public struct ProofPlan: Sendable, Hashable {
    /// For each proof element, the perfect subtrees it is folded from.
    public let elements: [[NodeID]]

    /// Every node to fetch, in order: the concatenation of `elements`.
    public var nodes: [NodeID] { elements.flatMap { $0 } }

    /// Creates a plan from leaf ranges `[begin, end)`, one per proof element.
    init(ranges: [(begin: UInt64, end: UInt64)]) {
        elements = ranges.map { TreeMath.decompose(begin: $0.begin, end: $0.end) }
    }

    /// Builds the proof from the hashes of `nodes`, given in the same order.
    public func assemble(_ hashes: [TreeHash]) throws(LedgerError) -> [TreeHash] {
        let expected = elements.reduce(0) { $0 + $1.count }
        guard hashes.count == expected else {
            throw LedgerError(.hashReader, "proof plan needs \(expected) hashes, got \(hashes.count)")
        }
        var proof: [TreeHash] = []
        var offset = 0
        for element in elements {
            let slice = Array(hashes[offset..<offset + element.count])
            offset += element.count
            if let hash = TreeMath.fold(slice) { proof.append(hash) }
        }
        return proof
    }

    /// Fetches the nodes from `reader` and assembles the proof.
    public func resolve(with reader: some HashReader) throws -> [TreeHash] {
        try assemble(try reader.checkedHashes(nodes))
    }
}
