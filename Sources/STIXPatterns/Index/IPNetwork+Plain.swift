extension IPNetwork {
    /// The common dotted-quad form (`203.0.113.7`: four decimal parts of one
    /// to three digits, no leading zeros, each at most 255) parsed without
    /// allocating; nil for anything else, which the full `inet_aton` reading
    /// handles. For the forms it accepts, both readings agree.
    static func plainIPv4(_ text: String) -> IPNetwork? {
        var value: UInt32 = 0
        var part: UInt32 = 0
        var digits = 0
        var parts = 0
        var startsWithZero = false
        for byte in text.utf8 {
            if byte == UInt8(ascii: ".") {
                guard digits > 0, parts < 3, part <= 255 else { return nil }
                value = value << 8 | part
                parts += 1
                part = 0
                digits = 0
                continue
            }
            guard byte >= 0x30, byte <= 0x39, digits < 3, !(digits > 0 && startsWithZero) else { return nil }
            if digits == 0 { startsWithZero = byte == 0x30 }
            part = part * 10 + UInt32(byte - 0x30)
            digits += 1
        }
        guard digits > 0, parts == 3, part <= 255 else { return nil }
        return IPNetwork(high: UInt64(value << 8 | part) << 32, low: 0, prefix: 32, isV6: false)
    }
}
