extension STIXInputReader {
    /// Decides how to read the input: one document (bundle, array or object)
    /// when the whole input is one well-formed JSON value, else JSON Lines
    /// when it looks like them.
    ///
    /// A JSON Lines text with two or more values is never a single JSON
    /// document, so trying the document first cannot misread JSON Lines, while
    /// a document whose first line happens to look like a whole object
    /// (`{"a": {"b": 1}` followed by `}`) is still read as one document.
    static func detectMode(_ bytes: UnsafeBufferPointer<UInt8>) throws(STIXInputError) -> Mode {
        var scanner = JSONParser(bytes: bytes)
        do throws(JSONSyntaxError) {
            try scanner.skipValue(depth: 0)
            scanner.skipWhitespace()
            if scanner.position < bytes.count { throw scanner.error("unexpected data after the JSON value") }
        } catch {
            if looksLikeJSONLines(bytes) { return .lines }
            throw STIXInputError(syntax: error)
        }
        var parser = JSONParser(bytes: bytes)
        parser.skipWhitespace()
        if parser.peek() == UInt8(ascii: "[") { return .elements(arrayStart: parser.position) }
        if parser.peek() == UInt8(ascii: "{"), let objectsStart = bundleObjectsArray(bytes) {
            return .elements(arrayStart: objectsStart)
        }
        return .single
    }

    /// JSON Lines when there are several non-blank lines and the first looks
    /// like a complete one-line object or array; a pretty-printed document
    /// starts with a lone `{` or `[`.
    static func looksLikeJSONLines(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = 0
        var lines = 0
        var firstLineIsObject = false
        while start < bytes.count, lines < 2 {
            let (range, next) = lineRange(in: bytes, from: start)
            start = next
            guard let range else { continue }
            lines += 1
            if lines == 1 {
                let first = bytes[range.lowerBound], last = bytes[range.upperBound - 1]
                firstLineIsObject = (first == UInt8(ascii: "{") && last == UInt8(ascii: "}"))
                    || (first == UInt8(ascii: "[") && last == UInt8(ascii: "]"))
            }
        }
        return lines >= 2 && firstLineIsObject
    }

    /// The trimmed range of the line starting at `start` (`nil` when blank) and where the next line starts.
    static func lineRange(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (Range<Int>?, next: Int) {
        var end = start
        while end < bytes.count && bytes[end] != 0x0A { end += 1 }
        var low = start, high = end
        while low < high && isSpace(bytes[low]) { low += 1 }
        while high > low && isSpace(bytes[high - 1]) { high -= 1 }
        return (low < high ? low..<high : nil, end + 1)
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A
    }

    /// Where the `objects` array of a top-level bundle starts, found without parsing
    /// the objects; `nil` when the top-level object is not a bundle, or when its
    /// own members are not well-formed (a duplicate `objects`, say), so that it
    /// is read as a single object and reported as malformed.
    static func bundleObjectsArray(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var parser = JSONParser(bytes: bytes)
        parser.skipWhitespace()
        parser.position += 1
        var isBundle = false
        var objectsStart: Int?
        var keys: Set<ExactString> = []
        while true {
            parser.skipWhitespace()
            guard parser.peek() == UInt8(ascii: "\"") else { break }
            guard let key = try? parser.parseString(), keys.insert(ExactString(key)).inserted else { return nil }
            parser.skipWhitespace()
            parser.position += 1
            parser.skipWhitespace()
            if key == "type", parser.peek() == UInt8(ascii: "\"") {
                isBundle = (try? parser.parseString()) == "bundle"
            } else {
                if key == "objects", parser.peek() == UInt8(ascii: "[") { objectsStart = parser.position }
                guard (try? parser.skipValue(depth: 1)) != nil else { break }
            }
            parser.skipWhitespace()
            guard parser.peek() == UInt8(ascii: ",") else { break }
            parser.position += 1
        }
        return isBundle ? objectsStart : nil
    }
}
