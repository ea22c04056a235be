@testable import Concord
import Foundation
import STIX
import STIXPatterns
import Testing

/// Detections become one sighting per indicator and window, with stable ids.
@Suite struct SightingAggregatorTests {
    static func detections(_ lines: [(Int, String)]) throws -> [Detection] {
        var catalog = IndicatorCatalog(now: Date(timeIntervalSince1970: 1_800_000_000))
        catalog.consider(.object(["type": .string("indicator"), "id": .string("indicator--2b3f7e79-eb61-4df3-8fa5-42048ad8b148"), "pattern_type": .string("stix"),
                                  "pattern": .string("[ipv4-addr:value = '203.0.113.7']"), "name": .string("C2")]))
        catalog.compile()
        var detector = Detector(catalog: catalog, mapping: try EventMapping.named("ecs") { _ in [] },
                                startTime: PatternTimestamp(microseconds: 0))
        return lines.flatMap { number, line in
            if case .event(let found) = detector.process(line: Array(line.utf8), number: number) { return found }
            return []
        }
    }

    static func event(_ time: String, _ ip: String) -> String {
        #"{"@timestamp":"\#(time)","destination":{"ip":"\#(ip)","port":443}}"#
    }

    @Test func oneSightingPerIndicatorAndWindow() throws {
        let found = try Self.detections([
            (1, Self.event("2024-10-01T08:10:00Z", "203.0.113.7")), (2, Self.event("2024-10-01T08:20:00Z", "198.51.100.1")),
            (3, Self.event("2024-10-01T08:50:00Z", "203.0.113.7")), (4, Self.event("2024-10-01T09:05:00Z", "203.0.113.7")),
        ])
        var aggregator = SightingAggregator(window: 3_600_000_000)
        for detection in found { aggregator.add(detection) }
        let all = aggregator.all
        #expect(all.map(\.count) == [2, 1])
        #expect(all[0].firstSeen.text == "2024-10-01T08:10:00.000000Z")
        #expect(all[0].lastSeen.text == "2024-10-01T08:50:00.000000Z")
        let objects = all[0].stixObjects(identity: "identity--5f1b2a4e-0000-4000-8000-000000000001")
        let sighting = try #require(objects.last?.objectValue)
        #expect(sighting["type"] == .string("sighting"))
        #expect(sighting["count"] == .number(2))
        #expect(sighting["sighting_of_ref"] == .string("indicator--2b3f7e79-eb61-4df3-8fa5-42048ad8b148"))
        #expect(sighting["where_sighted_refs"] == .array([.string("identity--5f1b2a4e-0000-4000-8000-000000000001")]))
        let observed = try #require(objects.dropLast().last?.objectValue)
        #expect(observed["object_refs"]?.arrayValue?.count == 1)
        #expect(sighting["observed_data_refs"] == .array([observed["id"]!]))
        #expect(objects.first?.objectValue?["id"] == .string("ipv4-addr--" + DeterministicID.uuid(#"{"value":"203.0.113.7"}"#, namespace: DeterministicID.stixNamespace)))
        #expect(objects.map(CanonicalJSON.string) == all[0].stixObjects(identity: "identity--5f1b2a4e-0000-4000-8000-000000000001").map(CanonicalJSON.string))
    }

    @Test func publishedObjectsAreValidSTIX() throws {
        let found = try Self.detections([(1, Self.event("2024-10-01T08:10:00Z", "203.0.113.7"))])
        var aggregator = SightingAggregator(window: 3_600_000_000)
        for detection in found { aggregator.add(detection) }
        let objects = try #require(aggregator.all.first).stixObjects(identity: nil)
        #expect(objects.count == 3, "ipv4-addr, observed-data, sighting")
        for object in objects {
            let errors = STIXValidator().validate(object).filter { $0.severity == .error }
            #expect(errors.isEmpty, "\(errors.map(\.message))")
        }
    }

    @Test func uuidV5MatchesTheRFCExample() {
        // RFC 9562 appendix A.4: DNS namespace, "www.example.com".
        let dns = UUID(uuidString: "6ba7b810-9dad-11d1-80b4-00c04fd430c8")!
        #expect(DeterministicID.uuid("www.example.com", namespace: dns) == "2ed6657d-e927-568b-95e1-2665a8aea6a2")
    }
}
