@testable import Concord
import Foundation
import STIX
import STIXPatterns
import Testing

/// Each built-in mapping turns its log format into the observables patterns test.
@Suite struct EventMappingTests {
    static func mapped(_ mapping: String, _ line: String) throws -> MappedEvent {
        let mapping = try EventMapping.named(mapping) { _ in [] }
        let event = try #require(try JSONParser.parse(line).objectValue)
        return mapping.map(event, line: 7)
    }

    /// Whether `pattern` matches the mapped event on its own.
    static func matches(_ pattern: String, _ event: MappedEvent) throws -> Bool {
        let observed = ObservedEvent(sequence: 1, time: event.time ?? PatternTimestamp(microseconds: 0), objects: event.objects)
        return try Pattern(parsing: pattern).matches(observed.observationObjects())
    }

    @Test func ecsNestedAndDotted() throws {
        let nested = try Self.mapped("ecs", """
            {"@timestamp":"2024-10-01T08:00:00.250Z","event":{"id":"e1"},"source":{"ip":"10.0.0.5","port":40000},
             "destination":{"ip":"203.0.113.7","port":443},"network":{"transport":"tcp"},
             "url":{"full":"https://x.example/a"},"file":{"name":"a.exe","hash":{"sha256":"abc"}}}
            """)
        #expect(nested.id == "e1")
        #expect(nested.time == PatternTimestamp(microseconds: 1_727_769_600_250_000))
        #expect(try Self.matches("[network-traffic:dst_ref.value = '203.0.113.7' AND network-traffic:dst_port = 443]", nested))
        #expect(try Self.matches("[network-traffic:src_ref.value = '10.0.0.5' AND network-traffic:protocols[*] = 'tcp']", nested))
        #expect(try Self.matches("[file:hashes.'SHA-256' = 'abc' AND file:name = 'a.exe']", nested))
        #expect(try Self.matches("[url:value = 'https://x.example/a']", nested))
        #expect(nested.objects.filter { $0["type"] == .string("ipv4-addr") }.count == 2)
        let dotted = try Self.mapped("ecs", #"{"@timestamp":"2024-10-01T08:00:00Z","destination.ip":"2001:db8::1","dns.question.name":"evil.example"}"#)
        #expect(try Self.matches("[ipv6-addr:value = '2001:db8::1']", dotted))
        #expect(try Self.matches("[domain-name:value = 'evil.example']", dotted))
    }

    @Test func suricataEVE() throws {
        let event = try Self.mapped("suricata", """
            {"timestamp":"2024-10-01T10:00:00.123456+0200","flow_id":991,"event_type":"dns","src_ip":"10.0.0.5",
             "dest_ip":"198.51.100.53","dest_port":53,"dns":{"rrname":"evil.example","rrtype":"A"},
             "fileinfo":{"sha256":"abc","filename":"x.bin"}}
            """)
        #expect(event.id == "991")
        #expect(event.time == PatternTimestamp(microseconds: 1_727_769_600_123_456))
        #expect(try Self.matches("[domain-name:value = 'evil.example']", event))
        #expect(try Self.matches("[network-traffic:dst_ref.value = '198.51.100.53' AND network-traffic:dst_port = 53]", event))
        #expect(try Self.matches("[file:hashes.'SHA-256' = 'abc']", event))
    }

    @Test func zeekJSON() throws {
        let event = try Self.mapped("zeek", """
            {"ts":1727769600.5,"uid":"CHhAvVGS1DHFjwGM9","id.orig_h":"10.0.0.5","id.orig_p":51000,"id.resp_h":"203.0.113.9",
             "id.resp_p":443,"proto":"tcp","server_name":"c2.example"}
            """)
        #expect(event.id == "CHhAvVGS1DHFjwGM9")
        #expect(event.time == PatternTimestamp(microseconds: 1_727_769_600_500_000))
        #expect(try Self.matches("[network-traffic:dst_ref.value ISSUBSET '203.0.113.0/24' AND network-traffic:src_port = 51000]", event))
        #expect(try Self.matches("[domain-name:value = 'c2.example']", event))
    }

    @Test func mappingFilesAreReadAndCheckedWithReasons() throws {
        let mapping = try EventMapping(json: Array("""
            {"time": "when", "id": "rid", "fields": {"client": ["ipv4-addr:value", "network-traffic:src_ref"],
             "target.url": "url:value", "tags": "x-proxy:tags[*]"}}
            """.utf8), name: "proxy.json")
        let event = mapping.map(try #require(try JSONParser.parse(#"{"when":1727769600,"rid":"r1","client":"10.1.1.1","target":{"url":"http://a/b"},"tags":["x","y"]}"#).objectValue), line: 1)
        #expect(event.id == "r1")
        #expect(try Self.matches("[network-traffic:src_ref.value = '10.1.1.1']", event))
        #expect(try Self.matches("[x-proxy:tags[1] = 'y']", event))
        #expect(try Self.matches("[url:value = 'http://a/b']", event))
        #expect(throws: DetectionError.self) { try EventMapping(json: Array(#"{"fields": {"a": "not a path"}}"#.utf8), name: "m") }
        #expect(throws: DetectionError.self) { try EventMapping(json: Array(#"{"fields": {"a": "network-traffic:src_ref"}}"#.utf8), name: "m") }
        #expect(throws: DetectionError.self) { try EventMapping(json: Array(#"{"time": "t"}"#.utf8), name: "m") }
    }
}
