import STIX
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
