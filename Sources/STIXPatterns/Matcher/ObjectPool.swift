import STIX

/// The SCO candidates of one observation input, by `id` compared by code
/// point (as Python compares dictionary keys); a repeated id keeps the last
/// object.
///
/// Inputs hold a handful of SCOs, so ids are searched in order (lengths
/// first, then bytes) without hashing; past ``linearLimit`` entries a
/// dictionary takes over.
struct ObjectPool {
    static let linearLimit = 32

    private(set) var ids: [String] = []
    private(set) var objects: [JSONObject] = []
    private var index: [CodePointKey: Int]?

    /// An empty pool with room for `capacity` objects.
    init(capacity: Int) {
        ids.reserveCapacity(capacity)
        objects.reserveCapacity(capacity)
    }

    /// Adds `object` under `id`, replacing an earlier object with the same id.
    mutating func insert(_ object: JSONObject, id: String) {
        if let position = position(of: id) {
            objects[position] = object
            return
        }
        ids.append(id)
        objects.append(object)
        if index != nil {
            index?[CodePointKey(id)] = ids.count - 1
        } else if ids.count > ObjectPool.linearLimit {
            var table: [CodePointKey: Int] = [:]
            for (position, key) in ids.enumerated() { table[CodePointKey(key)] = position }
            index = table
        }
    }

    /// The object with this id, if any.
    func object(withID id: String) -> JSONObject? {
        position(of: id).map { objects[$0] }
    }

    private func position(of id: String) -> Int? {
        if let index { return index[CodePointKey(id)] }
        return ids.firstIndex { Normalization.codePointsEqual($0, id) }
    }
}
