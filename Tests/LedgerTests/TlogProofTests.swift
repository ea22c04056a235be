import Foundation
import Ledger
import Testing

@Suite struct TlogProofTests {
    static func signedProof(index: UInt64) throws -> (TlogProof, NoteVerifierKey, TreeHash) {
        let log = try NoteSignerKey.generate(name: "example.com/fancylog")
        let tree = StandardTree.tree
        let checkpoint = try Checkpoint(origin: "example.com/fancylog", size: tree.size, root: tree.root)
        let signed = try SignedCheckpoint.sign(checkpoint, with: [log])
        let proof = try TlogProof(
            extra: Data("age-v1.2.1".utf8), index: index,
            inclusionProof: try InclusionProof.generate(index: index, size: tree.size, reader: tree), checkpoint: signed)
        return (proof, try log.verifierKey, TreeHash.leaf(StandardTree.leaves[Int(index)]))
    }

    @Test(arguments: 0..<8)
    func formatParseAndVerify(index: UInt64) throws {
        let (proof, key, leaf) = try Self.signedProof(index: index)
        let text = proof.formatted
        #expect(text.hasPrefix("c2sp.org/tlog-proof@v1\nextra YWdlLXYxLjIuMQ==\nindex \(index)\n"))
        let parsed = try TlogProof(parsing: text)
        #expect(parsed == proof)
        let result = parsed.verify(leafHash: leaf, with: [key])
        #expect(result.isIncluded && result.signatures.isAccepted)
        #expect(!parsed.verify(leafHash: flipped(leaf, bit: 1), with: [key]).isIncluded)
    }

    // The structure of the example in C2SP tlog-proof.md (extra line, index
    // 73894, five proof hashes, checkpoint); its signatures are elided in the
    // spec ("[...]"), so one well-formed signature line stands in for them.
    @Test func specExampleStructureParses() throws {
        let text = """
            c2sp.org/tlog-proof@v1
            extra YWdlLXYxLjIuMS1kYXJ3aW4tYXJtNjQudGFyLmd6
            index 73894
            gSKyXoYZUgZ6jduWYrkDOARinOMGJveXjgMkBTcdPlQ=
            B95lDa8R83lS8n0eG+o0buTxRKQTYFi//1U8anccXmA=
            EKNzoDWG8LGC0Yp9o+sv3qllpMP9uHQ9B20KNL+Q1zs=
            RoopEkOdqkYqMB4MJXrbt/hMjOxsVn0IrWjpz1ZMMes=
            AHCioX9nLjsrse6YhjRRmk1WUEirVOLLRoOQ6vfO5vk=

            example.com/fancylog
            109482
            sFodV/vSp5O8n9a8QpW6PRY97tfOSW5bsc2Xl/EQi08=

            — example.com/fancylog AAAAAAAA

            """
        let proof = try TlogProof(parsing: text)
        #expect(proof.index == 73894)
        #expect(proof.inclusionProof.count == 5)
        #expect(proof.extra == Data("age-v1.2.1-darwin-arm64.tar.gz".utf8))
        #expect(proof.checkpoint.checkpoint.size == 109_482)
        #expect(proof.formatted == text)
    }

    @Test func malformedProofsAreRejected() throws {
        let (proof, _, _) = try Self.signedProof(index: 3)
        let good = proof.formatted
        let bad = [
            good.replacingOccurrences(of: "tlog-proof@v1", with: "tlog-proof@v2"),
            good.replacingOccurrences(of: "index 3", with: "index 03"),
            good.replacingOccurrences(of: "index 3\n", with: ""),
            good.replacingOccurrences(of: "extra YWdlLXYxLjIuMQ==", with: "extra YWdlLXYxLjIuMQ"),
            good.replacingOccurrences(of: "\n\n", with: "\n"),
            String(good.dropLast()),
            good.replacingOccurrences(of: "index 3\n", with: "index 3\nnot-a-hash\n"),
        ]
        for text in bad {
            #expect(throws: LedgerError.self) { try TlogProof(parsing: text) }
        }
    }
}
