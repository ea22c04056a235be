/// A failure of a Ledger operation, with a stable code and a message that
/// names what was wrong.
///
/// Only malformed input and misuse throw; expected negative outcomes such as
/// a proof that does not verify or a signature from an unknown key are
/// returned as values.
public struct LedgerError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A stable identifier of a kind of failure; compare errors by code.
    public struct Code: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
        /// The stable textual form of the code.
        public var rawValue: String
        /// Creates a code from its stable textual form.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// The stable textual form of the code.
        public var description: String { rawValue }

        /// A hash is not exactly 32 bytes, or not valid base64 of 32 bytes.
        public static let invalidHash = Code(rawValue: "invalid-hash")
        /// A leaf index or tree size is out of range for the operation.
        public static let invalidRange = Code(rawValue: "invalid-range")
        /// A hash reader returned the wrong number of hashes or failed.
        public static let hashReader = Code(rawValue: "hash-reader")
        /// A signed note does not follow the C2SP signed-note format.
        public static let malformedNote = Code(rawValue: "malformed-note")
        /// A key name is empty or contains a space or a plus sign.
        public static let invalidKeyName = Code(rawValue: "invalid-key-name")
        /// A verifier or signer key string is malformed.
        public static let malformedKey = Code(rawValue: "malformed-key")
        /// A key has a signature type this library does not support.
        public static let unsupportedKeyType = Code(rawValue: "unsupported-key-type")
        /// Signing failed.
        public static let signingFailed = Code(rawValue: "signing-failed")
        /// A checkpoint body does not follow the C2SP tlog-checkpoint format.
        public static let malformedCheckpoint = Code(rawValue: "malformed-checkpoint")
        /// A cosignature is malformed (wrong length, timestamp out of range).
        public static let malformedCosignature = Code(rawValue: "malformed-cosignature")
        /// A tile path, tile size or tile content is malformed.
        public static let malformedTile = Code(rawValue: "malformed-tile")
        /// An entry bundle is malformed or an entry is too long to bundle.
        public static let malformedEntryBundle = Code(rawValue: "malformed-entry-bundle")
        /// A text proof does not follow the C2SP tlog-proof format.
        public static let malformedProof = Code(rawValue: "malformed-proof")
    }

    /// What kind of failure.
    public var code: Code
    /// What failed and why, naming the thing concerned.
    public var message: String

    /// Creates an error.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    /// The message, prefixed by the code.
    public var description: String { "\(code): \(message)" }
}
