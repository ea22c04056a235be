import Foundation
import Testing

/// `concord detect` run as a user runs it, on the sample logs shipped in `Examples/events`.
@Suite("concord detect")
struct DetectCommandTests {
    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Examples/events")

    static func path(_ name: String) -> String { examples.appendingPathComponent(name).path }

    static func detect(_ arguments: [String], input: String? = nil) throws -> CLIRunner.Result {
        try CLIRunner().run(["detect", "--indicators", path("indicators.json")] + arguments, standardInput: input.map { Data($0.utf8) })
    }

    @Test func ecsSampleDetectsTheDemoIndicators() throws {
        let result = try Self.detect(["--events", Self.path("ecs-sample.jsonl"), "--mapping", "ecs", "--format", "jsonl"])
        #expect(result.exitCode == 0)
        let lines = result.standardOutput.split(separator: "\n")
        let detections = try lines.map { try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        #expect(detections.compactMap { $0["line"] as? Int } == [8, 16, 16, 24, 32, 41, 53, 62, 71])
        let first = try #require(detections.first)
        #expect(first["name"] as? String == "PumpJack C2 address")
        #expect(first["event_id"] as? String == "evt-0007")
        #expect(first["matched"] as? [String] == ["ipv4-addr:value=203.0.113.1"])
        let multi = try #require(detections.first { $0["name"] as? String == "TriageLock phishing URL then HTTPS" })
        #expect((multi["lines"] as? [Int])?.contains(32) == true)
        #expect(result.standardError.contains("80 events read (0 bad lines"))
        #expect(result.standardError.contains("9 detections of 7 indicators"))
        #expect(result.standardError.contains("8 loaded"))
        #expect(result.standardError.contains("4 skipped (1 pattern_type is not stix, 1 revoked, 1 valid_until has passed, 1 invalid pattern)"))
    }

    @Test(arguments: [("suricata", ["line 4", "line 13"]), ("zeek", ["line 3", "line 10", "line 14"])])
    func builtInMappings(mapping: String, expected: [String]) throws {
        let result = try Self.detect(["--events", Self.path("\(mapping)-sample.jsonl"), "--mapping", mapping])
        #expect(result.exitCode == 0)
        for line in expected { #expect(result.standardOutput.contains(line + " ")) }
        #expect(result.standardOutput.contains("Beacon after lookup") == (mapping == "zeek"), "FOLLOWEDBY across Zeek events")
    }

    @Test func badLinesAreReportedAndGoodOnesKept() throws {
        let input = """
            {"@timestamp":"2024-10-01T08:00:00Z","destination":{"ip":"203.0.113.1"}}
            {"@timestamp": broken
            [1, 2]

            {"@timestamp":"2024-10-01T08:01:00Z","destination":{"ip":"203.0.113.1"}}
            """
        let result = try Self.detect(["--events", "-"], input: input)
        #expect(result.exitCode == 0)
        #expect(result.standardOutput.split(separator: "\n").map { $0.prefix(7) } == ["line 1:", "line 5:"])
        #expect(result.standardError.contains("-:2: "))
        #expect(result.standardError.contains("-:3: an event must be a JSON object, not array"))
        #expect(result.standardError.contains("2 events read (2 bad lines"))
    }

    @Test func noDetectionExitsOneAndUsageErrorsExitTwo() throws {
        let quiet = try Self.detect(["--events", "-"], input: #"{"destination":{"ip":"198.51.100.200"}}"#)
        #expect(quiet.exitCode == 1)
        #expect(quiet.standardOutput.isEmpty)
        #expect(try Self.detect([]).exitCode == 2)
        #expect(try Self.detect(["--events", "-", "--mapping", "no-such-mapping"]).exitCode == 2)
        #expect(try Self.detect(["--events", "-", "--format", "yaml"]).exitCode == 2)
        #expect(try Self.detect(["--events", "-", "--publish"]).exitCode == 2)
        #expect(try CLIRunner().run(["detect", "--events", "-"]).exitCode == 2)
    }

    @Test func parseOnlyReadsWithoutMatching() throws {
        let result = try Self.detect(["--events", Self.path("ecs-sample.jsonl"), "--parse-only"])
        #expect(result.exitCode == 0)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.contains("80 events read"))
    }
}
