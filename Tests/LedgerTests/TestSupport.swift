import Foundation
import Ledger

/// Decodes hex test data, failing loudly on a typo in a transcribed vector.
func hex(_ text: String) -> Data {
    var out = Data()
    var chars = Array(text.utf8)[...]
    while chars.count >= 2 {
        guard let byte = UInt8(String(decoding: chars.prefix(2), as: UTF8.self), radix: 16) else {
            fatalError("bad hex in test vector: \(text)")
        }
        out.append(byte)
        chars = chars.dropFirst(2)
    }
    return out
}

/// A tree hash from hex test data.
func th(_ text: String) -> TreeHash {
    guard let hash = try? TreeHash(hex: text) else { fatalError("bad hash in test vector: \(text)") }
    return hash
}

/// A small deterministic PRNG (SplitMix64) so property tests are reproducible.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Flips one bit of a hash.
func flipped(_ hash: TreeHash, bit: Int) -> TreeHash {
    var bytes = hash.bytes
    let index = bytes.startIndex + (bit / 8) % 32
    bytes[index] ^= UInt8(1 << (bit % 8))
    guard let result = try? TreeHash(bytes) else { fatalError("flipped hash has wrong length") }
    return result
}
