/// An address or CIDR block, for `ISSUBSET` and `ISSUPERSET`.
///
/// IPv4 follows the reference exactly: addresses are parsed like C
/// `inet_aton` (so `10.1`, `0x7f.1` and octal parts are accepted, and
/// anything after a space is ignored), prefixes must be 1–32. IPv6 (any text
/// containing `:`) is a Concord extension; the reference rejects it.
struct IPNetwork: Sendable, Hashable {
    /// The address bits, left-aligned in 128 bits for both families.
    var high: UInt64
    var low: UInt64
    var prefix: Int
    var isV6: Bool

    /// Parses `address` or `address/prefix`; `requirePrefix` demands the slash form.
    init?(_ text: String, requirePrefix: Bool) {
        // IPv4 text, the usual case, is read straight from its UTF-8 bytes.
        let fast = text.utf8.withContiguousStorageIfAvailable { IPNetwork.parseV4(bytes: $0, requirePrefix: requirePrefix) }
        switch fast {
        case .some(.some(.some(let network))): self = network
        case .some(.some(.none)): return nil
        default: self.init(parsingSlowly: text, requirePrefix: requirePrefix)
        }
    }

    /// IPv4 `address` or `address/prefix` from UTF-8 bytes: nil when the text
    /// is not IPv4 (it contains `:`), `.some(nil)` when it is invalid IPv4.
    static func parseV4(bytes: UnsafeBufferPointer<UInt8>, requirePrefix: Bool) -> IPNetwork?? {
        guard !bytes.contains(UInt8(ascii: ":")) else { return nil }
        let slash = bytes.firstIndex(of: UInt8(ascii: "/"))
        if requirePrefix && slash == nil { return .some(nil) }
        var prefix = 32
        if let slash {
            let digits = bytes[(slash + 1)...]
            guard !digits.isEmpty, digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return .some(nil) }
            prefix = digits.reduce(0) { min($0 * 10 + Int($1 - 0x30), 1000) }
            guard prefix >= 1, prefix <= 32 else { return .some(nil) }
        }
        let address = UnsafeBufferPointer(rebasing: bytes[..<(slash ?? bytes.count)])
        guard let value = IPNetwork.inetAton(bytes: address) else { return .some(nil) }
        return IPNetwork(high: UInt64(value) << 32, low: 0, prefix: prefix, isV6: false)
    }

    /// The general parser, for IPv6 and for text without contiguous UTF-8.
    init?(parsingSlowly text: String, requirePrefix: Bool) {
        let parts = text.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        let hasPrefix = parts.count == 2
        if requirePrefix && !hasPrefix { return nil }
        let address = String(parts[0])
        let v6 = address.contains(":")
        let width = v6 ? 128 : 32
        var prefix = width
        if hasPrefix {
            let digits = parts[1]
            guard !digits.isEmpty, digits.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
                  let value = Int(digits), value >= 1, value <= width else { return nil }
            prefix = value
        }
        if v6 {
            guard let (high, low) = IPNetwork.parseV6(address) else { return nil }
            self.init(high: high, low: low, prefix: prefix, isV6: true)
        } else {
            guard let value = IPNetwork.inetAton(address) else { return nil }
            self.init(high: UInt64(value) << 32, low: 0, prefix: prefix, isV6: false)
        }
    }

    init(high: UInt64, low: UInt64, prefix: Int, isV6: Bool) {
        self.high = high
        self.low = low
        self.prefix = prefix
        self.isV6 = isV6
    }

    /// Whether `self` (address or block) lies inside `container`.
    func isInside(_ container: IPNetwork) -> Bool {
        guard isV6 == container.isV6, container.prefix <= prefix else { return false }
        let bits = container.prefix
        let highMask: UInt64 = bits >= 64 ? .max : (bits == 0 ? 0 : .max << (64 - bits))
        let lowMask: UInt64 = bits <= 64 ? 0 : (bits >= 128 ? .max : .max << (128 - bits))
        return high & highMask == container.high & highMask && low & lowMask == container.low & lowMask
    }
}
