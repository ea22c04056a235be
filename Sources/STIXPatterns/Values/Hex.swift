/// Hex decoding with the rules of Python's `binascii.a2b_hex`: an even number
/// of hex digits of either case, nothing else.
enum Hex {
    /// The bytes, or nil when the text is not an even run of hex digits.
    static func decode(_ scalars: some Collection<Unicode.Scalar>) -> [UInt8]? {
        guard scalars.count % 2 == 0 else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count / 2)
        var high: UInt8?
        for scalar in scalars {
            guard let nibble = nibble(scalar) else { return nil }
            if let value = high {
                bytes.append(value << 4 | nibble)
                high = nil
            } else {
                high = nibble
            }
        }
        return bytes
    }

    static func nibble(_ scalar: Unicode.Scalar) -> UInt8? {
        switch scalar.value {
        case 0x30...0x39: UInt8(scalar.value - 0x30)
        case 0x41...0x46: UInt8(scalar.value - 0x41 + 10)
        case 0x61...0x66: UInt8(scalar.value - 0x61 + 10)
        default: nil
        }
    }
}
