import Testing
import Foundation
@testable import STIX

@Suite struct JSONValueTests {
    @Test func accessorsAndTypeNames() {
        let values: [(JSONValue, String)] = [
            (.null, "null"), (.bool(true), "boolean"), (.number(2), "integer"), (.number(2.5), "number"),
            (.string("s"), "string"), (.array([]), "array"), (.object([:]), "object"),
        ]
        for (value, name) in values { #expect(value.typeName == name) }
        #expect(JSONValue.string("s").stringValue == "s" && JSONValue.null.stringValue == nil)
        #expect(JSONValue.bool(false).boolValue == false && JSONValue.number(1).boolValue == nil)
        #expect(JSONValue.number(7).numberValue?.integer == 7)
        #expect(JSONValue.array([.null]).arrayValue == [.null])
        #expect(JSONValue.object(["a": .null]).objectValue?.keys == ["a"])
    }

    @Test func numbersKnowWhetherTheyAreIntegers() {
        #expect(JSONNumber(3.0).integer == 3)
        #expect(JSONNumber(3.5).integer == nil && !JSONNumber(3.5).isInteger)
        #expect(JSONNumber(1e19).integer == nil && JSONNumber(1e19).isInteger)
        #expect(JSONNumber(Double.nan).integer == nil && !JSONNumber(Double.nan).isInteger)
        #expect(JSONNumber(Int64.max).double == 9.223372036854775807e18)
        #expect(JSONNumber(3) == JSONNumber(3.0))
    }

    @Test func objectSubscriptReplacesAppendsAndRemoves() {
        var object: JSONObject = ["b": .number(1), "a": .number(2), "b": .number(3)]
        #expect(object.keys == ["b", "a"] && object["b"] == .number(3))
        object["c"] = .null
        object["b"] = .bool(true)
        #expect(object.keys == ["b", "a", "c"] && object["b"] == .bool(true))
        object["a"] = nil
        object["missing"] = nil
        #expect(object.keys == ["b", "c"] && object.count == 2 && object["a"] == nil)
    }

    @Test func objectKeysAreExactStrings() {
        var object = JSONObject()
        object["\u{e9}"] = .number(1)
        object["e\u{301}"] = .number(2)
        #expect(object.count == 2)
        #expect(object["\u{e9}"] == .number(1) && object["e\u{301}"] == .number(2))
    }

    @Test(arguments: [
        (JSONPointer.root, ""),
        (JSONPointer.root.appending("objects").appending(0).appending("id"), "/objects/0/id"),
        (JSONPointer(tokens: ["a/b", "m~n", ""]), "/a~1b/m~0n/"),
    ])
    func pointerText(pointer: JSONPointer, text: String) throws {
        #expect(pointer.description == text)
        #expect(JSONPointer(stringLiteral: text) == pointer)
        let encoded = try JSONEncoder().encode(pointer)
        #expect(try JSONDecoder().decode(JSONPointer.self, from: encoded) == pointer)
    }

    @Test func pointerEscapesDecodeInOrder() throws {
        #expect(JSONPointer(stringLiteral: "/~01").tokens == ["~1"])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(JSONPointer.self, from: Data(#""no-slash""#.utf8))
        }
    }
}
