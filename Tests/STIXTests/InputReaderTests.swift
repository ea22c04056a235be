import Testing
@testable import STIX

/// What an item came out as, in a form tests can compare.
enum ReadItem: Equatable, CustomStringConvertible {
    case object(Int, String)
    case malformed(Int, line: Int, column: Int, reason: String)

    var description: String {
        switch self {
        case .object(let index, let text): "#\(index) \(text)"
        case .malformed(let index, let line, let column, let reason): "#\(index) malformed \(line):\(column) \(reason)"
        }
    }
}

/// Reads all of `text`, checking progress on the way; objects are shown canonically.
func readAll(_ text: String) throws -> [ReadItem] {
    var reader = try STIXInputReader(Array(text.utf8))
    #expect(reader.totalBytes == text.utf8.count)
    var items: [ReadItem] = []
    var lastRead = reader.bytesRead
    while let item = reader.next() {
        #expect(item.index == items.count)
        #expect(reader.bytesRead >= lastRead && reader.bytesRead <= reader.totalBytes)
        lastRead = reader.bytesRead
        switch item {
        case .object(let index, let value): items.append(.object(index, CanonicalJSON.string(value)))
        case .malformed(let index, let error): items.append(.malformed(index, line: error.line, column: error.column, reason: error.reason))
        }
    }
    #expect(reader.bytesRead == reader.totalBytes)
    #expect(reader.next() == nil)
    return items
}

func inputError(_ text: String) -> STIXInputError? {
    do {
        _ = try STIXInputReader(Array(text.utf8))
        return nil
    } catch {
        return error
    }
}

@Suite struct InputReaderTests {
    @Test func bundleStreamsItsObjects() throws {
        let text = """
        {
          "type": "bundle",
          "id": "bundle--1",
          "objects": [
            {"type": "indicator", "id": "indicator--1"},
            {"type": "malware", "id": "malware--2"},
            {"type": "relationship", "id": "relationship--3"}
          ],
          "spec_version": "2.1",
          "x_extra": {"objects": [1, 2]}
        }
        """
        #expect(try readAll(text) == [
            .object(0, #"{"id":"indicator--1","type":"indicator"}"#),
            .object(1, #"{"id":"malware--2","type":"malware"}"#),
            .object(2, #"{"id":"relationship--3","type":"relationship"}"#),
        ])
    }

    @Test func bundleMayNameObjectsBeforeType() throws {
        let text = #"{"objects":[{"type":"a"},{"type":"b"}],"type":"bundle"}"#
        #expect(try readAll(text) == [.object(0, #"{"type":"a"}"#), .object(1, #"{"type":"b"}"#)])
    }

    @Test func emptyBundleAndEmptyArrayYieldNothing() throws {
        #expect(try readAll(#"{"type":"bundle","id":"bundle--1","objects":[]}"#) == [])
        #expect(try readAll(" [ ] ") == [])
    }

    @Test func jsonArrayStreamsItsElements() throws {
        let text = "[\n  {\"type\": \"a\"},\n  {\"type\": \"b\"}\n]\n"
        #expect(try readAll(text) == [.object(0, #"{"type":"a"}"#), .object(1, #"{"type":"b"}"#)])
    }

    @Test func singleObject() throws {
        let text = "{\n  \"type\": \"indicator\",\n  \"id\": \"indicator--1\"\n}\n"
        #expect(try readAll(text) == [.object(0, #"{"id":"indicator--1","type":"indicator"}"#)])
    }

    @Test func objectWhoseFirstLineLooksCompleteIsOneDocument() throws {
        let text = "{\"type\": \"x\", \"a\": {\"b\": 1}\n}"
        #expect(try readAll(text) == [.object(0, #"{"a":{"b":1},"type":"x"}"#)])
    }

    @Test func bundleWithADuplicateKeyInOneObject() throws {
        let text = """
        {"type": "bundle", "objects": [
          {"type": "a"},
          {"type": "b", "id": "x", "id": "y"},
          {"type": "c"}
        ]}
        """
        #expect(try readAll(text) == [
            .object(0, #"{"type":"a"}"#),
            .malformed(1, line: 3, column: 28, reason: "duplicate member name \"id\""),
            .object(2, #"{"type":"c"}"#),
        ])
    }

    @Test func arrayElementWithInvalidStringIsMalformed() throws {
        let bytes = Array(#"[{"a":"x"},{"a":""#.utf8) + [0xFF] + Array(#""},{"a":"\uDE00"},{"a":1}]"#.utf8)
        var reader = try STIXInputReader(bytes)
        var reasons: [String] = []
        while let item = reader.next() {
            if case .malformed(_, let error) = item { reasons.append(error.reason) } else { reasons.append("ok") }
        }
        #expect(reasons == ["ok", "string is not valid UTF-8", "lone low surrogate in \\u escape", "ok"])
    }

    @Test func bundleWithDuplicateTopLevelMemberIsOneMalformedItem() throws {
        let text = #"{"type":"bundle","objects":[{"type":"a"}],"objects":[{"type":"b"}]}"#
        #expect(try readAll(text) == [.malformed(0, line: 1, column: 43, reason: "duplicate member name \"objects\"")])
    }

    @Test func singleObjectWithDuplicateKeyIsMalformed() throws {
        #expect(try readAll(#"{"type":"a","type":"b"}"#) == [.malformed(0, line: 1, column: 13, reason: "duplicate member name \"type\"")])
    }

    @Test func jsonLinesWithAMalformedLine() throws {
        let text = """
        {"type": "a"}
        {"type": "b"}

          {"type": "c", }
        {"type": "d"}
        """
        #expect(try readAll(text) == [
            .object(0, #"{"type":"a"}"#),
            .object(1, #"{"type":"b"}"#),
            .malformed(2, line: 4, column: 17, reason: "trailing comma in object"),
            .object(3, #"{"type":"d"}"#),
        ])
    }

    @Test func jsonLinesErrorsCarryAbsoluteOffsets() throws {
        var reader = try STIXInputReader(Array("{\"a\":1}\r\n{\"a\":}\r\n".utf8))
        _ = reader.next()
        guard case .malformed(let index, let error)? = reader.next() else {
            Issue.record("expected a malformed item")
            return
        }
        #expect(index == 1)
        #expect(error.offset == 14 && error.line == 2 && error.column == 6)
        #expect(reader.next() == nil)
    }

    @Test func jsonLinesExpandBundlesAndArrays() throws {
        let text = """
        {"type": "a"}
        [{"type": "b"}, {"type": "c"}]
        {"type": "bundle", "objects": [{"type": "d"}, {"type": "e"}]}
        []
        {"type": "f"}
        """
        #expect(try readAll(text) == [
            .object(0, #"{"type":"a"}"#), .object(1, #"{"type":"b"}"#), .object(2, #"{"type":"c"}"#),
            .object(3, #"{"type":"d"}"#), .object(4, #"{"type":"e"}"#), .object(5, #"{"type":"f"}"#),
        ])
    }

    @Test func jsonLinesMayStartWithAnArray() throws {
        let text = "[{\"type\": \"a\"}, {\"type\": \"b\"}]\n{\"type\": \"c\"}\n"
        #expect(try readAll(text) == [.object(0, #"{"type":"a"}"#), .object(1, #"{"type":"b"}"#), .object(2, #"{"type":"c"}"#)])
    }

    @Test(arguments: [
        ("{\"type\": \"bundle\", \"objects\": [\n  {\"type\": \"a\"},\n  {\"type\": tru}\n]}", 3, 12, "invalid literal, expected true"),
        ("[\n  {\"a\": 1},\n  {\"b\": 2,}\n]", 3, 11, "trailing comma in object"),
        ("{\n  \"type\": \"indicator\"\n", 3, 1, "expected ',' or '}' in object"),
        ("{\"a\": \"unterminated}", 1, 7, "unterminated string"),
        ("{\n  \"a\": 1\n}\n{", 4, 1, "unexpected data after the JSON value"),
        ("", 1, 1, "unexpected end of input, expected a value"),
        ("  \n\t\n", 3, 1, "unexpected end of input, expected a value"),
        ("[" + String(repeating: "[", count: 600) + "]", 1, 513, "nesting deeper than 512 levels"),
    ])
    func brokenDocumentThrows(text: String, line: Int, column: Int, reason: String) throws {
        let error = try #require(inputError(text))
        #expect(error.syntax.line == line)
        #expect(error.syntax.column == column)
        #expect(error.syntax.reason == reason)
        #expect(error.description == "not valid JSON: line \(line), column \(column): \(reason)")
    }

    @Test func bytesReadReachesTotalBytesWithoutTrailingNewline() throws {
        for text in ["{\"a\":1}\n{\"b\":2}", "{\"a\":1}\n{\"b\":2}\n\n", "{\"a\":1}\n{\"b\":}", "[1,2]", "{\"a\":1}"] {
            var reader = try STIXInputReader(Array(text.utf8))
            #expect(reader.bytesRead == 0)
            while reader.next() != nil {}
            #expect(reader.bytesRead == reader.totalBytes, "\(text)")
        }
    }

    @Test func bundleProgressAdvancesPerObject() throws {
        let objects = (0..<50).map { "{\"type\":\"x\",\"n\":\($0)}" }
        let text = "{\"type\":\"bundle\",\"objects\":[" + objects.joined(separator: ",") + "]}"
        var reader = try STIXInputReader(Array(text.utf8))
        var progress: [Int] = []
        while reader.next() != nil { progress.append(reader.bytesRead) }
        #expect(progress.count == 50)
        #expect(zip(progress, progress.dropFirst()).allSatisfy { $0 < $1 })
        #expect(reader.bytesRead == reader.totalBytes)
    }
}
