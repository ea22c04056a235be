public import STIX
public import STIXPatterns

/// Folds detections into one sighting per indicator and time window
/// (`count`, first and last seen), rather than one per event.
///
/// Windows are aligned on multiples of their length since the epoch, so two
/// runs over the same events make the same windows.
public struct SightingAggregator: Sendable {
    /// What one indicator was seen doing in one window.
    public struct Aggregate: Sendable {
        /// The indicator's STIX id.
        public var indicatorID: String
        /// The window's start.
        public var windowStart: PatternTimestamp
        /// Detections in the window.
        public var count: Int
        /// The earliest event used.
        public var firstSeen: PatternTimestamp
        /// The latest event used.
        public var lastSeen: PatternTimestamp
        /// Distinct matched SCOs (at most ``SightingAggregator/maximumObjects``) with what they refer to.
        public var objects: [JSONObject]
        var context: [JSONObject]
    }

    /// The most distinct observables kept as evidence per sighting.
    public static let maximumObjects = 20

    /// The window length in microseconds.
    public let window: Int64
    /// The aggregates by (indicator, window start).
    public private(set) var aggregates: [String: Aggregate] = [:]
    var order: [String] = []

    /// Creates an aggregator with windows of `window` microseconds.
    public init(window: Int64) {
        self.window = max(1, window)
    }

    /// Counts one detection.
    public mutating func add(_ detection: Detection) {
        guard let first = detection.times.min(), let last = detection.times.max() else { return }
        let start = (last.microseconds >= 0 ? last.microseconds : last.microseconds - window + 1) / window * window
        let key = detection.indicatorID + "|" + String(start)
        var aggregate = aggregates[key] ?? Aggregate(indicatorID: detection.indicatorID, windowStart: PatternTimestamp(microseconds: start),
                                                     count: 0, firstSeen: first, lastSeen: last, objects: [], context: [])
        if aggregates[key] == nil { order.append(key) }
        aggregate.count += 1
        aggregate.firstSeen = min(aggregate.firstSeen, first)
        aggregate.lastSeen = max(aggregate.lastSeen, last)
        for object in detection.matchedObjects where aggregate.objects.count < Self.maximumObjects {
            if !aggregate.objects.contains(where: { Self.sameContent($0, object) }) {
                aggregate.objects.append(object)
                aggregate.context += Self.referenced(by: object, in: detection.eventObjects)
            }
        }
        aggregates[key] = aggregate
    }

    /// The aggregates in the order their windows were first seen.
    public var all: [Aggregate] { order.compactMap { aggregates[$0] } }

    static func sameContent(_ left: JSONObject, _ right: JSONObject) -> Bool {
        var left = left
        var right = right
        left["id"] = nil
        right["id"] = nil
        return left == right
    }

    /// The objects `object` refers to (directly or further), from its event.
    static func referenced(by object: JSONObject, in objects: [JSONObject], depth: Int = 0) -> [JSONObject] {
        guard depth < 4 else { return [] }
        var found: [JSONObject] = []
        for member in object.members where member.key.hasSuffix("_ref") || member.key.hasSuffix("_refs") {
            let ids = (member.value.arrayValue ?? [member.value]).compactMap(\.stringValue)
            for target in objects where ids.contains(target["id"]?.stringValue ?? "") {
                found.append(target)
                found += referenced(by: target, in: objects, depth: depth + 1)
            }
        }
        return found
    }
}
