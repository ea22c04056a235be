/// Base64 decoding with the rules of Python's non-strict
/// `base64.standard_b64decode`: characters outside the alphabet are skipped,
/// a complete padding sequence ends the data, and a dangling quantum is an
/// error. (Pattern `b'…'` literals are already well formed by the grammar.)
enum Base64 {
    /// The bytes, or nil for a non-ASCII input or bad padding.
    static func decode(_ scalars: some Collection<Unicode.Scalar>) -> [UInt8]? {
        var bytes: [UInt8] = []
        var quad = 0
        var left: UInt32 = 0
        var pads = 0
        for scalar in scalars {
            guard scalar.isASCII else { return nil }
            if scalar == "=" {
                if quad >= 2 {
                    pads += 1
                    if quad + pads >= 4 { return bytes }
                }
                continue
            }
            guard let sextet = value(scalar) else { continue }
            pads = 0
            switch quad {
            case 0: left = sextet
            case 1: bytes.append(UInt8(truncatingIfNeeded: left << 2 | sextet >> 4)); left = sextet & 0x0F
            case 2: bytes.append(UInt8(truncatingIfNeeded: left << 4 | sextet >> 2)); left = sextet & 0x03
            default: bytes.append(UInt8(truncatingIfNeeded: left << 6 | sextet)); left = 0
            }
            quad = (quad + 1) % 4
        }
        return quad == 0 ? bytes : nil
    }

    static func value(_ scalar: Unicode.Scalar) -> UInt32? {
        switch scalar.value {
        case 0x41...0x5A: scalar.value - 0x41
        case 0x61...0x7A: scalar.value - 0x61 + 26
        case 0x30...0x39: scalar.value - 0x30 + 52
        case 0x2B: 62
        case 0x2F: 63
        default: nil
        }
    }
}
