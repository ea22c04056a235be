public import Foundation
import Crypto

/// A 32-byte SHA-256 hash of a Merkle tree leaf, node or root (RFC 9162 §2.1).
///
/// A distinct type rather than bare `Data` so that every hash in the API is
/// known to have the right length.
public struct TreeHash: Sendable, Hashable, CustomStringConvertible {
    /// The number of bytes in a hash.
    public static let byteCount = 32

    /// The 32 raw bytes.
    public let bytes: Data

    /// Wraps 32 raw bytes; throws `invalidHash` for any other length.
    public init(_ bytes: Data) throws(LedgerError) {
        guard bytes.count == Self.byteCount else {
            throw LedgerError(.invalidHash, "a tree hash has 32 bytes, got \(bytes.count)")
        }
        self.bytes = Data(bytes)
    }

    /// Wraps raw bytes that the caller guarantees are 32 long (digest output).
    init(trusted bytes: Data) {
        self.bytes = bytes
    }

    /// Decodes padded standard base64 of exactly 32 bytes.
    public init(base64 text: some StringProtocol) throws(LedgerError) {
        guard let data = Base64.decodeStrict(String(text)) else {
            throw LedgerError(.invalidHash, "hash is not padded standard base64: \(text.prefix(64))")
        }
        try self.init(data)
    }

    /// Decodes lowercase or uppercase hex of exactly 32 bytes.
    public init(hex text: some StringProtocol) throws(LedgerError) {
        guard let data = Hex.decode(String(text)) else {
            throw LedgerError(.invalidHash, "hash is not hex: \(text.prefix(80))")
        }
        try self.init(data)
    }

    /// The padded standard base64 encoding, as used in checkpoints and proofs.
    public var base64: String { bytes.base64EncodedString() }

    /// The lowercase hex encoding.
    public var hex: String { Hex.encode(bytes) }

    /// The lowercase hex encoding.
    public var description: String { hex }

    /// SHA-256 of arbitrary bytes.
    static func sha256(_ parts: Data...) -> TreeHash {
        var hasher = SHA256()
        for part in parts { hasher.update(data: part) }
        return TreeHash(trusted: Data(hasher.finalize()))
    }

    /// The root of the empty tree: SHA-256 of the empty string (RFC 9162 §2.1.1).
    public static let emptyRoot = sha256(Data())

    /// The hash of a leaf: SHA-256(0x00 ‖ data) (RFC 9162 §2.1.1).
    public static func leaf(_ data: Data) -> TreeHash {
        var hasher = SHA256()
        withUnsafeBytes(of: UInt8(0x00)) { hasher.update(bufferPointer: $0) }
        data.withUnsafeBytes { hasher.update(bufferPointer: $0) }
        return TreeHash(trusted: Data(hasher.finalize()))
    }

    /// The hash of an interior node: SHA-256(0x01 ‖ left ‖ right) (RFC 9162 §2.1.1).
    /// (Hashed from the raw buffers: a sequencer computes about two of these per entry.)
    public static func node(_ left: TreeHash, _ right: TreeHash) -> TreeHash {
        var hasher = SHA256()
        withUnsafeBytes(of: UInt8(0x01)) { hasher.update(bufferPointer: $0) }
        left.bytes.withUnsafeBytes { hasher.update(bufferPointer: $0) }
        right.bytes.withUnsafeBytes { hasher.update(bufferPointer: $0) }
        return TreeHash(trusted: Data(hasher.finalize()))
    }
}
