public import Foundation
import Crypto

/// Something that can add a signature line to a signed note.
public protocol NoteSigner: Sendable {
    /// The key name that appears in the signature line.
    var keyName: String { get }
    /// The 32-bit key ID that prefixes the signature.
    var keyID: UInt32 { get }
    /// The signature bytes (without the key ID) over the note `text`.
    func sign(text: Data) throws -> Data
}

/// A signed-note private key, `PRIVATE+KEY+<name>+<hex key ID>+<base64(type ‖ seed)>`,
/// for Ed25519 note signatures (type 0x01) or cosignature/v1 witness
/// cosignatures (type 0x04).
///
/// Its `description` is redacted so a key is not logged by accident; use
/// `encoded` to write it out deliberately.
public struct NoteSignerKey: NoteSigner, CustomStringConvertible {
    /// The key name.
    public let keyName: String
    /// The key ID of the matching verifier key.
    public let keyID: UInt32
    /// The signature type.
    public let type: NoteKeyType
    /// The 32-byte Ed25519 seed.
    private let seed: Data
    /// The current time in seconds, used for cosignature timestamps.
    private let clock: @Sendable () -> UInt64

    /// A signer from a 32-byte Ed25519 seed. `clock` gives the POSIX time
    /// for cosignature/v1 timestamps and defaults to the system clock.
    public init(
        name: String, type: NoteKeyType = .ed25519, seed: Data,
        clock: @escaping @Sendable () -> UInt64 = { UInt64(max(0, Date().timeIntervalSince1970)) }
    ) throws(LedgerError) {
        try NoteKeyName.validate(name)
        guard type.isSupported else {
            throw LedgerError(.unsupportedKeyType, "unsupported signature type \(type) for key \(name)")
        }
        guard seed.count == 32, let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: seed) else {
            throw LedgerError(.malformedKey, "Ed25519 seed for \(name) must be 32 bytes, got \(seed.count)")
        }
        self.keyName = name
        self.type = type
        self.seed = Data(seed)
        self.clock = clock
        self.keyID = NoteKeyName.keyID(name: name, type: type, publicKey: key.publicKey.rawRepresentation)
    }

    /// A new random key.
    public static func generate(name: String, type: NoteKeyType = .ed25519) throws(LedgerError) -> NoteSignerKey {
        try NoteSignerKey(name: name, type: type, seed: Curve25519.Signing.PrivateKey().rawRepresentation)
    }

    /// Parses a private key string strictly, checking the key ID.
    public init(parsing text: String) throws(LedgerError) {
        // Base64 may itself contain "+", so only the first four are separators.
        let parts = text.split(separator: "+", maxSplits: 4, omittingEmptySubsequences: false)
        guard parts.count == 5, parts[0] == "PRIVATE", parts[1] == "KEY" else {
            throw LedgerError(.malformedKey, "signer key must be PRIVATE+KEY+name+id+key")
        }
        guard let id = NoteKeyName.parseHexID(parts[3]) else {
            throw LedgerError(.malformedKey, "signer key ID must be 8 lowercase hex digits")
        }
        guard let blob = Base64.decodeStrict(String(parts[4])), let typeByte = blob.first else {
            throw LedgerError(.malformedKey, "signer key material is not padded base64")
        }
        try self.init(name: String(parts[2]), type: NoteKeyType(rawValue: typeByte), seed: blob.dropFirst())
        guard keyID == id else {
            throw LedgerError(.malformedKey, "signer key ID \(parts[3]) does not match the key")
        }
    }

    /// The private key string. Secret: handle with care.
    public var encoded: String {
        "PRIVATE+KEY+\(keyName)+\(NoteKeyName.hexID(keyID))+\((Data([type.rawValue]) + seed).base64EncodedString())"
    }

    /// A redacted description naming the key.
    public var description: String { "NoteSignerKey(\(keyName)+\(NoteKeyName.hexID(keyID)), redacted)" }

    /// The matching verifier key.
    public var verifierKey: NoteVerifierKey {
        get throws(LedgerError) {
            guard let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: seed) else {
                throw LedgerError(.malformedKey, "seed for \(keyName) is not an Ed25519 seed")
            }
            return try NoteVerifierKey(name: keyName, type: type, publicKey: key.publicKey.rawRepresentation)
        }
    }

    /// Signs `text`: for type 0x04 with the current time as the cosignature timestamp.
    public func sign(text: Data) throws -> Data {
        try sign(text: text, timestamp: clock())
    }

    /// Signs `text`; `timestamp` is used only by cosignature/v1 keys.
    public func sign(text: Data, timestamp: UInt64) throws(LedgerError) -> Data {
        do {
            let key = try Curve25519.Signing.PrivateKey(rawRepresentation: seed)
            switch type {
            case .cosignatureV1:
                guard timestamp <= UInt64(Int64.max) else {
                    throw LedgerError(.malformedCosignature, "cosignature timestamp exceeds 2^63-1")
                }
                let message = CosignatureV1.message(body: text, timestamp: timestamp)
                return Data.bigEndian(timestamp) + (try key.signature(for: message))
            default:
                return try key.signature(for: text)
            }
        } catch let error as LedgerError {
            throw error
        } catch {
            throw LedgerError(.signingFailed, "Ed25519 signing with \(keyName) failed: \(error)")
        }
    }
}
