extension STIXInputReader {
    /// Reads one JSON document: a bundle's objects, an array's elements, or one object.
    /// - Parameter strict: when true a syntax error anywhere rejects the document
    ///   (it is one file); when false (a JSON Lines line) it becomes a malformed item.
    static func readDocument(
        _ bytes: UnsafeBufferPointer<UInt8>, baseOffset: Int, index: inout Int, strict: Bool,
        _ body: (STIXInputItem) throws -> Void
    ) throws {
        var scanner = JSONParser(bytes: bytes, baseOffset: baseOffset)
        do throws(JSONSyntaxError) {
            try scanner.skipValue(depth: 0)
            scanner.skipWhitespace()
            if scanner.position < bytes.count { throw scanner.error("unexpected data after the JSON value") }
        } catch {
            if strict { throw STIXInputError(syntax: error) }
            try body(.malformed(index: index, error: error))
            index += 1
            return
        }
        var parser = JSONParser(bytes: bytes, baseOffset: baseOffset)
        parser.skipWhitespace()
        switch parser.peek() {
        case UInt8(ascii: "["):
            try readElements(of: &parser, index: &index, body)
        case UInt8(ascii: "{") where isBundle(bytes):
            try readBundle(&parser, index: &index, body)
        default:
            let item: STIXInputItem
            do throws(JSONSyntaxError) { item = .object(index: index, value: try parser.parseValue(depth: 0)) }
            catch { item = .malformed(index: index, error: error) }
            index += 1
            try body(item)
        }
    }

    /// Whether the top-level object has `"type": "bundle"`, found without parsing its objects.
    static func isBundle(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var parser = JSONParser(bytes: bytes)
        parser.skipWhitespace()
        parser.position += 1
        while true {
            parser.skipWhitespace()
            guard parser.peek() == UInt8(ascii: "\""), let key = try? parser.parseString() else { return false }
            parser.skipWhitespace()
            parser.position += 1
            parser.skipWhitespace()
            if key == "type" {
                guard parser.peek() == UInt8(ascii: "\"") else { return false }
                return (try? parser.parseString()) == "bundle"
            }
            guard (try? parser.skipValue(depth: 1)) != nil else { return false }
            parser.skipWhitespace()
            guard parser.peek() == UInt8(ascii: ",") else { return false }
            parser.position += 1
        }
    }

    /// Streams the elements of the `objects` array of a bundle; other members are skipped.
    static func readBundle(
        _ parser: inout JSONParser, index: inout Int,
        _ body: (STIXInputItem) throws -> Void
    ) throws {
        parser.position += 1
        while true {
            parser.skipWhitespace()
            guard parser.peek() == UInt8(ascii: "\"") else { return }
            let key = try parser.parseString()
            parser.skipWhitespace()
            parser.position += 1
            parser.skipWhitespace()
            if key == "objects" && parser.peek() == UInt8(ascii: "[") {
                try readElements(of: &parser, index: &index, body)
            } else {
                try parser.skipValue(depth: 1)
            }
            parser.skipWhitespace()
            guard parser.peek() == UInt8(ascii: ",") else { return }
            parser.position += 1
        }
    }

    /// Streams the elements of the array at the parser's position. The array's
    /// syntax was checked already, so a failing element is one with a semantic
    /// JSON problem (duplicate key, bad UTF-8); it is reported and skipped.
    static func readElements(
        of parser: inout JSONParser, index: inout Int,
        _ body: (STIXInputItem) throws -> Void
    ) throws {
        parser.position += 1
        parser.skipWhitespace()
        if parser.peek() == UInt8(ascii: "]") { parser.position += 1; return }
        while true {
            parser.skipWhitespace()
            let start = parser.position
            let item: STIXInputItem
            do throws(JSONSyntaxError) {
                item = .object(index: index, value: try parser.parseValue(depth: 1))
            } catch {
                item = .malformed(index: index, error: error)
                parser.position = start
                try parser.skipValue(depth: 1)
            }
            index += 1
            try body(item)
            parser.skipWhitespace()
            guard parser.peek() == UInt8(ascii: ",") else { parser.position += 1; return }
            parser.position += 1
        }
    }
}
