public import STIX
public import STIXPatterns

/// One event after mapping: its time and id if it has them, and its SCOs.
public struct MappedEvent: Sendable {
    /// The event's time, when the mapping's time field held a usable one.
    public var time: PatternTimestamp?
    /// The event's own id (ECS `event.id`, Suricata `flow_id`, Zeek `uid`), if any.
    public var id: String?
    /// The cyber observables, with ids unique to this event and line.
    public var objects: [JSONObject]
}
