/// The outcome of checking a signed note against a set of trusted keys.
///
/// Per C2SP signed-note: signatures from unknown keys are ignored; a note
/// is accepted when at least one known key verified and none failed.
public struct NoteVerification: Sendable {
    /// Signatures that verified, with the key that verified each.
    public let verified: [(signature: NoteSignature, key: any NoteVerifier)]
    /// Signatures from known keys that did not verify.
    public let failed: [NoteSignature]
    /// Signatures from keys not in the trusted set.
    public let unknown: [NoteSignature]

    /// Whether the note may be trusted: some known signature verified and
    /// no known signature failed.
    public var isAccepted: Bool { !verified.isEmpty && failed.isEmpty }

    /// Whether a signature by the key named `name` with ID `keyID` verified.
    public func isVerified(keyName name: String, keyID: UInt32) -> Bool {
        verified.contains { $0.signature.keyName == name && $0.signature.keyID == keyID }
    }

    /// The verified signatures by any of `keys` (e.g. witnesses, for a k-of-n policy).
    public func verifiedCount(among keys: [any NoteVerifier]) -> Int {
        keys.filter { isVerified(keyName: $0.keyName, keyID: $0.keyID) }.count
    }
}
