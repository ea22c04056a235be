import STIX
import Testing
@testable import STIXPatterns

/// The index and its windows must detect exactly what running every pattern
/// with the full matcher detects.
@Suite struct IndicatorIndexDifferentialTests {
    struct Hit: Hashable, CustomStringConvertible {
        var event: Int
        var indicator: Int
        var description: String { "event \(event) indicator \(indicator)" }
    }

    /// Every pattern on every event; multi-observation patterns on a window
    /// of every recent event (not only those meeting a prerequisite).
    static func bruteForce(_ patterns: [Pattern], _ events: [ObservedEvent], window: Int64) -> Set<Hit> {
        var hits: Set<Hit> = []
        var windows = Array(repeating: [ObservedEvent](), count: patterns.count)
        for event in events {
            for (position, pattern) in patterns.enumerated() {
                guard pattern.expression.spansObservations else {
                    if pattern.matches(event.observationObjects()) { hits.insert(Hit(event: event.sequence, indicator: position)) }
                    continue
                }
                let bound = min(window, pattern.expression.outerWindow ?? .max)
                windows[position].append(event)
                windows[position].removeAll { $0.time.microseconds < event.time.microseconds - bound }
                if pattern.matches(windows[position].flatMap { $0.observationObjects() }) {
                    hits.insert(Hit(event: event.sequence, indicator: position))
                    windows[position] = []
                }
            }
        }
        return hits
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func indexDetectsWhatTheFullMatcherDetects(seed: UInt64) {
        var corpus = DetectionCorpus(seed: seed)
        var patterns: [Pattern] = []
        while patterns.count < 100 {
            if let pattern = try? Pattern(parsing: corpus.pattern()) { patterns.append(pattern) }
        }
        let events = (0..<100).map { corpus.event($0) }
        let index = IndicatorIndex(patterns.enumerated().map { (id: "indicator-\($0.offset)", pattern: $0.element) })
        var matcher = IndicatorMatcher(index: index, limits: .init(window: 300_000_000, eventsPerWindow: 10_000))
        var found: Set<Hit> = []
        for event in events {
            for detection in matcher.process(event) { found.insert(Hit(event: event.sequence, indicator: detection.indicator)) }
        }
        let expected = Self.bruteForce(patterns, events, window: 300_000_000)
        #expect(found == expected, "missing: \(expected.subtracting(found).sorted { $0.event < $1.event }.prefix(5).map { "\($0) \(patterns[$0.indicator].text)" }), extra: \(found.subtracting(expected).sorted { $0.event < $1.event }.prefix(5))")
        #expect(expected.count > 40, "the corpus should produce detections")
        #expect(index.alwaysEvaluated.count < patterns.count / 3, "most patterns should have prerequisites")
        // The value pools are tiny so that patterns and events meet; real feeds spare far more.
        #expect(matcher.evaluations < patterns.count * events.count / 2, "the index should spare most evaluations")
    }
}
