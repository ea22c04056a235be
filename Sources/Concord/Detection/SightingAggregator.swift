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
        /// Distinct matched SCOs (at most ``SightingAggregator/maximumObjects``), as canonical JSON:
        /// one allocation each, since they live as long as the run.
        var evidence: [[UInt8]]
        /// The same without their ids, to recognize an observable seen again.
        var evidenceKeys: [[UInt8]]
        /// What the matched SCOs refer to, as canonical JSON.
        var context: [[UInt8]]

        /// The distinct matched SCOs (at most ``SightingAggregator/maximumObjects``).
        public var objects: [JSONObject] { SightingAggregator.decode(evidence) }
        /// The objects the matched SCOs refer to.
        var contextObjects: [JSONObject] { SightingAggregator.decode(context) }
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
                                                     count: 0, firstSeen: first, lastSeen: last, evidence: [], evidenceKeys: [], context: [])
        if aggregates[key] == nil { order.append(key) }
        aggregate.count += 1
        aggregate.firstSeen = min(aggregate.firstSeen, first)
        aggregate.lastSeen = max(aggregate.lastSeen, last)
        for object in detection.matchedObjects where aggregate.evidence.count < Self.maximumObjects {
            var anonymous = object
            anonymous["id"] = nil
            let key = CanonicalJSON.encode(.object(anonymous))
            guard !aggregate.evidenceKeys.contains(key) else { continue }
            aggregate.evidenceKeys.append(key)
            aggregate.evidence.append(CanonicalJSON.encode(.object(object)))
            aggregate.context += Self.referenced(by: object, in: detection.eventObjects).map { CanonicalJSON.encode(.object($0)) }
        }
        aggregates[key] = aggregate
    }

    /// The aggregates in the order their windows were first seen.
    public var all: [Aggregate] { order.compactMap { aggregates[$0] } }

    static func decode(_ encoded: [[UInt8]]) -> [JSONObject] {
        encoded.compactMap { try? JSONParser.parse($0).objectValue }
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
