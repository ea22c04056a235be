public import Foundation

/// A checkpoint together with the signed note carrying it: the log's
/// signature and any witness cosignatures.
public struct SignedCheckpoint: Sendable, Hashable {
    /// The parsed checkpoint body.
    public let checkpoint: Checkpoint
    /// The signed note whose text is `checkpoint.body`.
    public let note: SignedNote

    /// Parses a signed note and its text as a checkpoint. Signatures are not
    /// checked here; call `verify(with:)`.
    public init(parsing text: String) throws(LedgerError) {
        let note = try SignedNote(parsing: text)
        self.checkpoint = try Checkpoint(parsing: note.text)
        self.note = note
    }

    /// Parses UTF-8 bytes as a signed checkpoint.
    public init(parsing data: Data) throws(LedgerError) {
        guard let text = String(validating: data, as: UTF8.self) else {
            throw LedgerError(.malformedNote, "checkpoint note is not valid UTF-8")
        }
        try self.init(parsing: text)
    }

    /// Wraps an already-parsed note; throws if its text is not `checkpoint.body`.
    init(checkpoint: Checkpoint, note: SignedNote) throws(LedgerError) {
        guard note.text == checkpoint.body else {
            throw LedgerError(.malformedCheckpoint, "note text is not the checkpoint body")
        }
        self.checkpoint = checkpoint
        self.note = note
    }

    /// Signs a checkpoint with the log's key (and any other signers).
    public static func sign(_ checkpoint: Checkpoint, with signers: [any NoteSigner]) throws -> SignedCheckpoint {
        try SignedCheckpoint(checkpoint: checkpoint, note: try SignedNote.sign(text: checkpoint.body, with: signers))
    }

    /// This checkpoint with cosignatures added (e.g. by witnesses with
    /// cosignature/v1 keys), replacing earlier lines by the same keys.
    public func adding(_ signers: [any NoteSigner]) throws -> SignedCheckpoint {
        try SignedCheckpoint(checkpoint: checkpoint, note: try note.adding(signers))
    }

    /// Checks the signatures against trusted log and witness keys.
    public func verify(with verifiers: [any NoteVerifier]) -> NoteVerification {
        note.verify(with: verifiers)
    }

    /// The note in wire form.
    public var formatted: String { note.formatted }
}
