public import STIX
public import STIXPatterns

/// Folds detections into one sighting per indicator and time window
/// (`count`, first and last seen), rather than one per event.
///
/// Windows are aligned on multiples of their length since the epoch, so two
/// runs over the same events make the same windows. Everything kept lives in
/// a few flat arrays (tallies, evidence records, one byte arena for the
/// observables' canonical JSON) rather than in small objects per detection:
/// long-lived small allocations made between each event's short-lived ones
/// slowed every later event through the allocator.
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
        /// The distinct matched SCOs (at most ``SightingAggregator/maximumObjects``).
        public var objects: [JSONObject]
        /// The objects the matched SCOs refer to.
        var contextObjects: [JSONObject]
    }

    struct TallyKey: Hashable, Sendable {
        var indicator: Int
        var start: Int64
    }

    struct Tally: Sendable {
        var indicatorID: String
        var start: Int64
        var count: Int
        var first: Int64
        var last: Int64
        var matched: Int
        /// The first and last of this tally's evidence records (a linked list), or -1.
        var head: Int32 = -1
        var tail: Int32 = -1
    }

    struct Evidence: Sendable {
        var isContext: Bool
        var object: Range<Int>
        var key: Range<Int>
        var next: Int32 = -1
    }

    /// The most distinct observables kept as evidence per sighting.
    public static let maximumObjects = 20

    /// The window length in microseconds.
    public let window: Int64
    var positions: [TallyKey: Int32] = [:]
    var tallies: [Tally] = []
    var evidence: [Evidence] = []
    var arena: [UInt8] = []

    /// Creates an aggregator with windows of `window` microseconds.
    public init(window: Int64) {
        self.window = max(1, window)
    }

    /// Counts one detection.
    public mutating func add(_ detection: Detection) {
        guard let first = detection.times.min()?.microseconds, let last = detection.times.max()?.microseconds else { return }
        let start = (last >= 0 ? last : last - window + 1) / window * window
        let key = TallyKey(indicator: detection.indicatorPosition, start: start)
        let position: Int
        if let existing = positions[key] {
            position = Int(existing)
        } else {
            position = tallies.count
            positions[key] = Int32(position)
            tallies.append(Tally(indicatorID: detection.indicatorID, start: start, count: 0, first: first, last: last, matched: 0))
        }
        tallies[position].count += 1
        tallies[position].first = min(tallies[position].first, first)
        tallies[position].last = max(tallies[position].last, last)
        for object in detection.matchedObjects where tallies[position].matched < Self.maximumObjects {
            var anonymous = object
            anonymous["id"] = nil
            let key = CanonicalJSON.encode(.object(anonymous))
            guard !hasEvidence(key, in: position) else { continue }
            tallies[position].matched += 1
            record(object, key: key, context: false, in: position)
            for target in Self.referenced(by: object, in: detection.eventObjects) {
                record(target, key: [], context: true, in: position)
            }
        }
    }

    private func hasEvidence(_ key: [UInt8], in position: Int) -> Bool {
        var index = tallies[position].head
        while index >= 0 {
            let entry = evidence[Int(index)]
            if !entry.isContext, arena[entry.key].elementsEqual(key) { return true }
            index = entry.next
        }
        return false
    }

    private mutating func record(_ object: JSONObject, key: [UInt8], context: Bool, in position: Int) {
        let bytes = CanonicalJSON.encode(.object(object))
        let objectStart = arena.count
        arena += bytes
        let keyStart = arena.count
        arena += key
        evidence.append(Evidence(isContext: context, object: objectStart..<keyStart, key: keyStart..<arena.count))
        let index = Int32(evidence.count - 1)
        if tallies[position].tail >= 0 { evidence[Int(tallies[position].tail)].next = index } else { tallies[position].head = index }
        tallies[position].tail = index
    }

    /// The aggregates in the order their windows were first seen.
    public var all: [Aggregate] {
        tallies.map { tally in
            var objects: [JSONObject] = []
            var context: [JSONObject] = []
            var index = tally.head
            while index >= 0 {
                let entry = evidence[Int(index)]
                if let object = try? JSONParser.parse(arena[entry.object]).objectValue {
                    if entry.isContext { context.append(object) } else { objects.append(object) }
                }
                index = entry.next
            }
            return Aggregate(indicatorID: tally.indicatorID, windowStart: PatternTimestamp(microseconds: tally.start), count: tally.count,
                             firstSeen: PatternTimestamp(microseconds: tally.first), lastSeen: PatternTimestamp(microseconds: tally.last),
                             objects: objects, contextObjects: context)
        }
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
