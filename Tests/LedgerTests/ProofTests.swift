import Foundation
import Ledger
import Testing

// RFC 6962-era proof vectors for the standard 8-leaf tree, transcribed from
// transparency-dev/merkle cmd/proofgen/main.go (inclusionProofs and
// consistencyProofs; there the leaf is 1-based, here `index` is 0-based).
struct InclusionVector: Sendable {
    let index: UInt64, size: UInt64, proof: [TreeHash]
}

struct ConsistencyVector: Sendable {
    let old: UInt64, new: UInt64, proof: [TreeHash]
}

let inclusionVectors: [InclusionVector] = [
    .init(index: 0, size: 1, proof: []),
    .init(index: 0, size: 8, proof: [
        th("96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7"),
        th("5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e"),
        th("6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"),
    ]),
    .init(index: 5, size: 8, proof: [
        th("bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"),
        th("ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0"),
        th("d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"),
    ]),
    .init(index: 2, size: 3, proof: [
        th("fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125"),
    ]),
    .init(index: 1, size: 5, proof: [
        th("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d"),
        th("5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e"),
        th("bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"),
    ]),
]

let consistencyVectors: [ConsistencyVector] = [
    .init(old: 1, new: 1, proof: []),
    .init(old: 1, new: 8, proof: [
        th("96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7"),
        th("5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e"),
        th("6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"),
    ]),
    .init(old: 6, new: 8, proof: [
        th("0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a"),
        th("ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0"),
        th("d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"),
    ]),
    .init(old: 2, new: 5, proof: [
        th("5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e"),
        th("bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"),
    ]),
    .init(old: 6, new: 7, proof: [
        th("0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a"),
        th("b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f"),
        th("d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"),
    ]),
]

@Suite struct PublishedProofTests {
    @Test(arguments: inclusionVectors)
    func inclusionGeneratesAndVerifies(vector: InclusionVector) throws {
        let tree = StandardTree.tree
        let proof = try InclusionProof.generate(index: vector.index, size: vector.size, reader: tree)
        #expect(proof == vector.proof)
        let leaf = TreeHash.leaf(StandardTree.leaves[Int(vector.index)])
        let root = StandardTree.roots[Int(vector.size)]
        #expect(InclusionProof.verify(index: vector.index, size: vector.size, leafHash: leaf, proof: proof, root: root))
        // Wrong index, wrong size, truncated proof, extended proof.
        #expect(!InclusionProof.verify(index: vector.index ^ 1, size: vector.size, leafHash: leaf, proof: proof, root: root))
        #expect(!InclusionProof.verify(index: vector.index, size: vector.size * 2, leafHash: leaf, proof: proof, root: root))
        if !proof.isEmpty {
            #expect(!InclusionProof.verify(
                index: vector.index, size: vector.size, leafHash: leaf, proof: proof.dropLast(), root: root))
        }
        #expect(!InclusionProof.verify(
            index: vector.index, size: vector.size, leafHash: leaf, proof: proof + [root], root: root))
    }

    @Test(arguments: consistencyVectors)
    func consistencyGeneratesAndVerifies(vector: ConsistencyVector) throws {
        let tree = StandardTree.tree
        let proof = try ConsistencyProof.generate(oldSize: vector.old, newSize: vector.new, reader: tree)
        #expect(proof == vector.proof)
        let oldRoot = StandardTree.roots[Int(vector.old)]
        let newRoot = StandardTree.roots[Int(vector.new)]
        #expect(ConsistencyProof.verify(
            oldSize: vector.old, newSize: vector.new, oldRoot: oldRoot, newRoot: newRoot, proof: proof))
        #expect(!ConsistencyProof.verify(
            oldSize: vector.old, newSize: vector.new, oldRoot: newRoot, newRoot: oldRoot, proof: proof)
            || vector.old == vector.new)
        #expect(!ConsistencyProof.verify(
            oldSize: vector.old, newSize: vector.new, oldRoot: oldRoot, newRoot: newRoot, proof: proof + [oldRoot]))
    }

    @Test func generationRejectsBadRanges() {
        #expect(throws: LedgerError.self) { try InclusionProof.plan(index: 8, size: 8) }
        #expect(throws: LedgerError.self) { try ConsistencyProof.plan(oldSize: 0, newSize: 8) }
        #expect(throws: LedgerError.self) { try ConsistencyProof.plan(oldSize: 9, newSize: 8) }
        #expect(throws: LedgerError.self) { try InclusionProof.generate(index: 3, size: 9, reader: StandardTree.tree) }
    }
}

@Suite struct ProbeTests {
    /// Decodes a probe hash; nil when the probe deliberately uses a
    /// hash of the wrong length, which our typed API rejects up front.
    static func decode(_ text: String) -> TreeHash? { try? TreeHash(base64: text) }

    @Test(arguments: MerkleProbes.inclusion)
    func inclusionProbe(probe: InclusionProbe) {
        let proof = probe.proof.map(Self.decode)
        guard let leaf = Self.decode(probe.leaf), let root = Self.decode(probe.root),
            !proof.contains(nil)
        else {
            #expect(!probe.valid, "a valid probe must decode")
            return
        }
        let ok = InclusionProof.verify(
            index: probe.index, size: probe.size, leafHash: leaf, proof: proof.compactMap { $0 }, root: root)
        #expect(ok == probe.valid)
    }

    @Test(arguments: MerkleProbes.consistency)
    func consistencyProbe(probe: ConsistencyProbe) {
        let proof = probe.proof.map(Self.decode)
        guard let oldRoot = Self.decode(probe.oldRoot), let newRoot = Self.decode(probe.newRoot),
            !proof.contains(nil)
        else {
            // "sizes are equal (one) and proof is empty" uses 12-byte
            // placeholder roots that are equal; our API needs 32-byte hashes.
            #expect(!probe.valid || probe.name.hasSuffix("sizes-are-equal-one-and-proof-is-empty.json"))
            return
        }
        let ok = ConsistencyProof.verify(
            oldSize: probe.old, newSize: probe.new, oldRoot: oldRoot, newRoot: newRoot,
            proof: proof.compactMap { $0 })
        #expect(ok == probe.valid)
    }
}
