import STIX
import Testing
@testable import STIXPatterns

/// What the index extracts from patterns and how it looks events up.
@Suite struct IndicatorIndexTests {
    static func candidates(_ patterns: [String], _ objects: [JSONObject]) throws -> [Int32] {
        let index = IndicatorIndex(try patterns.enumerated().map { (id: "i\($0.offset)", pattern: try Pattern(parsing: $0.element)) })
        var set = CandidateSet()
        index.candidates(for: objects, into: &set)
        return set.members.sorted()
    }

    static let address: JSONObject = ["type": .string("ipv4-addr"), "id": .string("ipv4-addr--1"), "value": .string("10.20.30.40")]

    @Test func equalityInAndCIDRAreLookedUp() throws {
        let patterns = ["[ipv4-addr:value = '10.20.30.40']", "[ipv4-addr:value IN ('1.1.1.1', '10.20.30.40')]",
                        "[ipv4-addr:value ISSUBSET '10.20.0.0/16']", "[ipv4-addr:value ISSUBSET '10.21.0.0/16']",
                        "[ipv4-addr:value = '10.20.30.41']", "[domain-name:value = '10.20.30.40']"]
        #expect(try Self.candidates(patterns, [Self.address]) == [0, 1, 2])
    }

    @Test func referencesAreFollowed() throws {
        let traffic: JSONObject = ["type": .string("network-traffic"), "id": .string("network-traffic--1"),
                                   "dst_ref": .string("ipv4-addr--1"), "protocols": .array([.string("tcp")])]
        let patterns = ["[network-traffic:dst_ref.value = '10.20.30.40']", "[network-traffic:protocols[0] = 'tcp']",
                        "[network-traffic:src_ref.value = '10.20.30.40']"]
        #expect(try Self.candidates(patterns, [Self.address, traffic]) == [0, 1])
    }

    @Test func andKeepsTheCheaperSideAndOrNeedsBoth() throws {
        let index = IndicatorIndex([
            (id: "and", pattern: try Pattern(parsing: "[file:name LIKE '%.exe' AND file:hashes.MD5 = 'aa']")),
            (id: "or", pattern: try Pattern(parsing: "[file:name = 'a' OR file:size > 10]")),
            (id: "not", pattern: try Pattern(parsing: "[file:name != 'a']")),
        ])
        #expect(index.alwaysEvaluated == [1, 2])
    }

    @Test(arguments: [
        ("%.evil.example.com", ".evil.example.com"), ("a%b", nil), ("setup_%.exe", "setup"),
    ] as [(String, String?)])
    func likeLiterals(pattern: String, literal: String?) {
        #expect(RequiredLiteral.like(pattern).map { String(decoding: $0, as: UTF8.self) } == literal)
    }

    @Test(arguments: [
        ("^evil-[a-z]+\\.example\\.org$", ".example.org"), ("abc|defgh", nil), ("(?i)evilcorp", nil),
        ("evilx?corp", "evil"), ("(optional)?tail-part", "tail-part"), ("\\d+secret", "secret"),
    ] as [(String, String?)])
    func regexLiterals(pattern: String, literal: String?) {
        #expect(RequiredLiteral.regex(pattern).map { String(decoding: $0, as: UTF8.self) } == literal)
    }

    @Test func substringsAreCheckedAfterTheTrigram() throws {
        let domain: JSONObject = ["type": .string("domain-name"), "id": .string("d"), "value": .string("login.evil.example.com")]
        let patterns = ["[domain-name:value LIKE '%.evil.example.com']", "[domain-name:value LIKE '%.good.example.com']",
                        "[domain-name:value MATCHES 'login\\\\.evil']"]
        #expect(try Self.candidates(patterns, [domain]) == [0, 2])
    }

    @Test func timestampsPrintAsSTIX() {
        #expect(PatternTimestamp(microseconds: 1_700_000_000_123_456).text == "2023-11-14T22:13:20.123456Z")
        #expect(PatternTimestamp(microseconds: -1).text == "1969-12-31T23:59:59.999999Z")
    }
}

/// The allocation-free dotted-quad reader agrees with the full `inet_aton` reading wherever it answers.
@Suite struct PlainIPv4Tests {
    @Test(arguments: ["203.0.113.7", "0.0.0.0", "255.255.255.255", "10.0.0.1", "1.2.3.4", "256.1.1.1", "010.0.0.1",
                      "1.2.3", "1.2.3.4.5", "1..2.3", "1.2.3.4 ", "0x7f.0.0.1", "1.2.3.04", "01.2.3.4", "", "1.2.3.4/8"])
    func agreesWithTheFullReading(text: String) {
        if let plain = IPNetwork.plainIPv4(text) {
            #expect(plain == IPNetwork(text, requirePrefix: false))
        }
    }

    @Test func readsTheCommonForm() {
        #expect(IPNetwork.plainIPv4("203.0.113.7") == IPNetwork("203.0.113.7", requirePrefix: false))
        #expect(IPNetwork.plainIPv4("010.0.0.1") == nil)
        #expect(IPNetwork.plainIPv4("256.1.1.1") == nil)
    }
}
