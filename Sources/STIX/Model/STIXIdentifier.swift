/// A STIX identifier, `object-type--UUID`, such as
/// `indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f`.
///
/// Parsing follows STIX 2.1 §2.9 as `stix2-validator` enforces it: the type
/// part starts with a lowercase letter and uses `a-z`, `0-9` and `-`; the
/// UUID is in the canonical 8-4-4-4-12 hexadecimal form with an RFC 4122
/// variant and a version from 1 to 5.
public struct STIXIdentifier: Sendable, Hashable, CustomStringConvertible {
    /// The object type named before the `--`.
    public let type: String
    /// The UUID text after the `--`, as written.
    public let uuid: String
    /// The UUID version (the first digit of the third group).
    public let uuidVersion: Int

    /// Parses `text`, returning `nil` when it is not a well-formed identifier.
    public init?(_ text: String) {
        let utf8 = Array(text.utf8)
        guard utf8.count >= 36 + 2 + 3 else { return nil }
        let typeLength = utf8.count - 38
        guard utf8[typeLength] == UInt8(ascii: "-"), utf8[typeLength + 1] == UInt8(ascii: "-"),
              Self.isValidTypePart(utf8[0..<typeLength]) else { return nil }
        let uuidBytes = utf8[(typeLength + 2)...]
        guard let version = Self.uuidVersion(of: uuidBytes) else { return nil }
        type = String(decoding: utf8[0..<typeLength], as: UTF8.self)
        uuid = String(decoding: uuidBytes, as: UTF8.self)
        uuidVersion = version
    }

    /// The identifier text.
    public var description: String { type + "--" + uuid }

    /// `^[a-z][a-z0-9-]+[a-z0-9]$`: at least three characters.
    static func isValidTypePart(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard bytes.count >= 3, let first = bytes.first, let last = bytes.last,
              ASCII.isLowerLetter(first), ASCII.isLowerLetter(last) || ASCII.isDigit(last) else { return false }
        return bytes.allSatisfy { ASCII.isLowerLetter($0) || ASCII.isDigit($0) || $0 == UInt8(ascii: "-") }
    }

    /// The version of a canonical UUID with an RFC 4122 variant, or `nil`.
    static func uuidVersion(of bytes: ArraySlice<UInt8>) -> Int? {
        guard bytes.count == 36 else { return nil }
        for (offset, byte) in bytes.enumerated() {
            if offset == 8 || offset == 13 || offset == 18 || offset == 23 {
                guard byte == UInt8(ascii: "-") else { return nil }
            } else if !ASCII.isHexDigit(byte) {
                return nil
            }
        }
        let start = bytes.startIndex
        let version = Int(bytes[start + 14]) - Int(UInt8(ascii: "0"))
        let variant = bytes[start + 19] | 0x20
        guard (1...5).contains(version) else { return nil }
        guard variant == UInt8(ascii: "8") || variant == UInt8(ascii: "9")
            || variant == UInt8(ascii: "a") || variant == UInt8(ascii: "b") else { return nil }
        return version
    }
}

/// Byte classification helpers for ASCII text.
enum ASCII {
    static func isLowerLetter(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
    static func isUpperLetter(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
    static func isLetter(_ byte: UInt8) -> Bool { isLowerLetter(byte) || isUpperLetter(byte) }
    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    static func isAlphanumeric(_ byte: UInt8) -> Bool { isLetter(byte) || isDigit(byte) }
    static func isHexDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x66)
    }
    static func isLowerHexDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte >= 0x61 && byte <= 0x66)
    }
}
