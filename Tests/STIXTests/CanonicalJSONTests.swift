import Testing
@testable import STIX

@Suite struct CanonicalJSONTests {
    func canonical(_ text: String) throws -> String {
        CanonicalJSON.string(try JSONParser.parse(text))
    }

    /// RFC 8785 section 3.2.2 (and appendix A), the sample input and its canonical form.
    @Test func rfc8785SampleInput() throws {
        let input = #"""
        {
          "numbers": [333333333.33333329, 1E30, 4.50,
                      2e-3, 0.000000000000000000000000001],
          "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
          "literals": [null, true, false]
        }
        """#
        let expected = #"{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"#
            + #""string":"€$\u000f\nA'B\"\\\\\"/"}"#
        #expect(try canonical(input) == expected)
        #expect(CanonicalJSON.encode(try JSONParser.parse(input)) == Array(expected.utf8))
    }

    /// RFC 8785 section 3.2.3: members sort by their UTF-16 code units.
    @Test func rfc8785MemberSorting() throws {
        let input = #"""
        {
          "\u20ac": "Euro Sign",
          "\r": "Carriage Return",
          "\ufb33": "Hebrew Letter Dalet With Dagesh",
          "1": "One",
          "\ud83d\ude00": "Emoji: Grinning Face",
          "\u0080": "Control",
          "\u00f6": "Latin Small Letter O With Diaeresis"
        }
        """#
        let value = try JSONParser.parse(input)
        let reparsed = try #require(try JSONParser.parse(CanonicalJSON.string(value)).objectValue)
        #expect(reparsed.keys == ["\r", "1", "\u{80}", "\u{f6}", "\u{20ac}", "\u{1f600}", "\u{fb33}"])
        #expect(reparsed.members.map(\.value.stringValue) == [
            "Carriage Return", "One", "Control", "Latin Small Letter O With Diaeresis",
            "Euro Sign", "Emoji: Grinning Face", "Hebrew Letter Dalet With Dagesh",
        ])
    }

    /// RFC 8785 appendix B: IEEE 754 bit patterns and their canonical spelling.
    @Test(arguments: [
        (0x0000000000000000, "0"),
        (0x8000000000000000, "0"),
        (0x0000000000000001, "5e-324"),
        (0x8000000000000001, "-5e-324"),
        (0x7fefffffffffffff, "1.7976931348623157e+308"),
        (0xffefffffffffffff, "-1.7976931348623157e+308"),
        (0x4340000000000000, "9007199254740992"),
        (0xc340000000000000, "-9007199254740992"),
        (0x4430000000000000, "295147905179352830000"),
        (0x44b52d02c7e14af5, "9.999999999999997e+22"),
        (0x44b52d02c7e14af6, "1e+23"),
        (0x44b52d02c7e14af7, "1.0000000000000001e+23"),
        (0x444b1ae4d6e2ef4e, "999999999999999700000"),
        (0x444b1ae4d6e2ef4f, "999999999999999900000"),
        (0x444b1ae4d6e2ef50, "1e+21"),
        (0x3eb0c6f7a0b5ed8c, "9.999999999999997e-7"),
        (0x3eb0c6f7a0b5ed8d, "0.000001"),
        (0x41b3de4355555553, "333333333.3333332"),
        (0x41b3de4355555554, "333333333.33333325"),
        (0x41b3de4355555555, "333333333.3333333"),
        (0x41b3de4355555556, "333333333.3333334"),
        (0x41b3de4355555557, "333333333.33333343"),
        (0xbecbf647612f3696, "-0.0000033333333333333333"),
        (0x43143ff3c1cb0959, "1424953923781206.2"),
    ] as [(UInt64, String)])
    func rfc8785NumberTable(bits: UInt64, expected: String) {
        #expect(ECMAScriptNumber.format(Double(bitPattern: bits)) == expected)
    }

    @Test(arguments: [
        (1e21, "1e+21"),
        (1e20, "100000000000000000000"),
        (1e-7, "1e-7"),
        (0.000001, "0.000001"),
        (1.5e-6, "0.0000015"),
        (1.2345678901234568e20, "123456789012345680000"),
        (-0.0, "0"),
        (4.5, "4.5"),
        (2e-3, "0.002"),
        (0.1 + 0.2, "0.30000000000000004"),
        (100, "100"),
        (-42, "-42"),
        (1.23e-18, "1.23e-18"),
        (1e300, "1e+300"),
        (123.456, "123.456"),
        (1e16, "10000000000000000"),
        (Double.leastNonzeroMagnitude, "5e-324"),
        (1.7976931348623157e308, "1.7976931348623157e+308"),
    ] as [(Double, String)])
    func ecmaScriptNumbers(value: Double, expected: String) {
        #expect(ECMAScriptNumber.format(value) == expected)
    }

    @Test func nonFiniteNumbersAreNull() {
        #expect(ECMAScriptNumber.format(.nan) == "null")
        #expect(ECMAScriptNumber.format(.infinity) == "null")
        #expect(ECMAScriptNumber.format(-.infinity) == "null")
    }

    @Test(arguments: [
        ("1e1", "10"), ("10.0", "10"), ("1.0E+1", "10"), ("100e-1", "10"), ("-0", "0"), ("-0.0", "0"),
        ("0.1e1", "1"), ("12345678901234567890", "12345678901234567000"),
        ("9007199254740993", "9007199254740992"), ("1e-400", "0"),
    ])
    func numberSpellingsCanonicalize(text: String, expected: String) throws {
        #expect(try canonical(text) == expected)
    }

    @Test func controlCharactersEscapeAsLowercaseHex() {
        for scalar in 0..<0x20 as Range<UInt32> {
            let string = String(Character(Unicode.Scalar(scalar)!))
            let expected: String = switch scalar {
            case 0x08: #""\b""#
            case 0x09: #""\t""#
            case 0x0A: #""\n""#
            case 0x0C: #""\f""#
            case 0x0D: #""\r""#
            default: "\"\\u00" + (scalar < 0x10 ? "0" : "") + String(scalar, radix: 16) + "\""
            }
            #expect(CanonicalJSON.string(.string(string)) == expected)
        }
        #expect(CanonicalJSON.string(.string("\u{1f}\u{1b}")) == #""\u001f\u001b""#)
    }

    @Test(arguments: [
        ("a/b", #""a/b""#),
        ("quote \" backslash \\", #""quote \" backslash \\""#),
        ("line\u{2028}para\u{2029}", "\"line\u{2028}para\u{2029}\""),
        ("\u{7f} del", "\"\u{7f} del\""),
        ("caf\u{e9} \u{20ac} \u{1f600} e\u{301}", "\"caf\u{e9} \u{20ac} \u{1f600} e\u{301}\""),
    ])
    func stringsUseMinimalEscapes(string: String, expected: String) {
        let bytes = CanonicalJSON.encode(.string(string))
        #expect(bytes == Array(expected.utf8))
    }

    @Test func literalsArraysAndNesting() throws {
        #expect(try canonical(" [ null , true,false , [ ] , { } ] ") == "[null,true,false,[],{}]")
        #expect(try canonical(#"{"b":{"d":1,"c":[{"z":0,"y":1}]},"a":"x"}"#)
            == #"{"a":"x","b":{"c":[{"y":1,"z":0}],"d":1}}"#)
    }

    @Test func sortingIsByUTF16NotByScalarOrUTF8() {
        // U+FF61 sorts after U+1F600 by code point and UTF-8, but before it by UTF-16.
        let object = JSONValue.object(["\u{ff61}": .number(1), "\u{1f600}": .number(2), "\u{e9}": .number(3), "e\u{301}": .number(4)])
        #expect(CanonicalJSON.string(object) == "{\"e\u{301}\":4,\"\u{e9}\":3,\"\u{1f600}\":2,\"\u{ff61}\":1}")
    }

    @Test func sha256HashesTheCanonicalBytes() throws {
        let a = try JSONParser.parse(#"{ "b": 10.0, "a": [1e0] }"#)
        let b = try JSONParser.parse(#"{"a":[1],"b":1e1}"#)
        #expect(CanonicalJSON.sha256(a) == CanonicalJSON.sha256(b))
        // SHA-256 of "{}".
        let empty = CanonicalJSON.sha256(.object([:])).map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
        #expect(empty == "44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a")
    }
}
