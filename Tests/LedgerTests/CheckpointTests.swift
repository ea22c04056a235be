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

    // golang.org/x/mod sumdb/tlog/note_test.go TestFormatTree/TestParseTree:
    // the checksum database's tree note has the checkpoint shape, with the
    // root the RFC 9162 leaf hash of "hello world".
    static let goTree = "go.sum database tree\n123456789012\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBb0=\n"

    @Test func goTreeNoteIsACheckpoint() throws {
        let checkpoint = try Checkpoint(
            origin: "go.sum database tree", size: 123_456_789_012, root: TreeHash.leaf(Data("hello world".utf8)))
        #expect(checkpoint.body == Self.goTree)
        #expect(try Checkpoint(parsing: Self.goTree) == checkpoint)
        // Go ignores trailing junk; here a complete line is an extension line
        // and anything else is rejected.
        #expect(try Checkpoint(parsing: Self.goTree + "JOE\n").extensions == ["JOE"])
        #expect(throws: LedgerError.self) { try Checkpoint(parsing: Self.goTree + "JOE") }
        #expect(throws: LedgerError.self) {
            try Checkpoint(parsing: "go.sum database tree\n0xabcdef\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBb0=\n")
        }
        #expect(throws: LedgerError.self) {
            try Checkpoint(parsing: "go.sum database tree\n123456789012\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBTOOBIG=\n")
        }
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
