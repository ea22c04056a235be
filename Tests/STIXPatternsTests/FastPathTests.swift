import STIX
import Testing
@testable import STIXPatterns

/// The matcher's fast paths (byte-wise string equality, the linear SCO pool,
/// sorted root hits, in-place timestamp parsing) must decide exactly what the
/// straightforward code did: these pin the cases where they could drift.
@Suite struct FastPathTests {
    @Test(arguments: [
        ("abc", "abc", true), ("", "", true), ("abc", "abd", false), ("abc", "ab", false),
        ("\u{00E9}", "e\u{0301}", false), ("e\u{0301}", "e\u{0301}", true),
        (String(repeating: "x", count: 40) + "1", String(repeating: "x", count: 40) + "2", false),
        (String(repeating: "日本", count: 20), String(repeating: "日本", count: 20), true),
    ])
    func codePointEqualityIsPythonEquality(lhs: String, rhs: String, expected: Bool) {
        #expect(Normalization.codePointsEqual(lhs, rhs) == expected)
        #expect(Normalization.codePointsEqual(lhs, rhs) == lhs.unicodeScalars.elementsEqual(rhs.unicodeScalars))
    }

    @Test func memberLookupComparesCodePoints() {
        let object: JSONObject = ["\u{00E9}": .number(1), "e\u{0301}": .number(2), "id": .string("x")]
        #expect(object.value(named: "e\u{0301}") == .number(2))
        #expect(object.value(named: "\u{00E9}") == .number(1))
        #expect(object.value(named: "i") == nil)
        #expect(object.has("id", equalTo: "x") && !object.has("id", equalTo: "y") && !object.has("nope", equalTo: "x"))
        #expect(object.withValue(named: "id") { $0 == .string("x") } == true)
        #expect(object.withValue(named: "missing") { _ in true } == nil)
    }

    @Test(arguments: [3, ObjectPool.linearLimit + 10])
    func poolKeepsTheLastObjectPerID(count: Int) throws {
        // SCOs listed apart from the observed-data that names them, as in a bundle.
        var scos: [JSONObject] = (0..<count).map { sco("x", "\($0)", ["n": .number(JSONNumber(Int64($0)))]) }
        scos += [sco("x", "1", ["n": .number(-1)]), sco("y", "e\u{0301}", ["n": .number(7)]), sco("y", "\u{00E9}", ["n": .number(8)])]
        let data: JSONObject = [
            "type": .string("observed-data"), "id": .string("observed-data--1"), "number_observed": .number(1),
            "first_observed": .string("2020-01-01T00:00:00Z"), "last_observed": .string("2020-01-01T00:00:00Z"),
            "object_refs": .array([.string("x--1"), .string("x--\(count - 1)"), .string("y--e\u{0301}")]),
        ]
        let input = [JSONValue.object(data)] + scos.map(JSONValue.object)
        func found(_ pattern: String) throws -> [String]? { try Pattern(parsing: pattern).match(input)?.matchedObjectIDs.first }
        #expect(try found("[x:n = -1]") == ["x--1"])
        #expect(try found("[x:n = 1]") == nil)
        #expect(try found("[x:n = \(count - 1)]") == ["x--\(count - 1)"])
        #expect(try found("[y:n = 7]") == ["y--e\u{0301}"])
        #expect(try found("[y:n = 8]") == nil)
    }

    @Test func rootHitsMergeSortedLists() {
        func hits(_ pairs: [(Int32, Int32)]) -> [RootHit] { pairs.map { RootHit(observation: $0.0, root: $0.1) } }
        let lhs = hits([(0, 1), (0, 3), (2, 0)])
        let rhs = hits([(0, 3), (1, 0), (2, 0), (2, 5)])
        #expect(RootHits.union(lhs, rhs) == hits([(0, 1), (0, 3), (1, 0), (2, 0), (2, 5)]))
        #expect(RootHits.intersection(lhs, rhs) == hits([(0, 3), (2, 0)]))
        #expect(RootHits.union([], rhs) == rhs && RootHits.intersection(lhs, []).isEmpty)
        #expect(RootHits.observations(RootHits.union(lhs, rhs)) == [0, 1, 2])
    }

    @Test(arguments: [
        ("2024-02-29T23:59:59.999999Z", Int64(1_709_251_199_999_999)), ("2023-02-29T00:00:00Z", nil),
        ("2100-02-29T00:00:00Z", nil), ("2000-02-29T00:00:00.1Z", 951_782_400_100_000),
        ("2020-04-31T00:00:00Z", nil), ("2020-12-31T24:00:00Z", nil), ("2020-01-01T00:00:00.1234567Z", 1_577_836_800_123_456),
        ("2020-01-01T00:00:00.12345x7Z", nil),
    ])
    func canonicalTimestamps(text: String, micros: Int64?) {
        #expect(PatternTimestamp(parsing: text)?.microseconds == micros)
    }

    @Test func loneComparisonUsesTheFirstSatisfyingObservation() throws {
        let input = observations([[sco("x", "1", ["n": .number(1)])], [sco("x", "2", ["n": .number(2)])],
                                  [sco("x", "3", ["n": .number(2)])]])
        let found = try #require(try Pattern(parsing: "[x:n = 2]").match(input))
        #expect(found.observedDataIndices == [1])
        #expect(found.matchedObjectIDs == [["x--2"]])
    }

    @Test func evidenceJoinsEveryComparison() throws {
        let group = [sco("x", "1", ["n": .number(1)]), sco("y", "1", ["m": .number(1)])]
        let either = try #require(try Pattern(parsing: "[x:n = 1] OR [y:m = 2 OR y:m = 1]").match(observations([group])))
        #expect(either.matchedObjectIDs == [["x--1", "y--1"]])
        // AND needs two instances: number_observed 2 lets one observed-data serve both sides.
        let twice = observations([group], counts: [2])
        let both = try #require(try Pattern(parsing: "[x:n = 1] AND [y:m = 1]").match(twice))
        #expect(both.observedDataIndices == [0] && both.matchedObjectIDs == [["x--1", "y--1"]])
        #expect(try Pattern(parsing: "[x:n = 1] AND [y:m = 3]").match(twice) == nil)
    }

    @Test func repeatedSCOIDsKeepFirstPlaceAndLastObject() throws {
        var many = (0..<(ObjectPool.linearLimit + 5)).map { sco("x", "\($0)", ["n": .number(0)]) }
        many.append(sco("x", "3", ["n": .number(9)]))
        let input = observations([many])
        let found = try #require(try Pattern(parsing: "[x:n = 9]").match(input))
        #expect(found.matchedObjectIDs == [["x--3"]])
        #expect(try Pattern(parsing: "[x:n = 0]").match(input)?.matchedObjectIDs.first?.contains("x--3") == false)
    }

    @Test(arguments: ["[x:v = 'a']", "[x:v != 'a']", "[x:v NOT = 'a']", "[x:v NOT != 'a']", "[x:v IN ('a', 'e\u{0301}')]",
                      "[x:v NOT IN ('a', 'b')]", "[x:v = '\u{00E9}']"])
    func quickOperationsDecideLikeTheGeneralOnes(pattern: String) throws {
        let parsed = try Pattern(parsing: pattern)
        guard case .test(let test) = parsed.plan.comparisons[0] else { Issue.record("not a test"); return }
        let quick = try #require(test.quick)
        let values: [JSONValue] = [.string("a"), .string("b"), .string("e\u{0301}"), .string("\u{00E9}"), .number(1),
                                   .bool(true), .null, .array([.string("a")]), .object(["v": .string("a")])]
        for value in values {
            #expect(test.passesQuickly(quick, value) == (try test.passes(.json(value))), "\(pattern) on \(value)")
        }
    }

    @Test func plainPathsAreFollowedInPlace() {
        let object: JSONObject = ["hashes": .object(["MD5": .string("aa")]), "name": .string("n")]
        #expect(PathEvaluator.withPlainValue(["hashes", "MD5"], in: object) { $0 } == .string("aa"))
        #expect(PathEvaluator.withPlainValue(["name", "x"], in: object) { $0 } == nil)
        #expect(PathEvaluator.withPlainValue(["missing"], in: object) { $0 } == nil)
        #expect(CompiledTest.plainKeys(ObjectPath(objectType: "x", steps: [.key("src_ref"), .key("value")])) == nil)
        #expect(CompiledTest.plainKeys(ObjectPath(objectType: "x", steps: [.key("hashes"), .key("MD5")])) == ["hashes", "MD5"])
    }

    @Test(arguments: ["10.0.0.0/8", "10.0.0.0/0032", "10.0.0.0/", "10.0.0.0/33", "10.0.0.0/0", "10.1", "0x0a.1/8", "010.0.0.1",
                      "1.2.3.4 x", "1.2.3.4 x/8", "10.0.0.0/8/9", "10.0.0.0/ 8", "/8", "", "1.2.3.256", "4294967295",
                      "4294967296", "1.16777215", "1.16777216", "10.0.0.0\u{301}/8", "2001:db8::/32", "1.2.3.4/99999999999999999999"])
    func ipv4FastParseAgreesWithTheGeneralParser(text: String) {
        for requirePrefix in [false, true] {
            #expect(IPNetwork(text, requirePrefix: requirePrefix) == IPNetwork(parsingSlowly: text, requirePrefix: requirePrefix),
                    "\(text) requirePrefix \(requirePrefix)")
        }
    }

    @Test func topLevelBundlesAreOpenedOnce() throws {
        let flat = observations([[sco("x", "1", ["n": .number(1)])]])
        let bundle: JSONValue = .object(["type": .string("bundle"), "id": .string("bundle--1"), "objects": .array(flat)])
        let pattern = try Pattern(parsing: "[x:n = 1]")
        #expect(try pattern.match([bundle])?.observedDataIDs == ["observed-data--0"])
        // A bundle inside a bundle is an object like any other (an SCO candidate), as in the reference.
        let nested: JSONValue = .object(["type": .string("bundle"), "id": .string("bundle--2"), "objects": .array([bundle])])
        #expect(try pattern.match([nested]) == nil)
        // A "bundle" without an objects list is an object like any other too.
        #expect(try pattern.match(flat + [.object(["type": .string("bundle"), "id": .string("bundle--3")])]) != nil)
    }
}
