public import STIX

/// One event as the detector sees it: when it happened and the cyber
/// observables (SCOs) it contains, as one STIX observation.
public struct ObservedEvent: Sendable {
    /// The caller's number for the event (a line number, say); it names the
    /// event in detections and makes its observed-data id.
    public var sequence: Int
    /// When the event happened: its observation's `first_observed` and `last_observed`.
    public var time: PatternTimestamp
    /// The SCOs, each with `type` and an `id` unique across the stream
    /// (references between them use these ids).
    public var objects: [JSONObject]

    /// Creates an event.
    public init(sequence: Int, time: PatternTimestamp, objects: [JSONObject]) {
        self.sequence = sequence
        self.time = time
        self.objects = objects
    }

    /// The event as the matcher takes it: an observed-data object
    /// (`number_observed` 1, timed at ``time``, referencing every SCO) followed by the SCOs.
    public func observationObjects() -> [JSONValue] {
        let stamp = JSONValue.string(time.text)
        let data: JSONObject = [
            "type": .string("observed-data"), "id": .string(ObservedEvent.observedDataID(sequence)),
            "first_observed": stamp, "last_observed": stamp, "number_observed": .number(1),
            "object_refs": .array(objects.compactMap { $0["id"] }),
        ]
        return [.object(data)] + objects.map(JSONValue.object)
    }

    /// A stable observed-data id for event number `sequence`.
    static func observedDataID(_ sequence: Int) -> String {
        let hex = String(UInt64(truncatingIfNeeded: sequence) & 0xFFFF_FFFF_FFFF, radix: 16)
        return "observed-data--00000000-0000-4000-8000-" + String(repeating: "0", count: 12 - hex.count) + hex
    }
}
