/// The asynchronous counterpart of `HashReader`, for stores that are read
/// asynchronously (network tiles, async databases).
public protocol AsyncHashReader {
    /// The hashes of `nodes`, in the same order.
    func readHashes(_ nodes: [NodeID]) async throws -> [TreeHash]
}

extension ProofPlan {
    /// Fetches the nodes from an asynchronous `reader` in one batch and assembles the proof.
    public func resolve(with reader: some AsyncHashReader) async throws -> [TreeHash] {
        try assemble(try await reader.readHashes(nodes))
    }
}

extension AsyncHashReader {
    /// The root hash (RFC 9162 MTH) of the tree of the first `size` leaves.
    public func rootHash(size: UInt64) async throws -> TreeHash {
        let nodes = TreeFrontier.peakNodes(size: size)
        let hashes = try await readHashes(nodes)
        guard hashes.count == nodes.count else {
            throw LedgerError(.hashReader, "asked for \(nodes.count) hashes, got \(hashes.count)")
        }
        return TreeMath.fold(hashes) ?? TreeHash.emptyRoot
    }
}
