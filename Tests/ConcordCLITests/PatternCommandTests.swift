import Foundation
import Testing

@Suite("concord pattern")
struct PatternCommandTests {
    static let observations = """
        {"type": "bundle", "id": "bundle--1", "objects": [
          {"type": "observed-data", "id": "observed-data--1", "number_observed": 1,
           "first_observed": "2020-01-01T00:00:00Z", "last_observed": "2020-01-01T00:00:00Z",
           "object_refs": ["domain-name--1"]},
          {"type": "domain-name", "id": "domain-name--1", "value": "evil.example.com"}]}
        """

    @Test func validPatternExitsZero() throws {
        let result = try CLIRunner().run(["pattern", "validate", "[domain-name:value LIKE '%.example.com']"])
        #expect(result.exitCode == 0)
    }

    @Test func invalidPatternExitsOneWithPosition() throws {
        let result = try CLIRunner().run(["pattern", "validate", "[domain-name:value = 'x'"])
        #expect(result.exitCode == 1)
        #expect(result.standardError.contains("1:25: expected ']'"))
    }

    @Test func matchExitCodes() throws {
        let cli = try CLIRunner()
        let path = try cli.file(named: "observed.json", Self.observations)
        let hit = try cli.run(["pattern", "match", "--observed", path, "[domain-name:value LIKE '%.example.com']"])
        #expect(hit.exitCode == 0)
        #expect(hit.standardOutput.contains("observed-data--1"))
        let miss = try cli.run(["pattern", "match", "--observed", path, "[domain-name:value = 'good.example.org']"])
        #expect(miss.exitCode == 1)
        let invalid = try cli.run(["pattern", "match", "--observed", path, "[domain-name:value = ]"])
        #expect(invalid.exitCode == 2)
        let missing = try cli.run(["pattern", "match", "[domain-name:value = 'x']"])
        #expect(missing.exitCode == 2)
    }

    @Test func batchModePrintsOneVerdictPerLine() throws {
        let cli = try CLIRunner()
        let observed = try #require(String(data: JSONSerialization.data(withJSONObject:
            (JSONSerialization.jsonObject(with: Data(Self.observations.utf8)) as? [String: Any])?["objects"] ?? []), encoding: .utf8))
        let lines = [
            "{\"pattern\": \"[domain-name:value = 'evil.example.com']\", \"observed\": \(observed)}",
            "{\"pattern\": \"[domain-name:value = 'x']\", \"observed\": \(observed)}",
            "{\"pattern\": \"[broken\", \"observed\": []}",
        ]
        let path = try cli.file(named: "batch.jsonl", lines.joined(separator: "\n") + "\n")
        let result = try cli.run(["pattern", "match", "--batch", path])
        let verdicts = result.standardOutput.split(separator: "\n").map(String.init)
        #expect(verdicts.count == 3)
        #expect(verdicts[0] == "{\"match\":true}")
        #expect(verdicts[1] == "{\"match\":false}")
        #expect(verdicts[2].contains("\"kind\":\"pattern\""))
    }
}
