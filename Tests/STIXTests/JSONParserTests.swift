import Testing
@testable import STIX

/// Parses `text`, returning the syntax error it raises, or `nil` when it parses.
func syntaxError(_ bytes: [UInt8]) -> JSONSyntaxError? {
    do {
        _ = try JSONParser.parse(bytes)
        return nil
    } catch {
        return error
    }
}

func syntaxError(_ text: String) -> JSONSyntaxError? {
    syntaxError(Array(text.utf8))
}

@Suite struct JSONParserTests {
    @Test(arguments: [
        ("null", JSONValue.null),
        ("true", .bool(true)),
        (" false ", .bool(false)),
        ("0", .number(0)),
        ("-12", .number(-12)),
        ("3.25", .number(3.25)),
        ("1E2", .number(100)),
        ("\"\"", .string("")),
        ("\"h\u{e9}llo \u{1f600}\"", .string("h\u{e9}llo \u{1f600}")),
        ("[]", .array([])),
        ("\t[ 1 ,\r\n\"a\" , null ]\n", .array([.number(1), .string("a"), .null])),
        ("{}", .object([:])),
        (#"{"a":{"b":[true,{}]},"c":-0.5}"#,
         .object(["a": .object(["b": .array([.bool(true), .object([:])])]), "c": .number(-0.5)])),
    ])
    func parsesValidDocuments(text: String, expected: JSONValue) throws {
        #expect(try JSONParser.parse(text) == expected)
    }

    @Test func objectsKeepSourceOrder() throws {
        let object = try #require(try JSONParser.parse(#"{"z":1,"a":2,"m":3}"#).objectValue)
        #expect(object.keys == ["z", "a", "m"])
    }

    @Test(arguments: [
        // Literals
        ("tru", "invalid literal, expected true", 1, 1),
        ("[nul]", "invalid literal, expected null", 1, 2),
        ("[falsy]", "invalid literal, expected false", 1, 2),
        ("NaN", "unexpected character 'N', expected a value", 1, 1),
        ("Infinity", "unexpected character 'I', expected a value", 1, 1),
        ("-Infinity", "invalid number: expected a digit", 1, 2),
        ("'a'", "unexpected character ''', expected a value", 1, 1),
        // Numbers
        ("01", "invalid number: leading zero", 1, 1),
        ("[1, -007]", "invalid number: leading zero", 1, 5),
        ("1.", "invalid number: expected a digit after '.'", 1, 3),
        (".5", "unexpected character '.', expected a value", 1, 1),
        ("+1", "unexpected character '+', expected a value", 1, 1),
        ("1e", "invalid number: expected a digit in exponent", 1, 3),
        ("1e+", "invalid number: expected a digit in exponent", 1, 4),
        ("0x10", "unexpected data after the JSON value", 1, 2),
        ("1e400", "number 1e400 is out of the range of a double", 1, 1),
        ("[0, -1.5E+999]", "number -1.5E+999 is out of the range of a double", 1, 5),
        // Structure
        ("", "unexpected end of input, expected a value", 1, 1),
        ("  \n ", "unexpected end of input, expected a value", 2, 2),
        ("[1,2,]", "trailing comma in array", 1, 6),
        (#"{"a":1,}"#, "trailing comma in object", 1, 8),
        ("[1 2]", "expected ',' or ']' in array", 1, 4),
        ("[1", "expected ',' or ']' in array", 1, 3),
        (#"{"a":1 "b":2}"#, "expected ',' or '}' in object", 1, 8),
        (#"{"a" 1}"#, "expected ':' after member name", 1, 6),
        ("{a:1}", "expected a member name in double quotes", 1, 2),
        ("1 2", "unexpected data after the JSON value", 1, 3),
        ("{}\n\n  }", "unexpected data after the JSON value", 3, 3),
        ("[\n  1,\n  tru\n]", "invalid literal, expected true", 3, 3),
        // Strings
        ("\"abc", "unterminated string", 1, 1),
        ("[\"a\\n", "unterminated string", 1, 2),
        ("\"a\\", "unterminated escape sequence", 1, 4),
        ("\"a\u{1}b\"", "unescaped control character in string", 1, 3),
        ("\"a\\tb\nc\"", "unescaped control character in string", 1, 6),
        ("\"\\x\"", "invalid escape sequence '\\x'", 1, 2),
        ("\"\\U0041\"", "invalid escape sequence '\\U'", 1, 2),
        ("\"\\u12G4\"", "invalid hexadecimal digit in \\u escape", 1, 6),
        ("[\"\\u12\"]", "invalid hexadecimal digit in \\u escape", 1, 7),
        ("\"\\u12", "truncated \\u escape", 1, 4),
        ("\"\\uD800\"", "lone high surrogate in \\u escape", 1, 2),
        ("\"x\\ud83dx\"", "lone high surrogate in \\u escape", 1, 3),
        ("\"\\uD800\\u0041\"", "invalid low surrogate in \\u escape", 1, 2),
        ("\"\\uDE00\"", "lone low surrogate in \\u escape", 1, 2),
        // Duplicate member names, also when spelled differently.
        (#"{"a":1,"a":2}"#, "duplicate member name \"a\"", 1, 8),
        (#"{"a":1,"b":{"c":0,"\u0063":2}}"#, "duplicate member name \"c\"", 1, 19),
    ] as [(String, String, Int, Int)])
    func rejects(text: String, reason: String, line: Int, column: Int) throws {
        let error = try #require(syntaxError(text))
        #expect(error.reason == reason)
        #expect(error.line == line)
        #expect(error.column == column)
        #expect(error.description == "line \(line), column \(column): \(reason)")
    }

    @Test(arguments: [
        [0x22, 0xFF, 0x22],                     // never valid in UTF-8
        [0x22, 0x41, 0xC0, 0xAF, 0x22],         // overlong "/"
        [0x22, 0xED, 0xA0, 0x80, 0x22],         // UTF-8-encoded surrogate
        [0x22, 0xE2, 0x82, 0x22],               // truncated sequence
        [0x22, 0x5C, 0x6E, 0x80, 0x22],         // stray continuation after an escape
        [0x22, 0xF4, 0x90, 0x80, 0x80, 0x22],   // beyond U+10FFFF
    ] as [[UInt8]])
    func rejectsInvalidUTF8InStrings(bytes: [UInt8]) throws {
        let error = try #require(syntaxError(bytes))
        #expect(error.reason == "string is not valid UTF-8")
        #expect(error.column == 2)
    }

    @Test func rejectsInvalidUTF8OutsideStrings() throws {
        let error = try #require(syntaxError([0x5B, 0xFF, 0x5D]))
        #expect(error.reason == "unexpected character byte 0xff, expected a value")
        #expect(error.column == 2)
    }

    @Test func memberNamesAreComparedByCodePoints() throws {
        // "é" precomposed and decomposed are different member names in JSON,
        // even though Swift considers the two strings equal.
        let object = try #require(try JSONParser.parse(#"{"\u00e9":1,"e\u0301":2}"#).objectValue)
        #expect(object.count == 2)
        #expect(object["\u{e9}"] == .number(1))
        #expect(object["e\u{301}"] == .number(2))
    }

    @Test func largeObjectsFindDuplicatesAnywhere() throws {
        let members = (0..<20_000).map { "\"k\($0)\":\($0)" }
        let object = try #require(try JSONParser.parse("{" + members.joined(separator: ",") + "}").objectValue)
        #expect(object.count == 20_000)
        #expect(object["k19999"] == .number(19_999))

        let duplicated = "{" + (members + ["\"k123\":0"]).joined(separator: ",") + "}"
        #expect(syntaxError(duplicated)?.reason == "duplicate member name \"k123\"")
        let early = "{" + ["\"a\":1", "\"b\":2", "\"a\":3"].joined(separator: ",") + "}"
        #expect(syntaxError(early)?.reason == "duplicate member name \"a\"")
        let equivalent = "{" + (members + [#""\u00e9":1"#, #""e\u0301":2"#]).joined(separator: ",") + "}"
        #expect(syntaxError(equivalent) == nil)
    }

    @Test(arguments: ["[", "{\"a\":"])
    func deepNestingIsAnErrorNotACrash(opener: String) throws {
        let text = String(repeating: opener, count: 10_000)
        let error = try #require(syntaxError(text))
        #expect(error.reason.contains("nesting deeper than 512 levels"))
        #expect(error.offset == JSONParser.maximumDepth * opener.utf8.count)
    }

    @Test func nestingUpToTheLimitIsAccepted() throws {
        let depth = JSONParser.maximumDepth
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        var value = try JSONParser.parse(text)
        var levels = 0
        while let elements = value.arrayValue {
            levels += 1
            value = elements.first ?? .null
        }
        #expect(levels == depth)
        #expect(syntaxError("[" + text + "]") != nil)
    }

    @Test(arguments: [
        (#""\"\\\/\b\f\n\r\t""#, "\"\\/\u{8}\u{c}\n\r\t"),
        (#""\u0041\u00e9\u20AC\u0000""#, "A\u{e9}\u{20ac}\u{0}"),
        (#""\ud83d\ude00 \uD834\uDD1E""#, "\u{1f600} \u{1d11e}"),
        (#""caf\u00e9 \u2028 \uffff""#, "caf\u{e9} \u{2028} \u{ffff}"),
        ("\"plain \u{10ffff} then \\n\"", "plain \u{10ffff} then \n"),
    ])
    func decodesEscapes(text: String, expected: String) throws {
        let value = try JSONParser.parse(text)
        let string = try #require(value.stringValue)
        #expect(Array(string.unicodeScalars) == Array(expected.unicodeScalars))
    }

    @Test func integersAndFloats() throws {
        let three = try #require(try JSONParser.parse("3").numberValue)
        #expect(three.integer == 3 && three.double == 3 && three.isInteger)

        let threePointZero = try #require(try JSONParser.parse("3.0").numberValue)
        #expect(threePointZero.double == 3 && threePointZero.isInteger)
        #expect(try JSONParser.parse("3e0").numberValue?.isInteger == true)

        let half = try #require(try JSONParser.parse("2.5").numberValue)
        #expect(half.integer == nil && !half.isInteger)
        #expect(JSONValue.number(half).typeName == "number")
        #expect(JSONValue.number(three).typeName == "integer")

        let minusZero = try #require(try JSONParser.parse("-0").numberValue)
        #expect(minusZero.double == 0 && minusZero.integer == 0)
        #expect(try JSONParser.parse("-0.0").numberValue?.double.sign == .minus)

        let big = try #require(try JSONParser.parse("12345678901234567890").numberValue)
        #expect(big.integer == nil)
        #expect(big.double == 12345678901234567890.0)
        #expect(big.isInteger)

        let maxInt = try #require(try JSONParser.parse("9223372036854775807").numberValue)
        #expect(maxInt.integer == Int64.max)
        #expect(try JSONParser.parse("-9223372036854775808").numberValue?.integer == Int64.min)

        #expect(try JSONParser.parse("1e-400").numberValue?.double == 0)
        #expect(try JSONParser.parse("0.1").numberValue?.double == 0.1)
        #expect(try JSONParser.parse("5e-324").numberValue?.double == .leastNonzeroMagnitude)
        #expect(try JSONParser.parse("1.7976931348623157e308").numberValue?.double == .greatestFiniteMagnitude)
    }

    @Test func parsesFromByteCollections() throws {
        let bytes: ArraySlice<UInt8> = Array(#"xx{"a":[1]}yy"#.utf8)[2..<11]
        #expect(try JSONParser.parse(bytes) == .object(["a": .array([.number(1)])]))
    }
}
