public import Foundation

/// One signature line of a signed note: `— <name> base64(keyID ‖ signature)`.
public struct NoteSignature: Sendable, Hashable, CustomStringConvertible {
    /// The key name.
    public let keyName: String
    /// The key ID, the first four bytes of the encoded signature.
    public let keyID: UInt32
    /// The signature bytes after the key ID.
    public let signature: Data

    /// A signature line from its parts; throws `invalidKeyName` for a bad name.
    public init(keyName: String, keyID: UInt32, signature: Data) throws(LedgerError) {
        try NoteKeyName.validate(keyName)
        self.keyName = keyName
        self.keyID = keyID
        self.signature = Data(signature)
    }

    /// Parses a line (without its newline); throws `malformedNote` with the reason.
    init(parsingLine line: Substring) throws(LedgerError) {
        guard line.hasPrefix("— ") else {
            throw LedgerError(.malformedNote, "signature line does not start with an em dash and space: \(line.prefix(40))")
        }
        let fields = line.dropFirst(2).split(separator: " ", omittingEmptySubsequences: false)
        guard fields.count == 2 else {
            throw LedgerError(.malformedNote, "signature line must be '— name base64': \(line.prefix(60))")
        }
        guard let blob = Base64.decodeStrict(String(fields[1])), blob.count > 4 else {
            throw LedgerError(.malformedNote, "signature of \(fields[0]) is not padded base64 of more than 4 bytes")
        }
        do {
            try self.init(keyName: String(fields[0]), keyID: blob.bigEndianUInt32(at: 0), signature: blob.dropFirst(4))
        } catch {
            throw LedgerError(.malformedNote, "signature line key name is invalid: \(fields[0])")
        }
    }

    /// The signature line, with its final newline.
    public var line: String {
        "— \(keyName) \((Data.bigEndian(keyID) + signature).base64EncodedString())\n"
    }

    /// `name+hexID`, for messages.
    public var description: String { "\(keyName)+\(NoteKeyName.hexID(keyID))" }

    /// Whether `key` has this line's name and key ID.
    public func matches(_ key: some NoteVerifier) -> Bool {
        key.keyName == keyName && key.keyID == keyID
    }
}
