import Foundation
import Ledger
import Testing

@Suite struct CheckpointTests {
    @Test func c2spCheckpointExampleParses() throws {
        let signed = try SignedCheckpoint(parsing: NoteVectors.checkpointNote)
        #expect(signed.checkpoint.origin == "example.com/behind-the-sofa")
        #expect(signed.checkpoint.size == 20_852_163)
        #expect(signed.checkpoint.root.base64 == "CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=")
        #expect(signed.checkpoint.extensions.isEmpty)
        #expect(signed.formatted == NoteVectors.checkpointNote)
        // The log's key is not published: its signature is from an unknown key.
        #expect(signed.verify(with: []).unknown.count == 1)
    }

    @Test func c2spCosignatureExampleCarriesItsTimestamp() throws {
        let signed = try SignedCheckpoint(parsing: NoteVectors.cosignedCheckpointNote)
        let witness = try #require(signed.note.signatures.last)
        #expect(witness.keyName == "witness.example.com/w1")
        #expect(try CosignatureV1.timestamp(of: witness) == 1_679_315_147)
    }

    @Test func bodyRoundTripsWithExtensions() throws {
        let checkpoint = try Checkpoint(origin: "example.com/log", size: 0, root: TreeHash.emptyRoot, extensions: ["x y"])
        #expect(checkpoint.body == "example.com/log\n0\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\nx y\n")
        #expect(try Checkpoint(parsing: checkpoint.body) == checkpoint)
    }

    static let root = "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="
    @Test(arguments: [
        "o\n1\n\(root)",  // no final newline
        "o\n1\n",  // missing root
        "\n1\n\(root)\n",  // empty origin
        "o\n01\n\(root)\n",  // leading zero
        "o\n+1\n\(root)\n",  // sign
        "o\n 1\n\(root)\n",  // space
        "o\n18446744073709551616\n\(root)\n",  // overflow
        "o\n1\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU\n",  // unpadded
        "o\n1\nZG9uJ3QgY2FyZSAy\n",  // wrong length
        "o\n1\n\(root) \n",  // trailing garbage
        "o\n1\n\(root)\n\n",  // empty extension line
    ])
    func malformedBodiesAreRejected(body: String) {
        #expect(throws: LedgerError.self) { try Checkpoint(parsing: body) }
    }
}

@Suite struct CosignatureTests {
    @Test func publishedTimestampDecodes() throws {
        let blob = try #require(Data(base64Encoded: NoteVectors.timestampedSignature))
        let signature = try NoteSignature(keyName: "w", keyID: 0, signature: blob.dropFirst(4))
        #expect(try CosignatureV1.timestamp(of: signature) == 1_727_964_367)
        #expect(CosignatureV1.message(body: Data("a\n".utf8), timestamp: 7) == Data("cosignature/v1\ntime 7\na\n".utf8))
    }

    @Test func logSignsAndWitnessCosigns() throws {
        let log = try NoteSignerKey.generate(name: "example.com/log")
        let witness = try NoteSignerKey(
            name: "witness.example/w1", type: .cosignatureV1,
            seed: Data(repeating: 7, count: 32), clock: { 1_700_000_000 })
        let checkpoint = try Checkpoint(origin: "example.com/log", size: 8, root: StandardTree.roots[8])
        let signed = try SignedCheckpoint.sign(checkpoint, with: [log]).adding([witness])
        let parsed = try SignedCheckpoint(parsing: signed.formatted)
        let witnessKey = try NoteVerifierKey(parsing: try witness.verifierKey.description)
        #expect(witnessKey.type == .cosignatureV1)
        let result = parsed.verify(with: [try log.verifierKey, witnessKey])
        #expect(result.isAccepted && result.verified.count == 2)
        #expect(result.verifiedCount(among: [witnessKey]) == 1)
        let cosig = try #require(parsed.note.signatures.last)
        #expect(try CosignatureV1.timestamp(of: cosig) == 1_700_000_000)
        // A witness key used as a plain Ed25519 key must not verify, nor the reverse.
        let plain = try NoteVerifierKey(name: witnessKey.keyName, type: .ed25519, publicKey: witnessKey.publicKey)
        #expect(!parsed.verify(with: [plain]).isAccepted)
        // Changing the body (the size) invalidates the cosignature.
        let other = try SignedNote(text: "example.com/log\n9\n\(StandardTree.roots[8].base64)\n", signatures: [cosig])
        #expect(other.verify(with: [witnessKey]).failed.count == 1)
    }
}
