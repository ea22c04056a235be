import STIX

/// Runs an ``IndicatorIndex`` over a stream of events: looks each event up,
/// runs the full matcher on the candidates only, and keeps a bounded
/// sliding window per multi-observation indicator.
///
/// An indicator whose pattern needs one observation (no `AND`, `FOLLOWEDBY`
/// or `REPEATS` between observation expressions) is matched against each
/// event alone. One that spans observations is matched, at each event that
/// meets one of its prerequisites, against its window: the events that met
/// one of its prerequisites, at most ``Limits/window`` (or its own outer
/// `WITHIN`, when shorter) older than the newest, and at most
/// ``Limits/eventsPerWindow`` of them. When it matches, the detection names
/// the events used and the window is emptied, so one sequence of events is
/// reported once. Memory is therefore bounded by the number of
/// multi-observation indicators times ``Limits/eventsPerWindow``.
///
/// ```swift
/// var matcher = IndicatorMatcher(index: index)
/// for event in events { for detection in matcher.process(event) { … } }
/// ```
public struct IndicatorMatcher: Sendable {
    /// The bounds of the sliding windows.
    public struct Limits: Sendable {
        /// The longest time, in microseconds, one match may span.
        public var window: Int64
        /// The most events kept for one indicator.
        public var eventsPerWindow: Int

        /// One hour and 1,000 events.
        public static let standard = Limits(window: 3_600_000_000, eventsPerWindow: 1000)

        /// Creates limits.
        public init(window: Int64, eventsPerWindow: Int) {
            self.window = window
            self.eventsPerWindow = eventsPerWindow
        }
    }

    /// The indicators.
    public let index: IndicatorIndex
    /// The window bounds.
    public let limits: Limits
    /// How many times the full matcher ran so far.
    public private(set) var evaluations = 0

    var compiled: [Int32: Pattern] = [:]
    var windows: [Int32: EventWindow] = [:]
    var candidates = CandidateSet()

    /// Creates a matcher over `index`.
    public init(index: IndicatorIndex, limits: Limits = .standard) {
        self.index = index
        self.limits = limits
    }

    /// The detections `event` completes, by indicator position.
    public mutating func process(_ event: ObservedEvent) -> [IndicatorDetection] {
        index.candidates(for: event.objects, into: &candidates)
        guard !candidates.members.isEmpty else { return [] }
        var single: ObservationSet?
        var detections: [IndicatorDetection] = []
        for position in candidates.members.sorted() {
            guard let pattern = pattern(at: position) else { continue }
            if index.indicators[Int(position)].spansObservations {
                if let detection = matchWindow(position, pattern, event) { detections.append(detection) }
                continue
            }
            evaluations += 1
            if single == nil { single = try? ObservationSet(event.observationObjects()) }
            guard let single, let match = try? pattern.match(single) else { continue }
            detections.append(IndicatorDetection(indicator: Int(position), match: match, events: [event]))
        }
        return detections
    }

    private mutating func matchWindow(_ position: Int32, _ pattern: Pattern, _ event: ObservedEvent) -> IndicatorDetection? {
        let indicator = index.indicators[Int(position)]
        // Mutated in place: a copy taken out of the dictionary would copy the whole window.
        windows[position, default: EventWindow()].admit(
            event, leaves: candidates.leaves(of: position),
            microseconds: min(limits.window, indicator.windowMicroseconds ?? .max), capacity: limits.eventsPerWindow)
        guard let window = windows[position], pattern.expression.couldMatch(leaves: window.leaves) else { return nil }
        evaluations += 1
        guard let set = try? ObservationSet(window.objects), let match = try? pattern.match(set) else { return nil }
        windows[position] = nil
        return IndicatorDetection(indicator: Int(position), match: match, events: window.entries.map(\.event))
    }

    private mutating func pattern(at position: Int32) -> Pattern? {
        if let pattern = compiled[position] { return pattern }
        guard let pattern = try? Pattern(parsing: index.indicators[Int(position)].patternText) else { return nil }
        compiled[position] = pattern
        return pattern
    }

    /// Events held in windows right now, over all indicators.
    public var eventsInWindows: Int { windows.values.reduce(0) { $0 + $1.entries.count } }
}
