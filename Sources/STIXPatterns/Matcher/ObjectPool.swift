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

    /// Adds `objects[index]` (whose `id` is a string), replacing an earlier object with the same id.
    mutating func insert(_ index: Int32, in objects: [JSONObject]) {
        let existing = objects[Int(index)].withValue(named: "id") { value -> Int? in
            guard case .string(let id) = value else { return nil }
            return position(of: id, in: objects)
        } ?? nil
        if let existing {
            entries[existing] = index
            return
        }
        entries.append(index)
        if table != nil {
            table?[CodePointKey(objects[Int(index)].value(named: "id")?.stringValue ?? "")] = entries.count - 1
        } else if entries.count > ObjectPool.linearLimit {
            var built: [CodePointKey: Int] = [:]
            for (position, entry) in entries.enumerated() {
                built[CodePointKey(objects[Int(entry)].value(named: "id")?.stringValue ?? "")] = position
            }
            table = built
        }
    }

    /// The index of the object with this id, if any.
    func index(ofID id: String, in objects: [JSONObject]) -> Int32? {
        position(of: id, in: objects).map { entries[$0] }
    }

    private func position(of id: String, in objects: [JSONObject]) -> Int? {
        if let table { return table[CodePointKey(id)] }
        return entries.firstIndex { objects[Int($0)].has("id", equalTo: id) }
    }
}
