import Foundation
import Testing

@Suite("concord validate")
struct ValidateCommandTests {
    @Test func validFileExitsZero() throws {
        let cli = try CLIRunner()
        let path = try cli.file(named: "good.json", Fixtures.bundle([Fixtures.indicator(1), Fixtures.indicator(2)]))
        let result = try cli.run(["validate", path])
        #expect(result.exitCode == 0)
        #expect(result.standardError.contains("2 objects: 2 valid, 0 invalid"))
    }

    @Test func invalidObjectIsNamedWithPointerAndExitsOne() throws {
        let cli = try CLIRunner()
        let path = try cli.file(named: "mixed.json", Fixtures.bundle([Fixtures.indicator(1), Fixtures.brokenIndicator]))
        let result = try cli.run(["validate", path])
        #expect(result.exitCode == 1)
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("\(path): indicator--0f2e2d2b-17d4-4cbf-938f-98ee46b3cd3f: /pattern: ") })
        #expect(lines.contains { $0.hasPrefix("\(path): indicator--0f2e2d2b-17d4-4cbf-938f-98ee46b3cd3f: /created: ") })
        #expect(!lines.contains { $0.contains("indicator--8e2e2d2b") })
    }

    @Test func jsonFormatIsAnArrayOfFindings() throws {
        let cli = try CLIRunner()
        let path = try cli.file(named: "one.jsonl", Fixtures.brokenIndicator + "\n" + Fixtures.indicator(3) + "\n")
        let result = try cli.run(["validate", "--format", "json", path])
        #expect(result.exitCode == 1)
        let findings = try #require(JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [[String: Any]])
        #expect(!findings.isEmpty)
        #expect(findings.allSatisfy { $0["object_index"] as? Int == 0 && $0["file"] as? String == path })
        #expect(findings.contains { $0["pointer"] as? String == "/pattern" && $0["severity"] as? String == "error" })
    }

    @Test func standardInputIsRead() throws {
        let cli = try CLIRunner()
        let result = try cli.run(["validate", "-"], standardInput: Data(Fixtures.indicator(4).utf8))
        #expect(result.exitCode == 0)
    }

    @Test func missingFileIsAnInputError() throws {
        let cli = try CLIRunner()
        let result = try cli.run(["validate", "/nonexistent/feed.json"])
        #expect(result.exitCode == 2)
        #expect(result.standardError.contains("/nonexistent/feed.json: no such file"))
    }

    @Test func brokenJSONIsReportedWithItsPosition() throws {
        let cli = try CLIRunner()
        let path = try cli.file(named: "broken.json", "{\"type\": \"bundle\",\n \"objects\": [1,]}")
        let result = try cli.run(["validate", path])
        #expect(result.exitCode == 1)
        #expect(result.standardOutput.contains("line 2"))
    }

    @Test func usageErrorsExitTwo() throws {
        let cli = try CLIRunner()
        #expect(try cli.run(["validate"]).exitCode == 2)
        #expect(try cli.run(["validate", "--format", "yaml", "x"]).exitCode == 2)
        #expect(try cli.run(["no-such-verb"]).exitCode == 2)
    }

    @Test(arguments: ["validate", "import", "org", "org create", "org list", "token create", "token list", "token revoke",
                      "collection create", "collection list", "collection grant", "serve", "ledger key", "ledger verify",
                      "witness key", "witness trust", "witness add", "pattern validate", "pattern match", "detect"])
    func everyVerbHasHelpWithAnExample(_ verb: String) throws {
        let cli = try CLIRunner()
        let result = try cli.run(verb.split(separator: " ").map(String.init) + ["--help"])
        #expect(result.exitCode == 0)
        #expect(result.standardOutput.contains("USAGE:"))
        if verb != "org" { #expect(result.standardOutput.contains("Example")) }
    }
}
