import STIX

/// The SCO candidates of one observation input, by `id` compared by code
/// point (as Python compares dictionary keys); a repeated id keeps the last
/// object.
///
/// Entries are indexes into the set's objects, and ids are compared where
/// they lie (lengths first, then bytes), without copying or hashing them:
/// inputs hold a handful of SCOs. Past ``linearLimit`` entries a dictionary
/// takes over.
struct ObjectPool {
    static let linearLimit = 32

    /// Indexes of the pooled objects, one per distinct id.
    private(set) var entries: [Int32] = []
    private var table: [CodePointKey: Int]?

    /// An empty pool with room for `capacity` objects.
    init(capacity: Int = 0) {
        entries.reserveCapacity(capacity)
    }

    /// Adds object `index` of `set` (whose `id` is a string), replacing an earlier object with the same id.
    mutating func insert(_ index: Int32, in set: ObservationSet) {
        let existing = table.map { $0[CodePointKey(set.stringID(index) ?? "")] }
            ?? entries.firstIndex { set.sameID($0, index) }
        if let existing {
            entries[existing] = index
            return
        }
        entries.append(index)
        if table != nil {
            table?[CodePointKey(set.stringID(index) ?? "")] = entries.count - 1
        } else if entries.count > ObjectPool.linearLimit {
            var built: [CodePointKey: Int] = [:]
            for (position, entry) in entries.enumerated() { built[CodePointKey(set.stringID(entry) ?? "")] = position }
            table = built
        }
    }

    /// The index of the object with this id, if any.
    func index(ofID id: String, in set: ObservationSet) -> Int32? {
        if let table { return table[CodePointKey(id)].map { entries[$0] } }
        for entry in entries where set.hasID(entry, id) { return entry }
        return nil
    }
}
