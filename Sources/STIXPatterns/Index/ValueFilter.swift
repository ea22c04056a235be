/// A one-hash Bloom filter in front of the value table: a cheap byte hash
/// and one bit test dismiss almost every value no indicator names, without
/// SipHash and a probe into a large table (about 16 bits per key, so about
/// 6% of absent values pass on to the table).
///
/// Strings hash by their UTF-8 bytes: code-point equality, exactly the
/// matcher's `=`, so the filter never hides a value the matcher would match.
struct ValueFilter: Sendable {
    private var bits: [UInt64] = Array(repeating: 0, count: 1 << 10)
    private(set) var count = 0

    /// Whether the filter should grow before taking more keys.
    var isCrowded: Bool { count * 16 > bits.count * 64 }

    mutating func insert(_ hash: UInt64) {
        let bit = Int(truncatingIfNeeded: hash) & (bits.count * 64 - 1)
        bits[bit >> 6] |= UInt64(1) << UInt64(bit & 63)
        count += 1
    }

    func mayContain(_ hash: UInt64) -> Bool {
        let bit = Int(truncatingIfNeeded: hash) & (bits.count * 64 - 1)
        return bits[bit >> 6] & (UInt64(1) << UInt64(bit & 63)) != 0
    }

    /// An empty filter sized for `keys` keys.
    init(capacity keys: Int = 0) {
        var words = 1 << 10
        while words * 64 < keys * 32 { words <<= 1 }
        bits = Array(repeating: 0, count: words)
    }

    /// FNV-1a over the node and the value, finished with a multiply so the low bits mix.
    static func hash(node: Int32, _ value: IndexValue) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        func mix(_ byte: UInt8) { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        withUnsafeBytes(of: node.littleEndian) { for byte in $0 { mix(byte) } }
        switch value {
        case .string(let text):
            mix(1)
            for byte in text.utf8 { mix(byte) }
        case .number(let number):
            mix(2)
            withUnsafeBytes(of: (number == 0 ? 0 : number).bitPattern.littleEndian) { for byte in $0 { mix(byte) } }
        case .bool(let flag):
            mix(flag ? 3 : 4)
        }
        return (hash ^ (hash >> 29)) &* 0xBF58_476D_1CE4_E5B9 >> 20
    }
}
