extension STIXInputReader {
    /// The whole input as one object.
    mutating func parseWhole() -> STIXInputItem {
        position = bytes.count
        var parser = JSONParser(bytes: bytes)
        return makeItem { () throws(JSONSyntaxError) in try parser.parseValue(depth: 0) }
    }

    /// The next element of the array at `arrayStart`. The array's syntax was
    /// checked already, so a failing element has a semantic JSON problem
    /// (duplicate key, bad UTF-8); it is reported and stepped over.
    mutating func nextElement(arrayStart: Int) -> STIXInputItem? {
        let buffer = bytes
        var parser = JSONParser(bytes: buffer, startingAt: max(position, arrayStart + 1))
        parser.skipWhitespace()
        if parser.peek() == UInt8(ascii: "]") || parser.position >= buffer.count {
            mode = .finished
            position = buffer.count
            return nil
        }
        let start = parser.position
        let item = makeItem { () throws(JSONSyntaxError) in try parser.parseValue(depth: 1) }
        if case .malformed = item {
            parser.position = start
            try? parser.skipValue(depth: 1)
        }
        parser.skipWhitespace()
        if parser.peek() == UInt8(ascii: ",") { parser.position += 1 }
        position = parser.position
        return item
    }

    /// The next item from JSON Lines: the line's object, or the first of the
    /// objects of a bundle or array on that line.
    mutating func nextLine() -> STIXInputItem? {
        while position < bytes.count {
            let lineStart = position
            let (range, next) = Self.lineRange(in: bytes, from: position)
            position = min(next, bytes.count)
            lineNumber += 1
            guard let range else { continue }
            let baseOffset = range.lowerBound
            let line = lineNumber
            let parsed = Self.parseLine(UnsafeBufferPointer(rebasing: bytes[range]), baseOffset: baseOffset,
                                        lineNumber: line, lineStart: lineStart)
            switch parsed {
            case .failure(let error):
                defer { nextIndex += 1 }
                return .malformed(index: nextIndex, error: error)
            case .success(let value):
                for element in Self.elements(of: value) {
                    pending.append(.object(index: nextIndex, value: element))
                    nextIndex += 1
                }
                if !pending.isEmpty { return pending.removeFirst() }
            }
        }
        mode = .finished
        return nil
    }

    /// One JSON Lines line as a document (`buffer` is the line without its
    /// surrounding white space, starting at byte `baseOffset` of the input);
    /// errors carry the file's line number and a column counted from
    /// `lineStart`, the first byte of the physical line.
    static func parseLine(
        _ buffer: UnsafeBufferPointer<UInt8>, baseOffset: Int, lineNumber: Int, lineStart: Int
    ) -> Result<JSONValue, JSONSyntaxError> {
        var parser = JSONParser(bytes: buffer, baseOffset: baseOffset)
        do {
            return .success(try parser.parseDocument())
        } catch {
            let column = error.offset - lineStart + 1
            return .failure(JSONSyntaxError(offset: error.offset, line: lineNumber, column: column, reason: error.reason))
        }
    }

    /// A bundle's objects, an array's elements, or the value itself.
    static func elements(of value: JSONValue) -> [JSONValue] {
        if case .array(let elements) = value { return elements }
        if case .object(let object) = value, object["type"]?.stringValue == "bundle",
           case .array(let objects)? = object["objects"] {
            return objects
        }
        return [value]
    }
}
