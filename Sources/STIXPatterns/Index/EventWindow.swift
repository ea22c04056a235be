import STIX

/// The recent events one multi-observation indicator may still combine:
/// only events that met one of its prerequisites, none older than its
/// window before the newest, and at most a fixed number of them.
///
/// Admitting an event costs O(1) amortized (a moving start index and
/// per-leaf counts), so a broad prerequisite that admits most events does
/// not make every event pay for the whole window; the events are turned into
/// observations only when the window is matched.
struct EventWindow: Sendable {
    struct Entry: Sendable {
        var event: ObservedEvent
        /// The pattern's leaves whose prerequisites the event met.
        var leaves: UInt64
    }

    private var storage: [Entry] = []
    private var start = 0
    /// The latest event time seen, so a late (out-of-order) event cannot hold the window open.
    private var newest = Int64.min
    /// How many live entries met each leaf.
    private var leafCounts = [Int32](repeating: 0, count: 64)

    /// The live entries, oldest first.
    var entries: ArraySlice<Entry> { storage[start...] }

    /// The leaves met by some event in the window.
    var leaves: UInt64 {
        var mask: UInt64 = 0
        for bit in 0..<64 where leafCounts[bit] > 0 { mask |= UInt64(1) << UInt64(bit) }
        return mask
    }

    /// Adds `event` (unless it is already older than the window allows), then
    /// drops what fell out of `microseconds` before the newest event and the
    /// oldest entries beyond `capacity`.
    mutating func admit(_ event: ObservedEvent, leaves: UInt64, microseconds: Int64, capacity: Int) {
        newest = max(newest, event.time.microseconds)
        let oldest = newest - microseconds
        if event.time.microseconds >= oldest {
            storage.append(Entry(event: event, leaves: leaves))
            count(leaves, by: 1)
        }
        while start < storage.count, storage[start].event.time.microseconds < oldest || storage.count - start > capacity {
            count(storage[start].leaves, by: -1)
            start += 1
        }
        if start > 64, start * 2 > storage.count {
            storage.removeFirst(start)
            start = 0
        }
    }

    private mutating func count(_ mask: UInt64, by delta: Int32) {
        var rest = mask
        while rest != 0 {
            let bit = rest.trailingZeroBitCount
            leafCounts[bit] += delta
            rest &= rest - 1
        }
    }

    /// Every live entry's observed-data and SCOs, in order.
    var objects: [JSONValue] { entries.flatMap { $0.event.observationObjects() } }
}
