import STIX
import STIXPatterns
import Testing

/// Multi-observation patterns across events: FOLLOWEDBY, WITHIN, REPEATS and
/// AND over the sliding windows.
@Suite struct IndicatorMatcherWindowTests {
    static func address(_ value: String) -> JSONObject {
        ["type": .string("ipv4-addr"), "id": .string("ipv4-addr--\(value)"), "value": .string(value)]
    }

    static func event(_ sequence: Int, second: Int64, _ value: String) -> ObservedEvent {
        ObservedEvent(sequence: sequence, time: PatternTimestamp(microseconds: (1_700_000_000 + second) * 1_000_000),
                      objects: [address(value).with(id: "ipv4-addr--\(sequence)")])
    }

    /// The event numbers at which the one indicator fires.
    static func firing(_ pattern: String, _ events: [ObservedEvent], limits: IndicatorMatcher.Limits = .standard) throws -> [Int] {
        var matcher = IndicatorMatcher(index: IndicatorIndex([(id: "indicator--1", pattern: try Pattern(parsing: pattern))]), limits: limits)
        return events.flatMap { event in matcher.process(event).map { _ in event.sequence } }
    }

    @Test func followedByNeedsTheOrder() throws {
        let pattern = "[ipv4-addr:value = '10.0.0.1'] FOLLOWEDBY [ipv4-addr:value = '10.0.0.2']"
        #expect(try Self.firing(pattern, [Self.event(1, second: 0, "10.0.0.2"), Self.event(2, second: 5, "10.0.0.1")]) == [])
        #expect(try Self.firing(pattern, [Self.event(1, second: 0, "10.0.0.1"), Self.event(2, second: 5, "10.0.0.9"),
                                          Self.event(3, second: 9, "10.0.0.2")]) == [3])
    }

    @Test func withinBoundsTheSpan() throws {
        let pattern = "([ipv4-addr:value = '10.0.0.1'] FOLLOWEDBY [ipv4-addr:value = '10.0.0.2']) WITHIN 60 SECONDS"
        #expect(try Self.firing(pattern, [Self.event(1, second: 0, "10.0.0.1"), Self.event(2, second: 61, "10.0.0.2")]) == [])
        #expect(try Self.firing(pattern, [Self.event(1, second: 0, "10.0.0.1"), Self.event(2, second: 60, "10.0.0.2")]) == [2])
    }

    @Test func repeatsCountsDistinctEventsAndAMatchConsumesTheWindow() throws {
        let pattern = "[ipv4-addr:value = '10.0.0.1'] REPEATS 3 TIMES"
        let events = (1...7).map { Self.event($0, second: Int64($0), "10.0.0.1") }
        #expect(try Self.firing(pattern, events) == [3, 6])
    }

    @Test func theMatcherWindowDropsOldEvents() throws {
        let pattern = "[ipv4-addr:value = '10.0.0.1'] AND [ipv4-addr:value = '10.0.0.2']"
        let events = [Self.event(1, second: 0, "10.0.0.1"), Self.event(2, second: 100, "10.0.0.2")]
        #expect(try Self.firing(pattern, events, limits: .init(window: 50_000_000, eventsPerWindow: 10)) == [])
        #expect(try Self.firing(pattern, events, limits: .init(window: 500_000_000, eventsPerWindow: 10)) == [2])
    }

    @Test func aLateEventOlderThanTheWindowIsNotKept() throws {
        let pattern = "[ipv4-addr:value = '10.0.0.1'] AND [ipv4-addr:value = '10.0.0.2']"
        let late = [Self.event(1, second: 1000, "10.0.0.1"), Self.event(2, second: 0, "10.0.0.2")]
        #expect(try Self.firing(pattern, late, limits: .init(window: 60_000_000, eventsPerWindow: 10)) == [])
        let inTime = [Self.event(1, second: 1000, "10.0.0.1"), Self.event(2, second: 950, "10.0.0.2")]
        #expect(try Self.firing(pattern, inTime, limits: .init(window: 60_000_000, eventsPerWindow: 10)) == [2])
    }

    @Test func theEventCapBoundsMemory() throws {
        let pattern = "[ipv4-addr:value = '10.0.0.1'] FOLLOWEDBY [ipv4-addr:value = '10.0.0.2']"
        let events = (1...3).map { Self.event($0, second: Int64($0), "10.0.0.1") } + [Self.event(4, second: 4, "10.0.0.2")]
        var matcher = IndicatorMatcher(index: IndicatorIndex([(id: "i", pattern: try Pattern(parsing: pattern))]),
                                       limits: .init(window: 3_600_000_000, eventsPerWindow: 2))
        for event in events.prefix(3) { _ = matcher.process(event) }
        #expect(matcher.eventsInWindows == 2)
        let detection = try #require(matcher.process(events[3]).first)
        #expect(detection.events.map(\.sequence).last == 4)
        #expect(matcher.eventsInWindows == 0)
    }

    @Test func aDetectionNamesTheMatchedObjects() throws {
        let index = IndicatorIndex([(id: "i", pattern: try Pattern(parsing: "[ipv4-addr:value ISSUBSET '10.0.0.0/8']"))])
        var matcher = IndicatorMatcher(index: index)
        let event = ObservedEvent(sequence: 1, time: PatternTimestamp(microseconds: 0),
                                  objects: [Self.address("10.1.2.3"), Self.address("192.0.2.1")])
        let detection = try #require(matcher.process(event).first)
        #expect(detection.matchedObjects == [[Self.address("10.1.2.3")]])
    }
}

extension JSONObject {
    func with(id: String) -> JSONObject {
        var copy = self
        copy["id"] = .string(id)
        return copy
    }
}
