public import Foundation

/// A C2SP signed note: text ending in a newline, a blank line, and one or
/// more signature lines.
///
/// Parsing is strict (malformed notes throw `malformedNote` naming the
/// problem); verification is a value (`NoteVerification`), since unknown
/// keys and bad signatures are expected outcomes a caller decides about.
public struct SignedNote: Sendable, Hashable {
    /// The most signature lines accepted in one note (the spec asks for at least 16).
    public static let maxSignatures = 100

    /// The note text, including its final newline.
    public let text: String
    /// The signature lines, in order.
    public let signatures: [NoteSignature]

    /// A note from text and signatures; throws `malformedNote` if the text
    /// does not end in a newline, has control characters, or there are no
    /// or too many signatures.
    public init(text: String, signatures: [NoteSignature]) throws(LedgerError) {
        try SignedNote.validateText(text)
        guard !signatures.isEmpty else {
            throw LedgerError(.malformedNote, "a signed note needs at least one signature")
        }
        guard signatures.count <= SignedNote.maxSignatures else {
            throw LedgerError(.malformedNote, "note has \(signatures.count) signatures, limit \(SignedNote.maxSignatures)")
        }
        self.text = text
        self.signatures = signatures
    }

    /// Checks note text: ends in a newline, no control characters (below
    /// U+0020) other than newline.
    static func validateText(_ text: String) throws(LedgerError) {
        guard text.hasSuffix("\n") else {
            throw LedgerError(.malformedNote, "note text must end with a newline")
        }
        if let bad = text.unicodeScalars.first(where: { $0.value < 0x20 && $0 != "\n" }) {
            throw LedgerError(.malformedNote, "note contains control character U+\(String(bad.value, radix: 16))")
        }
    }

    /// Parses a note from bytes, which must be valid UTF-8.
    public init(parsing data: Data) throws(LedgerError) {
        guard let string = String(validating: data, as: UTF8.self) else {
            throw LedgerError(.malformedNote, "note is not valid UTF-8")
        }
        try self.init(parsing: string)
    }

    /// Parses a note: the text ends at the last blank line; every following
    /// line must be a well-formed signature line ending in a newline.
    public init(parsing string: String) throws(LedgerError) {
        guard let split = string.range(of: "\n\n", options: .backwards) else {
            throw LedgerError(.malformedNote, "note has no blank line before its signatures")
        }
        let text = String(string[..<split.lowerBound]) + "\n"
        let block = string[split.upperBound...]
        guard !block.isEmpty else { throw LedgerError(.malformedNote, "note has no signatures") }
        guard block.hasSuffix("\n") else {
            throw LedgerError(.malformedNote, "last signature line does not end with a newline")
        }
        let lines = block.dropLast().split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count <= SignedNote.maxSignatures else {
            throw LedgerError(.malformedNote, "note has \(lines.count) signatures, limit \(SignedNote.maxSignatures)")
        }
        var signatures: [NoteSignature] = []
        for line in lines { signatures.append(try NoteSignature(parsingLine: line)) }
        try self.init(text: text, signatures: signatures)
        if let bad = block.unicodeScalars.first(where: { $0.value < 0x20 && $0 != "\n" }) {
            throw LedgerError(.malformedNote, "signatures contain control character U+\(String(bad.value, radix: 16))")
        }
    }

    /// The note in wire form: text, blank line, signature lines.
    public var formatted: String {
        text + "\n" + signatures.map(\.line).joined()
    }

    /// Signs `text` with each signer, producing a note.
    public static func sign(text: String, with signers: [any NoteSigner]) throws -> SignedNote {
        try validateText(text)
        return try SignedNote(text: text, signatures: signatures(over: text, by: signers, keeping: []))
    }

    /// This note with signatures from `signers` appended, replacing any
    /// existing signature with the same key name and ID.
    public func adding(_ signers: [any NoteSigner]) throws -> SignedNote {
        try SignedNote(text: text, signatures: SignedNote.signatures(over: text, by: signers, keeping: signatures))
    }

    /// `existing` with a fresh signature line by each signer, replacing
    /// earlier lines with the same key name and ID.
    private static func signatures(
        over text: String, by signers: [any NoteSigner], keeping existing: [NoteSignature]
    ) throws -> [NoteSignature] {
        var result = existing
        let body = Data(text.utf8)
        for signer in signers {
            let bytes = try signer.sign(text: body)
            let line = try NoteSignature(keyName: signer.keyName, keyID: signer.keyID, signature: bytes)
            result.removeAll { $0.keyName == line.keyName && $0.keyID == line.keyID }
            result.append(line)
        }
        return result
    }

    /// Checks every signature line against `verifiers`: lines matching no
    /// verifier's name and key ID are unknown; a line matching several is
    /// verified if any of them verifies it. Identical duplicate lines count once.
    public func verify(with verifiers: [any NoteVerifier]) -> NoteVerification {
        var verified: [(signature: NoteSignature, key: any NoteVerifier)] = []
        var failed: [NoteSignature] = []
        var unknown: [NoteSignature] = []
        var seen = Set<NoteSignature>()
        let body = Data(text.utf8)
        for signature in signatures where seen.insert(signature).inserted {
            let candidates = verifiers.filter { signature.matches($0) }
            if candidates.isEmpty {
                unknown.append(signature)
            } else if let key = candidates.first(where: { $0.verify(text: body, signature: signature.signature) }) {
                verified.append((signature, key))
            } else {
                failed.append(signature)
            }
        }
        return NoteVerification(verified: verified, failed: failed, unknown: unknown)
    }
}
