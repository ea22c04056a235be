import Foundation

/// The `<N>[.p/<W>]` part of tile and entry bundle paths.
enum TilePath {
    /// Encodes an index as zero-padded 3-digit elements, all but the last
    /// prefixed with `x`: 1234067 → `x001/x234/067`.
    static func encodeIndex(_ index: UInt64) -> String {
        var groups: [UInt64] = [index % 1000]
        var rest = index / 1000
        while rest > 0 {
            groups.append(rest % 1000)
            rest /= 1000
        }
        let padded = groups.reversed().map { value -> String in
            let digits = String(value)
            return String(repeating: "0", count: 3 - digits.count) + digits
        }
        return padded.dropLast().map { "x" + $0 + "/" }.joined() + (padded.last ?? "000")
    }

    /// `.p/<W>` for partial widths, empty for full ones.
    static func widthSuffix(_ width: UInt16) -> String {
        width < TileID.fullWidth ? ".p/\(width)" : ""
    }

    /// Parses `<N>[.p/<W>]`.
    static func parseIndexAndWidth(_ text: Substring, path: String) throws(LedgerError) -> (UInt64, UInt16) {
        var indexPart = text
        var width = TileID.fullWidth
        if let marker = text.range(of: ".p/") {
            indexPart = text[..<marker.lowerBound]
            guard let parsed = parseDecimal(text[marker.upperBound...], max: 255), parsed >= 1 else {
                throw LedgerError(.malformedTile, "partial width must be 1...255 without leading zeroes: \(path)")
            }
            width = UInt16(parsed)
        }
        guard let index = decodeIndex(indexPart) else {
            throw LedgerError(.malformedTile, "tile index is not x-prefixed 3-digit groups: \(path)")
        }
        return (index, width)
    }

    /// Decodes `x001/x234/067`; rejects a redundant leading `x000/` group.
    static func decodeIndex(_ text: Substring) -> UInt64? {
        let groups = text.split(separator: "/", omittingEmptySubsequences: false)
        var value: UInt64 = 0
        for (position, group) in groups.enumerated() {
            let isLast = position == groups.count - 1
            var digits = group
            if !isLast {
                guard digits.first == "x" else { return nil }
                digits = digits.dropFirst()
                if position == 0 && digits == "000" { return nil }
            }
            guard digits.utf8.count == 3, digits.utf8.allSatisfy({ (0x30...0x39).contains($0) }),
                let group = UInt64(digits)
            else { return nil }
            let (scaled, overflow) = value.multipliedReportingOverflow(by: 1000)
            guard !overflow, scaled <= UInt64.max - group else { return nil }
            value = scaled + group
        }
        return value
    }

    /// Parses a decimal with no sign and no leading zero, up to `max`.
    static func parseDecimal(_ text: Substring, max: UInt64) -> UInt64? {
        guard !text.isEmpty, text.utf8.allSatisfy({ (0x30...0x39).contains($0) }),
            text.first != "0" || text.count == 1, let value = UInt64(text), value <= max
        else { return nil }
        return value
    }
}
