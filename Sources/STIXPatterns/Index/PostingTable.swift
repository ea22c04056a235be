/// A hash table from keys to lists of small integers (indicator positions or
/// requirement numbers), compact for the common case of one item per key:
/// a single item is stored inline, longer lists in a side array.
struct PostingTable<Key: Hashable & Sendable>: Sendable {
    /// An item (>= 0), or the bitwise complement of an index into `lists`.
    var heads: [Key: Int32] = [:]
    var lists: [[Int32]] = []

    mutating func add(_ item: Int32, for key: Key) {
        guard let head = heads[key] else {
            heads[key] = item
            return
        }
        if head >= 0 {
            if head == item { return }
            lists.append([head, item])
            heads[key] = ~Int32(lists.count - 1)
        } else {
            lists[Int(~head)].append(item)
        }
    }

    /// How many items `key` has.
    func count(for key: Key) -> Int {
        guard let head = heads[key] else { return 0 }
        return head >= 0 ? 1 : lists[Int(~head)].count
    }

    func forEach(_ key: Key, _ body: (Int32) -> Void) {
        guard let head = heads[key] else { return }
        if head >= 0 {
            body(head)
        } else {
            for item in lists[Int(~head)] { body(item) }
        }
    }
}
