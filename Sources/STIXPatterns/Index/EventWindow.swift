import STIX

/// The recent events one multi-observation indicator may still combine:
/// only events that met one of its prerequisites, none older than its
/// window before the newest, and at most a fixed number of them.
struct EventWindow: Sendable {
    struct Entry: Sendable {
        var event: ObservedEvent
        var objects: [JSONValue]
    }

    var entries: [Entry] = []

    /// Adds `event`, then drops what fell out of `microseconds` before it and
    /// the oldest entries beyond `capacity`.
    mutating func admit(_ event: ObservedEvent, microseconds: Int64, capacity: Int) {
        entries.append(Entry(event: event, objects: event.observationObjects()))
        let oldest = event.time.microseconds - microseconds
        entries.removeAll { $0.event.time.microseconds < oldest }
        if entries.count > capacity { entries.removeFirst(entries.count - capacity) }
    }

    /// Every entry's observed-data and SCOs, in order.
    var objects: [JSONValue] { entries.flatMap(\.objects) }
}
