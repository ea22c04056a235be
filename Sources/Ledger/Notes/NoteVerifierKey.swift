public import Foundation
import Crypto

/// Something that can check one signature line of a signed note.
///
/// Verifiers are matched to signature lines by key name and key ID; a
/// signature line that matches no verifier is from an unknown key and is
/// ignored (C2SP signed-note).
public protocol NoteVerifier: Sendable {
    /// The key name that appears in signature lines.
    var keyName: String { get }
    /// The 32-bit key ID that prefixes signatures.
    var keyID: UInt32 { get }
    /// Whether `signature` (the bytes after the key ID) is valid for the note `text`.
    func verify(text: Data, signature: Data) -> Bool
}

/// A signed-note verifier key ("vkey"), `<name>+<hex key ID>+<base64(type ‖ public key)>`,
/// for Ed25519 note signatures (type 0x01) or Ed25519 cosignature/v1
/// witness cosignatures (type 0x04).
public struct NoteVerifierKey: NoteVerifier, Hashable, CustomStringConvertible {
    /// The key name.
    public let keyName: String
    /// The key ID, as computed from name, type and public key.
    public let keyID: UInt32
    /// The signature type.
    public let type: NoteKeyType
    /// The 32-byte Ed25519 public key.
    public let publicKey: Data

    /// A verifier key from its parts; the key ID is computed.
    public init(name: String, type: NoteKeyType = .ed25519, publicKey: Data) throws(LedgerError) {
        try NoteKeyName.validate(name)
        guard type.isSupported else {
            throw LedgerError(.unsupportedKeyType, "unsupported signature type \(type) for key \(name)")
        }
        guard publicKey.count == 32, (try? Curve25519.Signing.PublicKey(rawRepresentation: publicKey)) != nil else {
            throw LedgerError(.malformedKey, "Ed25519 public key for \(name) must be 32 bytes, got \(publicKey.count)")
        }
        self.keyName = name
        self.type = type
        self.publicKey = Data(publicKey)
        self.keyID = NoteKeyName.keyID(name: name, type: type, publicKey: publicKey)
    }

    /// Parses a vkey string strictly: three `+`-separated parts, 8 lowercase
    /// hex digits, padded base64, a supported type, a 32-byte key, and a key
    /// ID that matches the one computed from the rest.
    public init(parsing text: String) throws(LedgerError) {
        // Base64 may itself contain "+", so only the first two are separators.
        let parts = text.split(separator: "+", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3 else {
            throw LedgerError(.malformedKey, "verifier key must have three +-separated parts: \(text)")
        }
        guard let id = NoteKeyName.parseHexID(parts[1]) else {
            throw LedgerError(.malformedKey, "verifier key ID must be 8 lowercase hex digits: \(parts[1])")
        }
        guard let blob = Base64.decodeStrict(String(parts[2])), let typeByte = blob.first else {
            throw LedgerError(.malformedKey, "verifier key material is not padded base64: \(parts[2])")
        }
        try self.init(name: String(parts[0]), type: NoteKeyType(rawValue: typeByte), publicKey: blob.dropFirst())
        guard keyID == id else {
            throw LedgerError(.malformedKey, "verifier key ID \(parts[1]) does not match the key (\(NoteKeyName.hexID(keyID)))")
        }
    }

    /// The vkey string.
    public var description: String {
        "\(keyName)+\(NoteKeyName.hexID(keyID))+\((Data([type.rawValue]) + publicKey).base64EncodedString())"
    }

    /// Whether `signature` is valid for `text`: for type 0x01 an Ed25519
    /// signature over the text; for type 0x04 a timestamp and an Ed25519
    /// signature over the cosignature/v1 message.
    public func verify(text: Data, signature: Data) -> Bool {
        guard let key = try? Curve25519.Signing.PublicKey(rawRepresentation: publicKey) else { return false }
        switch type {
        case .ed25519:
            return signature.count == 64 && key.isValidSignature(signature, for: text)
        case .cosignatureV1:
            guard let parsed = try? CosignatureV1.split(signature) else { return false }
            let message = CosignatureV1.message(body: text, timestamp: parsed.timestamp)
            return key.isValidSignature(parsed.signature, for: message)
        default:
            return false
        }
    }
}
