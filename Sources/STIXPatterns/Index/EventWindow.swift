import STIX

/// The recent events one multi-observation indicator may still combine:
/// only events that met one of its prerequisites, none older than its
/// window before the newest, and at most a fixed number of them.
struct EventWindow: Sendable {
    struct Entry: Sendable {
        var event: ObservedEvent
        var objects: [JSONValue]
        /// The pattern's leaves whose prerequisites the event met.
        var leaves: UInt64
    }

    var entries: [Entry] = []

    /// The leaves met by some event in the window.
    var leaves: UInt64 { entries.reduce(0) { $0 | $1.leaves } }

    /// Adds `event`, then drops what fell out of `microseconds` before it and
    /// the oldest entries beyond `capacity`.
    mutating func admit(_ event: ObservedEvent, leaves: UInt64, microseconds: Int64, capacity: Int) {
        entries.append(Entry(event: event, objects: event.observationObjects(), leaves: leaves))
        let oldest = event.time.microseconds - microseconds
        entries.removeAll { $0.event.time.microseconds < oldest }
        if entries.count > capacity { entries.removeFirst(entries.count - capacity) }
    }

    /// Every entry's observed-data and SCOs, in order.
    var objects: [JSONValue] { entries.flatMap(\.objects) }
}
