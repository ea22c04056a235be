public import Foundation

/// C2SP tlog-tiles entry bundles: a sequence of entries, each a big-endian
/// uint16 length followed by that many bytes.
public enum EntryBundle {
    /// The longest entry a bundle can hold.
    public static let maxEntryLength = Int(UInt16.max)

    /// Encodes entries; throws `malformedEntryBundle` if one is longer than 65535 bytes
    /// or there are more than 256.
    public static func encode(_ entries: [Data]) throws(LedgerError) -> Data {
        guard entries.count <= Int(TileID.fullWidth) else {
            throw LedgerError(.malformedEntryBundle, "a bundle holds at most 256 entries, got \(entries.count)")
        }
        var out = Data()
        for (position, entry) in entries.enumerated() {
            guard entry.count <= maxEntryLength else {
                throw LedgerError(.malformedEntryBundle, "entry \(position) is \(entry.count) bytes, limit 65535")
            }
            out.append(UInt8(entry.count >> 8))
            out.append(UInt8(entry.count & 0xff))
            out.append(entry)
        }
        return out
    }

    /// Decodes a bundle; throws `malformedEntryBundle` on a truncated entry,
    /// more than 256 entries, or (when given) a count other than `expectedCount`.
    public static func decode(_ data: Data, expectedCount: Int? = nil) throws(LedgerError) -> [Data] {
        var entries: [Data] = []
        var offset = data.startIndex
        while offset < data.endIndex {
            guard data.endIndex - offset >= 2 else {
                throw LedgerError(.malformedEntryBundle, "entry \(entries.count) has a truncated length")
            }
            let length = Int(data[offset]) << 8 | Int(data[offset + 1])
            offset += 2
            guard data.endIndex - offset >= length else {
                throw LedgerError(.malformedEntryBundle, "entry \(entries.count) is truncated: needs \(length) bytes")
            }
            entries.append(Data(data[offset..<offset + length]))
            offset += length
            guard entries.count <= Int(TileID.fullWidth) else {
                throw LedgerError(.malformedEntryBundle, "bundle has more than 256 entries")
            }
        }
        if let expectedCount, entries.count != expectedCount {
            throw LedgerError(.malformedEntryBundle, "bundle has \(entries.count) entries, expected \(expectedCount)")
        }
        return entries
    }
}
