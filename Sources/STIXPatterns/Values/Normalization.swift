import Foundation

/// Unicode normalization form C, as the reference applies to `LIKE` and
/// `MATCHES` operands and values (Python `unicodedata.normalize("NFC", …)`).
enum Normalization {
    /// The NFC form of `text`; texts whose scalars are all below U+0300 are
    /// already NFC and are returned as they are, without any work.
    static func nfc(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0xCC }) { return text }
        return text.precomposedStringWithCanonicalMapping
    }

    /// Code-point equality (Python `==`), unlike Swift's canonical-equivalence `==`.
    ///
    /// Lengths are compared first (O(1) for native strings), then the UTF-8
    /// bytes with `memcmp`: this sits on the matcher's hottest paths (member
    /// names, ids, types, values).
    @inline(__always)
    static func codePointsEqual(_ lhs: String, _ rhs: String) -> Bool {
        // Equal representations mean equal contents: this settles short
        // strings held inline (member names, types) and shared storage
        // without touching the bytes. Different representations prove nothing.
        if unsafeBitCast(lhs, to: (UInt64, UInt64).self) == unsafeBitCast(rhs, to: (UInt64, UInt64).self) { return true }
        let count = lhs.utf8.count
        guard count == rhs.utf8.count else { return false }
        let same = lhs.utf8.withContiguousStorageIfAvailable { left in
            rhs.utf8.withContiguousStorageIfAvailable { right in
                count == 0 || memcmp(left.baseAddress!, right.baseAddress!, count) == 0
            }
        }
        if let same, let same { return same }
        return lhs.utf8.elementsEqual(rhs.utf8)
    }

    /// Code-point order (Python `<`); UTF-8 byte order is code-point order.
    static func codePointCompare(_ lhs: String, _ rhs: String) -> Int {
        var left = lhs.utf8.makeIterator()
        var right = rhs.utf8.makeIterator()
        while true {
            switch (left.next(), right.next()) {
            case (nil, nil): return 0
            case (nil, _): return -1
            case (_, nil): return 1
            case let (a?, b?): if a != b { return a < b ? -1 : 1 }
            }
        }
    }
}
