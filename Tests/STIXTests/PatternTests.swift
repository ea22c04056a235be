import STIX
import Testing

@Suite("Indicator patterns")
struct PatternTests {
    func findings(for pattern: String, type: String = "stix") -> [ValidationFinding] {
        var indicator = ValidObjects.object("indicator")
        indicator["pattern"] = .string(pattern)
        indicator["pattern_type"] = .string(type)
        return STIXValidator().validate(.object(indicator))
    }

    @Test("valid STIX patterns", arguments: [
        "[file:name = 'a.exe']",
        "[file:hashes.'SHA-256' = 'aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f']",
        "[file:name = 'a'] AND [file:size > 3]",
        "[file:name = 'a' AND file:size = 3] WITHIN 5 SECONDS",
        "[file:name = 'a'] START t'2020-01-01T00:00:00Z' STOP t'2021-01-01T00:00:00Z'",
        "([file:name = 'a'] OR [file:name = 'b']) FOLLOWEDBY [ipv4-addr:value = '1.2.3.4'] REPEATS 2 TIMES",
        "[network-traffic:dst_ref.value = 'x' AND network-traffic:protocols[*] = 'tcp']",
        "[file:name NOT IN ('a', 'b')]", "[EXISTS file:name]", "[file:name LIKE 'a%']", "[file:name MATCHES '^a$']",
        "[file:xxx = h'0a'] OR [file:yyy = b'aGVsbG8='] OR [file:zzz = true]", "[x-acme-thing:x_field = 'it\\'s']",
    ])
    func valid(_ pattern: String) {
        #expect(!findings(for: pattern).containsErrors)
    }

    @Test("invalid STIX patterns", arguments: [
        "", "[file:name = 'a'", "[file:name = a]", "[file:name = 'a' OR]", "[file:xxx = TRUE]", "[file:name = 'a\\qb']",
        "[file:ctime = t'2020-01-01']", "[file:name = 'a'][file:name = 'b']", "[file:name = 'a'] and [file:name = 'b']",
        "[FILE:name = 'a']", "[file:Name = 'a']", "[file:hashes.MD5 = 'xyz']",
        "[file:name = 'a'] WITHIN 5 SECONDS WITHIN 6 SECONDS", "[file:size = 01]", "[file:xxx = h'abc']",
    ])
    func invalid(_ pattern: String) {
        let codes = findings(for: pattern).filter { $0.severity == .error }.map(\.code)
        #expect(codes == [.invalidPattern])
    }

    @Test func otherPatternLanguagesAreNotParsed() {
        #expect(!findings(for: "rule x { condition: true }", type: "yara").containsErrors)
    }
}
