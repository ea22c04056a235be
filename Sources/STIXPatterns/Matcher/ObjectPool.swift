import STIX

/// Finds the SCO an `object_refs` entry names among a set's input objects,
/// by `id` compared by code point (as Python compares dictionary keys); a
/// repeated id means the last object with it.
///
/// Inputs hold a handful of SCOs, so the objects are searched from the end
/// (the last one wins), ids compared where they lie, lengths first; past
/// ``linearLimit`` SCOs a dictionary is built once instead.
struct ObjectPool {
    static let linearLimit = 32

    private let end: Int
    private var table: [CodePointKey: Int32]?

    /// The pool of the first `end` objects (those from the input itself).
    init(_ objects: [ObservationSet.Stored], end: Int) {
        self.end = end
        guard end > ObjectPool.linearLimit else { return }
        var built: [CodePointKey: Int32] = [:]
        for index in 0..<end where !objects[index].isObservedData {
            built[CodePointKey(ObservationSet.stringID(objects, Int32(index)) ?? "")] = Int32(index)
        }
        table = built
    }

    /// The index of the last SCO with this id, if any.
    func index(ofID id: String, in objects: [ObservationSet.Stored]) -> Int32? {
        if let table { return table[CodePointKey(id)] }
        var index = end - 1
        while index >= 0 {
            if !objects[index].isObservedData, ObservationSet.hasID(objects, Int32(index), id) { return Int32(index) }
            index -= 1
        }
        return nil
    }
}
