import Crypto
import Foundation

/// RFC 9162 hashing over raw 32-byte buffers, for the sequencer's hot path:
/// the same functions as ``TreeHash/leaf(_:)`` and ``TreeHash/node(_:_:)``
/// without a heap-allocated value per hash.
enum RawHashing {
    /// Appends SHA-256(0x00 ‖ entry) to `output`.
    static func appendLeafHash(of entry: Data, to output: inout Data) {
        var hasher = SHA256()
        withUnsafeBytes(of: UInt8(0x00)) { hasher.update(bufferPointer: $0) }
        entry.withUnsafeBytes { hasher.update(bufferPointer: $0) }
        hasher.finalize().withUnsafeBytes { output.append(contentsOf: $0) }
    }

    /// SHA-256(0x01 ‖ left ‖ right).
    static func nodeHash(_ left: [UInt8], _ right: [UInt8]) -> [UInt8] {
        var hasher = SHA256()
        withUnsafeBytes(of: UInt8(0x01)) { hasher.update(bufferPointer: $0) }
        left.withUnsafeBytes { hasher.update(bufferPointer: $0) }
        right.withUnsafeBytes { hasher.update(bufferPointer: $0) }
        return hasher.finalize().withUnsafeBytes { Array($0) }
    }

    /// The root of a perfect subtree whose bottom hashes (a power of two of
    /// them) are concatenated in `hashes`, hashed up pairwise in one buffer.
    static func perfectRoot(of hashes: Data) -> [UInt8] {
        var layer = [UInt8](hashes)
        var count = layer.count / TreeHash.byteCount
        layer.withUnsafeMutableBytes { buffer in
            while count > 1 {
                for pair in 0..<count / 2 {
                    var hasher = SHA256()
                    withUnsafeBytes(of: UInt8(0x01)) { hasher.update(bufferPointer: $0) }
                    hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: buffer[pair * 64 ..< pair * 64 + 64]))
                    hasher.finalize().withUnsafeBytes { digest in
                        UnsafeMutableRawBufferPointer(rebasing: buffer[pair * 32 ..< pair * 32 + 32]).copyMemory(from: digest)
                    }
                }
                count /= 2
            }
        }
        return Array(layer.prefix(TreeHash.byteCount))
    }
}
