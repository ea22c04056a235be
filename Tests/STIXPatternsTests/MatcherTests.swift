import Foundation
import STIX
import Testing
@testable import STIXPatterns

/// Builds a 2.1 observation set: one observed-data per group of SCOs.
func observations(_ groups: [[JSONObject]], counts: [Int]? = nil, times: [(String, String)]? = nil) -> [JSONValue] {
    var objects: [JSONValue] = []
    for (index, group) in groups.enumerated() {
        let (first, last) = times?[index] ?? ("2020-01-01T00:00:00Z", "2020-01-01T00:00:00Z")
        var data: JSONObject = [
            "type": .string("observed-data"), "id": .string("observed-data--\(index)"),
            "number_observed": .number(JSONNumber(Int64(counts?[index] ?? 1))),
            "first_observed": .string(first), "last_observed": .string(last),
        ]
        data["object_refs"] = .array(group.compactMap { $0["id"] })
        objects.append(.object(data))
        objects += group.map(JSONValue.object)
    }
    return objects
}

func sco(_ type: String, _ id: String, _ members: [String: JSONValue]) -> JSONObject {
    var object: JSONObject = ["type": .string(type), "id": .string("\(type)--\(id)")]
    for (key, value) in members.sorted(by: { $0.key < $1.key }) { object[key] = value }
    return object
}

let basic = observations([[
    sco("file", "1", ["name": .string("x"), "size": .number(10), "hashes": .object(["SHA-256": .string("aa")]),
                      "payload_bin": .string("AQID"), "parent_directory_ref": .string("directory--1")]),
    sco("directory", "1", ["path": .string("/tmp")]),
    sco("ipv4-addr", "1", ["value": .string("10.1.2.3")]),
]])

@Test(arguments: [
    "[file:name = 'x']",
    "[file:name = 'x' AND file:hashes.'SHA-256' = 'aa']",
    "[file:size > 5 AND file:size <= 10]",
    "[file:size IN (1, 10.0)]",
    "[file:name LIKE '_']",
    "[file:name MATCHES '^x$']",
    "[file:payload_bin = h'010203']",
    "[file:payload_bin = b'AQID']",
    "[file:parent_directory_ref.path = '/tmp']",
    "[ipv4-addr:value ISSUBSET '10.0.0.0/8']",
    "[file:name = 'y'] OR [ipv4-addr:value = '10.1.2.3']",
    "[EXISTS file:hashes.'SHA-256']",
    "[file:name NOT = 'y']",
])
func matches(pattern: String) throws {
    #expect(try Pattern(parsing: pattern).match(basic) != nil)
}

@Test(arguments: [
    "[file:name = 'y']",
    "[file:name = 'x'] REPEATS 2 TIMES",
    "[file:size < 5]",
    "[file:name = 'x'] FOLLOWEDBY [file:name = 'x']",
    "[ipv4-addr:value ISSUBSET '11.0.0.0/8']",
    "[file:name = 'x' AND ipv4-addr:value = '10.1.2.3']",
    "[indicator:name = 'x']",
    // One observation with number_observed 1 cannot serve both sides.
])
func doesNotMatch(pattern: String) throws {
    #expect(try Pattern(parsing: pattern).match(basic) == nil)
}

@Suite struct SemanticsTests {
    let values = observations([[
        sco("x", "1", ["n": .number(5), "f": .number(2.5), "b": .bool(true), "s": .string("e\u{0301}"),
                       "t": .string("2020-01-01T00:00:00.5Z"), "data_hex": .string("c3a9"), "net": .string("10.1.0.0/16"),
                       "v6": .string("2001:db8::1"), "list": .array([.number(1), .number(2)]), "nothing": .null]),
    ]])

    @Test(arguments: [
        ("[x:n = 5.0]", true), ("[x:n IN (5.0, 7)]", true), ("[x:b IN (1)]", true), ("[x:b = 1]", false),
        ("[x:n NOT > 'a']", false), ("[x:s = '\u{00E9}']", false), ("[x:s LIKE '\u{00E9}']", true),
        ("[x:s MATCHES '^\u{00E9}$']", true), ("[x:t > t'2020-01-01T00:00:00Z']", true), ("[x:data_hex = 'Ã©']", true), ("[x:data_hex = 'é']", false),
        ("[x:data_hex LIKE 'é']", true), ("[x:data_hex MATCHES '^\\\\w']", false), ("[x:s MATCHES '^\\\\w']", true), ("[x:net ISSUPERSET '10.1.2.3']", true),
        ("[x:v6 ISSUBSET '2001:db8::/32']", true), ("[x:list[*] = 2]", true), ("[x:list[-1] = 2]", false),
        ("[x:nothing != 1]", true), ("[x:f < 3]", true), ("[x:n < 99999999999999999999]", true), ("[x:missing NOT = 1]", false),
    ])
    func pythonComparisonSemantics(pattern: String, expected: Bool) throws {
        #expect((try Pattern(parsing: pattern).match(values) != nil) == expected)
    }

    @Test func timingQualifiers() throws {
        let timed = observations([[sco("x", "1", ["n": .number(1)])], [sco("x", "2", ["n": .number(2)])]],
                                 counts: [2, 1], times: [("2020-01-01T00:00:00Z", "2020-01-01T00:00:10Z"),
                                                         ("2020-01-01T00:00:30Z", "2020-01-01T00:00:30Z")])
        let cases: [(String, Bool)] = [
            ("[x:n = 1] FOLLOWEDBY [x:n = 2]", true), ("[x:n = 2] FOLLOWEDBY [x:n = 1]", false),
            ("[x:n = 1] AND [x:n = 2] WITHIN 20 SECONDS", true), ("([x:n = 1] AND [x:n = 2]) WITHIN 19 SECONDS", false),
            ("[x:n = 1] REPEATS 2 TIMES", true), ("[x:n = 1] REPEATS 3 TIMES", false),
            ("[x:n = 2] START t'2020-01-01T00:00:30Z' STOP t'2020-01-01T00:00:31Z'", true),
            ("[x:n = 1] START t'2020-01-01T00:00:11Z' STOP t'2020-01-01T00:01:00Z'", false),
        ]
        for (pattern, expected) in cases {
            #expect((try Pattern(parsing: pattern).match(timed) != nil) == expected, "\(pattern)")
        }
    }

    @Test func matchReportsObservedDataIDs() throws {
        let found = try Pattern(parsing: "[file:name = 'x']").match(basic)
        #expect(found?.observedDataIDs == ["observed-data--0"])
        #expect(found?.matchedObjectIDs == [["file--1"]])
    }

    @Test(arguments: [
        "[file:data_hex = h'00']", "[file:name = t'2020-01-01T00:00:00Z']", "[file:x_ref.name = 'a']",
    ])
    func malformedValuesAreErrorsAsInTheReference(pattern: String) throws {
        let broken = observations([[sco("file", "9", ["data_hex": .string("zz"), "name": .string("n"), "x_ref": .number(1)])]])
        #expect(throws: PatternMatchError.self) { try Pattern(parsing: pattern).match(broken) }
        #expect(try Pattern(parsing: pattern).matches(broken) == false)
    }

    @Test func missingTimingIsAnError() throws {
        let input: [JSONValue] = [.object(["type": .string("observed-data"), "id": .string("observed-data--1"),
                                           "object_refs": .array([])])]
        #expect(throws: PatternMatchError.self) { try Pattern(parsing: "[x:n = 1]").match(input) }
    }

    @Test func combinatorialSearchStaysFast() throws {
        let many = observations((0..<20).map { [sco("p", "\($0)", ["age": .number(JSONNumber(Int64($0)))])] },
                                times: (0..<20).map { ("2020-01-01T00:00:\(String(format: "%02d", $0))Z", "2020-01-01T00:00:\(String(format: "%02d", $0))Z") })
        #expect(try Pattern(parsing: "[p:age < 20] REPEATS 10 TIMES AND [p:age < 20]").match(many) != nil)
        #expect(try Pattern(parsing: "[p:age < 20] REPEATS 10 TIMES WITHIN 8 SECONDS").match(many) == nil)
        #expect(try Pattern(parsing: "[p:age < 20] REPEATS 5 TIMES REPEATS 2 TIMES").match(many) != nil)
    }
}
