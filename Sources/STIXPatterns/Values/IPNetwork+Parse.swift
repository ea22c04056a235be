import Foundation

extension IPNetwork {
    /// C `inet_aton`: 1–4 dot-separated parts in decimal, octal (`0…`) or hex
    /// (`0x…`); the last part fills the remaining bytes; trailing text after
    /// ASCII whitespace is ignored.
    static func inetAton(_ text: String) -> UInt32? {
        if let result = text.utf8.withContiguousStorageIfAvailable({ inetAton(bytes: $0) }) { return result }
        return Array(text.utf8).withUnsafeBufferPointer { inetAton(bytes: $0) }
    }

    /// ``inetAton(_:)`` over UTF-8 bytes, without allocating.
    static func inetAton(bytes: UnsafeBufferPointer<UInt8>) -> UInt32? {
        var result: UInt64 = 0
        var parts = 0
        var index = 0
        while true {
            guard index < bytes.count, isDigit(bytes[index]) else { return nil }
            guard let (value, next) = number(bytes, from: index) else { return nil }
            index = next
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                guard parts < 3, value <= 0xFF else { return nil }
                result |= value << (24 - 8 * parts)
                parts += 1
                index += 1
            } else {
                // The last part fills the bytes the earlier parts left.
                guard value <= UInt64(0xFFFF_FFFF) >> (8 * parts) else { return nil }
                result |= value
                break
            }
        }
        if index < bytes.count, !isSpace(bytes[index]) { return nil }
        return UInt32(truncatingIfNeeded: result)
    }

    private static func number(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (UInt64, Int)? {
        var index = start
        var base: UInt64 = 10
        var sawDigit = false
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "x") {
                base = 16
                index += 1
            } else {
                base = 8
                sawDigit = true
            }
        }
        var value: UInt64 = 0
        while index < bytes.count, let digit = digitValue(bytes[index], base: base) {
            value = value * base + digit
            guard value <= 0xFFFF_FFFF else { return nil }
            sawDigit = true
            index += 1
        }
        if base == 8, index < bytes.count, bytes[index] == UInt8(ascii: "8") || bytes[index] == UInt8(ascii: "9") {
            return nil
        }
        return sawDigit ? (value, index) : nil
    }

    private static func digitValue(_ byte: UInt8, base: UInt64) -> UInt64? {
        if isDigit(byte) { return UInt64(byte - 0x30) < base || base == 8 && byte < 0x38 ? UInt64(byte - 0x30) : nil }
        guard base == 16 else { return nil }
        let lower = byte | 0x20
        return lower >= 0x61 && lower <= 0x66 ? UInt64(lower - 0x61 + 10) : nil
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }

    /// RFC 4291 text form, with `::` and an optional embedded IPv4 tail.
    static func parseV6(_ text: String) -> (UInt64, UInt64)? {
        let halves = text.components(separatedBy: "::")
        guard halves.count <= 2 else { return nil }
        guard let head = groups(halves[0]) else { return nil }
        var words = head
        if halves.count == 2 {
            guard let tail = groups(halves[1]), head.count + tail.count <= 7 else { return nil }
            words += Array(repeating: 0, count: 8 - head.count - tail.count) + tail
        }
        guard words.count == 8 else { return nil }
        let high = words[0..<4].reduce(UInt64(0)) { $0 << 16 | UInt64($1) }
        let low = words[4..<8].reduce(UInt64(0)) { $0 << 16 | UInt64($1) }
        return (high, low)
    }

    private static func groups(_ text: String) -> [UInt16]? {
        if text.isEmpty { return [] }
        var result: [UInt16] = []
        let pieces = text.split(separator: ":", omittingEmptySubsequences: false)
        for (offset, piece) in pieces.enumerated() {
            if offset == pieces.count - 1, piece.contains(".") {
                let octets = piece.split(separator: ".", omittingEmptySubsequences: false).compactMap { UInt8($0) }
                guard octets.count == 4 else { return nil }
                result += [UInt16(octets[0]) << 8 | UInt16(octets[1]), UInt16(octets[2]) << 8 | UInt16(octets[3])]
            } else {
                guard (1...4).contains(piece.count), let word = UInt16(piece, radix: 16) else { return nil }
                result.append(word)
            }
        }
        return result
    }
}
