public import STIX
public import STIXPatterns

/// One detection: an event (or, for multi-observation patterns, the last of
/// several) matched an indicator.
public struct Detection: Sendable {
    /// The line of the event that completed the match.
    public var line: Int
    /// That event's own id, if the mapping found one.
    public var eventID: String?
    /// The indicator's STIX id.
    public var indicatorID: String
    /// The indicator's position in the catalog's index.
    public var indicatorPosition: Int
    /// The indicator's name (empty when it has none).
    public var indicatorName: String
    /// The lines of every event the match used, in pattern order.
    public var lines: [Int]
    /// When those events happened, in the same order.
    public var times: [PatternTimestamp]
    /// The SCOs that satisfied the pattern.
    public var matchedObjects: [JSONObject]
    /// Every SCO of the events used (what matched objects may refer to).
    public var eventObjects: [JSONObject]

    init(_ detection: IndicatorDetection, indicatorID: String, indicatorName: String, eventID: String?, line: Int) {
        self.line = line
        self.eventID = eventID
        self.indicatorID = indicatorID
        indicatorPosition = detection.indicator
        self.indicatorName = indicatorName
        lines = detection.events.map(\.sequence)
        times = detection.events.map(\.time)
        matchedObjects = detection.matchedObjects.flatMap { $0 }
        eventObjects = detection.events.flatMap(\.objects)
    }

    /// The matched values as `type:property=value`, e.g. `ipv4-addr:value=203.0.113.7`.
    public var matchedValues: [String] {
        matchedObjects.flatMap { object in
            let type = object["type"]?.stringValue ?? "?"
            return Detection.flatten(.object(object), prefix: "").map { "\(type):\($0.path)=\($0.value)" }
        }
    }

    static func flatten(_ value: JSONValue, prefix: String) -> [(path: String, value: String)] {
        switch value {
        case .object(let object):
            return object.members.filter { prefix.isEmpty ? !["type", "id"].contains($0.key) && !$0.key.hasSuffix("_ref") && !$0.key.hasSuffix("_refs") : true }
                .flatMap { flatten($0.value, prefix: prefix.isEmpty ? $0.key : prefix + "." + $0.key) }
        case .array(let elements): return elements.flatMap { flatten($0, prefix: prefix + "[*]") }
        case .string(let text): return [(prefix, text)]
        case .number(let number): return [(prefix, number.integer.map(String.init) ?? String(number.double))]
        case .bool(let flag): return [(prefix, String(flag))]
        case .null: return []
        }
    }
}
