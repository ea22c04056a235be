import Foundation
import Ledger
import Testing

@Suite struct NoteKeyTests {
    @Test func goVerifierAndSignerKeysParseAndRoundTrip() throws {
        let verifier = try NoteVerifierKey(parsing: NoteVectors.peterVerifier)
        #expect(verifier.keyName == "PeterNeumann")
        #expect(verifier.keyID == 0xc74f_20a3)
        #expect(verifier.type == .ed25519)
        #expect(verifier.description == NoteVectors.peterVerifier)
        let signer = try NoteSignerKey(parsing: NoteVectors.peterSigner)
        #expect(signer.keyID == 0xc74f_20a3)
        #expect(signer.encoded == NoteVectors.peterSigner)
        #expect(try signer.verifierKey == verifier)
        #expect(!signer.description.contains("AYEK"))
    }

    @Test func c2spAndCosignatureKeysParse() throws {
        #expect(try NoteVerifierKey(parsing: NoteVectors.c2spVerifier).keyID == 0x530d_903a)
        let witness = try NoteVerifierKey(parsing: NoteVectors.remoraWitness)
        #expect(witness.type == .cosignatureV1)
        #expect(witness.keyID == 0xda77_ade7)
        #expect(try NoteVerifierKey(parsing: NoteVectors.plusInBase64).description == NoteVectors.plusInBase64)
    }

    @Test(arguments: NoteVectors.badVerifiers)
    func badVerifierKeysAreRejected(key: String) {
        #expect(throws: LedgerError.self) { try NoteVerifierKey(parsing: key) }
    }

    /// Go TestNewVerifier / TestNewSigner: every proper substring and every
    /// single-byte increment of a key string must be rejected.
    @Test(arguments: [NoteVectors.peterVerifier, NoteVectors.peterSigner])
    func manglingsAreRejected(key: String) {
        let parse: (String) -> Bool = { text in
            key.hasPrefix("PRIVATE")
                ? (try? NoteSignerKey(parsing: text)) != nil : (try? NoteVerifierKey(parsing: text)) != nil
        }
        let bytes = Array(key.utf8)
        var accepted: [String] = []
        for i in 0...bytes.count {
            for j in (i + 1)..<(bytes.count + 1) where i != 0 || j != bytes.count {
                let text = String(decoding: bytes[i..<j], as: UTF8.self)
                if parse(text) { accepted.append(text) }
            }
        }
        for i in bytes.indices {
            var changed = bytes
            changed[i] &+= 1
            let text = String(decoding: changed, as: UTF8.self)
            if parse(text) { accepted.append(text) }
        }
        #expect(accepted.isEmpty)
    }

    @Test func generatedKeysSignAndVerify() throws {
        let signer = try NoteSignerKey.generate(name: "example.com/log")
        let verifier = try signer.verifierKey
        let parsed = try NoteVerifierKey(parsing: verifier.description)
        let text = Data("hi\n".utf8)
        let signature = try signer.sign(text: text)
        #expect(parsed.verify(text: text, signature: signature))
        #expect(!parsed.verify(text: Data("ho\n".utf8), signature: signature))
        var bad = signature
        bad[bad.startIndex] ^= 1
        #expect(!parsed.verify(text: text, signature: bad))
        #expect(try NoteSignerKey(parsing: signer.encoded).keyID == signer.keyID)
    }

    @Test(arguments: ["", "a b", "a+b", "tab\there", "nbsp\u{00a0}x"])
    func invalidKeyNamesAreRejected(name: String) {
        #expect(throws: LedgerError.self) { try NoteSignerKey.generate(name: name) }
    }
}

@Suite struct SignedNoteTests {
    static func keys() throws -> (peter: NoteVerifierKey, enoch: NoteVerifierKey) {
        (try NoteVerifierKey(parsing: NoteVectors.peterVerifier), try NoteVerifierKey(parsing: NoteVectors.enochVerifier))
    }

    @Test func goSignedNoteVerifies() throws {
        let (peter, enoch) = try Self.keys()
        let note = try SignedNote(parsing: NoteVectors.text + "\n" + NoteVectors.peterSig + NoteVectors.enochSig)
        #expect(note.text == NoteVectors.text)
        #expect(note.signatures.count == 2)
        let one = note.verify(with: [peter])
        #expect(one.isAccepted)
        #expect(one.verified.map(\.signature.keyName) == ["PeterNeumann"])
        #expect(one.unknown.map(\.keyName) == ["EnochRoot"])
        let both = note.verify(with: [peter, enoch])
        #expect(both.verified.count == 2 && both.unknown.isEmpty && both.failed.isEmpty)
        let none = note.verify(with: [])
        #expect(!none.isAccepted && none.unknown.count == 2)
        #expect(note.formatted == NoteVectors.text + "\n" + NoteVectors.peterSig + NoteVectors.enochSig)
    }

    @Test func signingWithGoKeyProducesVerifyingNote() throws {
        let signer = try NoteSignerKey(parsing: NoteVectors.peterSigner)
        let note = try SignedNote.sign(text: NoteVectors.text, with: [signer])
        let (peter, _) = try Self.keys()
        #expect(note.verify(with: [peter]).isAccepted)
        let reparsed = try SignedNote(parsing: note.formatted)
        #expect(reparsed == note)
    }

    @Test func c2spExampleVerifies() throws {
        let key = try NoteVerifierKey(parsing: NoteVectors.c2spVerifier)
        let note = try SignedNote(parsing: NoteVectors.c2spNote)
        #expect(note.text == "This is an example message.\n")
        #expect(note.verify(with: [key]).isAccepted)
    }

    @Test func quasimodoTextEndsAtLastBlankLine() throws {
        let note = try SignedNote(parsing: NoteVectors.quasimodoNote)
        #expect(note.text.hasSuffix("sole:\n\ned è subito sera.\n"))
        #expect(note.signatures.first?.keyName == "quasimodo.example/salvatore")
    }

    @Test func tamperedSignatureFailsAsAValue() throws {
        let (peter, _) = try Self.keys()
        let sig = NoteVectors.peterSig
        let cut = sig.index(sig.startIndex, offsetBy: 60)
        let tampered = String(sig[..<cut]) + "ABCD" + String(sig[cut...])
        let note = try SignedNote(parsing: NoteVectors.text + "\n" + tampered)
        let result = note.verify(with: [peter])
        #expect(!result.isAccepted)
        #expect(result.failed.count == 1)
    }

    /// Go TestOpen "Invalid encoded message syntax", plus too many signatures.
    @Test func malformedNotesAreRejected() {
        let text = NoteVectors.text, sig = NoteVectors.peterSig
        let bad = [
            text, text + "\n", text + "\n" + String(sig.dropLast()), "\u{01}" + text + "\n" + sig,
            text + "\n" + "— Bad Name x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=",
            text + "\n" + sig + "Unexpected line.\n",
            text + "\n" + String(repeating: sig, count: 101),
        ]
        for message in bad {
            #expect(throws: LedgerError.self) { try SignedNote(parsing: message) }
        }
        var invalidUTF8 = Data([0xff])
        invalidUTF8.append(Data((text + "\n" + sig).utf8))
        #expect(throws: LedgerError.self) { try SignedNote(parsing: invalidUTF8) }
    }
}

@Suite struct NoteConstructionTests {
    @Test func notesNeedTextEndingInNewlineAndASignature() throws {
        let signer = try NoteSignerKey.generate(name: "example.com/k")
        #expect(throws: LedgerError.self) { try SignedNote(text: "a\n", signatures: []) }
        #expect(throws: LedgerError.self) { try SignedNote.sign(text: "no newline", with: [signer]) }
        #expect(throws: LedgerError.self) { try SignedNote.sign(text: "bell\u{07}\n", with: [signer]) }
        // Re-signing with the same key replaces its line rather than adding one.
        let note = try SignedNote.sign(text: "a\n", with: [signer]).adding([signer])
        #expect(note.signatures.count == 1)
    }
}

@Suite struct NoteBytesTests {
    @Test func byteOrderMarkIsKeptAndInvalidatesSignatures() throws {
        let key = try NoteVerifierKey(parsing: NoteVectors.c2spVerifier)
        let plain = try SignedNote(parsing: Data(NoteVectors.c2spNote.utf8))
        #expect(plain.verify(with: [key]).isAccepted)
        let withBOM = try SignedNote(parsing: Data([0xEF, 0xBB, 0xBF]) + Data(NoteVectors.c2spNote.utf8))
        #expect(withBOM.text.unicodeScalars.first == "\u{FEFF}")
        #expect(withBOM.verify(with: [key]).failed.count == 1)
    }
}
