import Foundation

/// Strict padded standard base64 (RFC 4648 §4), as the C2SP formats require.
enum Base64 {
    /// Decodes `text` only if it is canonical padded standard base64: right
    /// alphabet, padding present, no whitespace, and re-encoding gives the
    /// same text (so non-zero trailing bits are rejected).
    static func decodeStrict(_ text: String) -> Data? {
        guard text.utf8.count % 4 == 0 else { return nil }
        guard let data = Data(base64Encoded: text) else { return nil }
        guard data.base64EncodedString() == text else { return nil }
        return data
    }
}

/// Lowercase hex as used by signed-note key IDs and test vectors.
enum Hex {
    /// Lowercase hex of `data`.
    static func encode(_ data: Data) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(data.count * 2)
        for byte in data {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Decodes hex (either case); nil on odd length or a non-hex character.
    static func decode(_ text: String) -> Data? {
        let chars = Array(text.utf8)
        guard chars.count % 2 == 0 else { return nil }
        var out = Data(capacity: chars.count / 2)
        var index = 0
        while index < chars.count {
            guard let high = nibble(chars[index]), let low = nibble(chars[index + 1]) else { return nil }
            out.append(high << 4 | low)
            index += 2
        }
        return out
    }

    private static func nibble(_ char: UInt8) -> UInt8? {
        switch char {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): char - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): char - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): char - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
