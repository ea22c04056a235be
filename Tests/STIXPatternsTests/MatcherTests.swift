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
    "[file:name = 'x'] AND [ipv4-addr:value = '10.1.2.3']",
])
func doesNotMatch(pattern: String) throws {
    #expect(try Pattern(parsing: pattern).match(basic) == nil)
}
