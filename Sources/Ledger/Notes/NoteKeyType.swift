import Foundation
import Crypto

/// The signature type byte of a signed-note key (C2SP signed-note
/// "Signature types"), which fixes the algorithm and the signed message.
public struct NoteKeyType: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
    /// The identifier byte.
    public var rawValue: UInt8
    /// Wraps an identifier byte.
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// 0x01: Ed25519 over the note text (C2SP signed-note).
    public static let ed25519 = NoteKeyType(rawValue: 0x01)
    /// 0x04: timestamped Ed25519 checkpoint cosignatures (C2SP tlog-cosignature, cosignature/v1).
    public static let cosignatureV1 = NoteKeyType(rawValue: 0x04)

    /// Whether this library can sign and verify with keys of this type.
    public var isSupported: Bool { self == .ed25519 || self == .cosignatureV1 }

    /// `0x` and two hex digits.
    public var description: String { "0x" + Hex.encode(Data([rawValue])) }
}

/// Key names and key IDs (C2SP signed-note "Signatures").
enum NoteKeyName {
    /// Throws `invalidKeyName` unless `name` is non-empty and has no Unicode
    /// space, no plus sign and no control character.
    static func validate(_ name: String) throws(LedgerError) {
        guard !name.isEmpty else { throw LedgerError(.invalidKeyName, "key name is empty") }
        for scalar in name.unicodeScalars {
            if scalar == "+" || scalar.properties.isWhitespace || scalar.value < 0x20 || scalar.value == 0x7f {
                throw LedgerError(.invalidKeyName, "key name contains a space, plus or control character: \(name)")
            }
        }
    }

    /// SHA-256(name ‖ 0x0A ‖ type ‖ public key)[:4] as a big-endian integer.
    static func keyID(name: String, type: NoteKeyType, publicKey: Data) -> UInt32 {
        var hasher = SHA256()
        hasher.update(data: Data(name.utf8))
        hasher.update(data: Data([0x0A, type.rawValue]))
        hasher.update(data: publicKey)
        return Data(hasher.finalize().prefix(4)).bigEndianUInt32(at: 0)
    }

    /// The 8-digit lowercase hex form of a key ID.
    static func hexID(_ id: UInt32) -> String {
        Hex.encode(Data.bigEndian(id))
    }

    /// Parses exactly 8 lowercase hex digits.
    static func parseHexID(_ text: Substring) -> UInt32? {
        guard text.utf8.count == 8, text.utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }),
            let data = Hex.decode(String(text))
        else { return nil }
        return data.bigEndianUInt32(at: 0)
    }
}

extension Data {
    /// The big-endian encoding of a 32-bit value.
    static func bigEndian(_ value: UInt32) -> Data {
        Data([UInt8(value >> 24), UInt8(value >> 16 & 0xff), UInt8(value >> 8 & 0xff), UInt8(value & 0xff)])
    }

    /// The big-endian encoding of a 64-bit value.
    static func bigEndian(_ value: UInt64) -> Data {
        bigEndian(UInt32(value >> 32)) + bigEndian(UInt32(value & 0xffff_ffff))
    }

    /// Reads a big-endian 32-bit value at `offset` from the start; the caller
    /// guarantees four bytes are there.
    func bigEndianUInt32(at offset: Int) -> UInt32 {
        let base = startIndex + offset
        return (base..<base + 4).reduce(UInt32(0)) { $0 << 8 | UInt32(self[$1]) }
    }

    /// Reads a big-endian 64-bit value at `offset`; the caller guarantees eight bytes.
    func bigEndianUInt64(at offset: Int) -> UInt64 {
        UInt64(bigEndianUInt32(at: offset)) << 32 | UInt64(bigEndianUInt32(at: offset + 4))
    }
}
