public import STIX
public import STIXPatterns

/// The detection service: maps each JSON Lines event to STIX observables,
/// looks it up in the compiled indicators and reports what matched.
///
/// ```swift
/// var detector = Detector(catalog: catalog, mapping: try EventMapping.named("ecs", readFile: read))
/// switch detector.process(line: bytes, number: 1) { … }
/// ```
public struct Detector: Sendable {
    /// What one line gave.
    public enum Outcome: Sendable {
        /// A blank line.
        case blank
        /// A line that is not a JSON object, and why.
        case malformed(String)
        /// An event, and the detections it completed (often none).
        case event([Detection])
    }

    /// The indicators.
    public let catalog: IndicatorCatalog
    /// The event mapping.
    public let mapping: EventMapping
    /// When set, events are read and mapped but not matched (the cost of parsing alone).
    public let parseOnly: Bool
    var matcher: IndicatorMatcher
    /// The time given to events without a usable one: the previous event's, else the start of the run.
    var lastTime: PatternTimestamp
    /// Events that had no usable time.
    public private(set) var untimedEvents = 0

    /// Creates a detector.
    public init(catalog: IndicatorCatalog, mapping: EventMapping, limits: IndicatorMatcher.Limits = .standard,
                parseOnly: Bool = false, startTime: PatternTimestamp) {
        self.catalog = catalog
        self.mapping = mapping
        self.parseOnly = parseOnly
        matcher = IndicatorMatcher(index: catalog.index, limits: limits)
        lastTime = startTime
    }

    /// Reads, maps and matches one line (`number` is 1-based).
    public mutating func process(line: some Collection<UInt8>, number: Int) -> Outcome {
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return .blank }
        let document: JSONValue
        do {
            document = try JSONParser.parse(line)
        } catch {
            return .malformed("\(error)")
        }
        guard case .object(let object) = document else { return .malformed("an event must be a JSON object, not \(document.typeName)") }
        let mapped = mapping.map(object, line: number)
        if let time = mapped.time { lastTime = time } else { untimedEvents += 1 }
        if parseOnly || mapped.objects.isEmpty { return .event([]) }
        let event = ObservedEvent(sequence: number, time: lastTime, objects: mapped.objects)
        return .event(matcher.process(event).map { detection in
            Detection(detection, indicatorID: catalog.index.indicators[detection.indicator].id,
                      indicatorName: catalog.names[detection.indicator], eventID: mapped.id, line: number)
        })
    }

    /// How many times the full matcher ran.
    public var evaluations: Int { matcher.evaluations }
}

/// One detection: an event (or, for multi-observation patterns, the last of
/// several) matched an indicator.
public struct Detection: Sendable {
    /// The line of the event that completed the match.
    public var line: Int
    /// That event's own id, if the mapping found one.
    public var eventID: String?
    /// The indicator's STIX id.
    public var indicatorID: String
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
