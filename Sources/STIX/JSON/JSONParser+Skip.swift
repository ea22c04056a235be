extension JSONParser {
    /// Checks the syntax of the value at the current position and moves past
    /// it without building it. Used to check a whole document cheaply before
    /// streaming its parts, and to step over a bad element.
    mutating func skipValue(depth: Int) throws(JSONSyntaxError) {
        skipWhitespace()
        guard let byte = peek() else { throw error("unexpected end of input, expected a value") }
        switch byte {
        case UInt8(ascii: "{"): try skipContainer(depth: depth + 1, close: UInt8(ascii: "}"), isObject: true)
        case UInt8(ascii: "["): try skipContainer(depth: depth + 1, close: UInt8(ascii: "]"), isObject: false)
        case UInt8(ascii: "\""): try skipString()
        case UInt8(ascii: "t"): try expectLiteral("true")
        case UInt8(ascii: "f"): try expectLiteral("false")
        case UInt8(ascii: "n"): try expectLiteral("null")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): _ = try parseNumber()
        default: throw error("unexpected character \(describe(byte)), expected a value")
        }
    }

    mutating func skipContainer(depth: Int, close: UInt8, isObject: Bool) throws(JSONSyntaxError) {
        if depth > Self.maximumDepth { throw error("nesting deeper than \(Self.maximumDepth) levels") }
        position += 1
        skipWhitespace()
        if peek() == close { position += 1; return }
        var isFirst = true
        while true {
            if !isFirst {
                skipWhitespace()
                if peek() == close { throw error(isObject ? "trailing comma in object" : "trailing comma in array") }
            }
            isFirst = false
            if isObject {
                skipWhitespace()
                guard peek() == UInt8(ascii: "\"") else { throw error("expected a member name in double quotes") }
                try skipString()
                skipWhitespace()
                guard peek() == UInt8(ascii: ":") else { throw error("expected ':' after member name") }
                position += 1
            }
            try skipValue(depth: depth)
            skipWhitespace()
            if peek() == UInt8(ascii: ",") { position += 1; continue }
            if peek() == close { position += 1; return }
            throw error(isObject ? "expected ',' or '}' in object" : "expected ',' or ']' in array")
        }
    }

    mutating func skipString() throws(JSONSyntaxError) {
        let start = position
        position += 1
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") { position += 1; return }
            if byte == UInt8(ascii: "\\") { position += 1 }
            else if byte < 0x20 { throw error("unescaped control character in string") }
            position += 1
        }
        throw error("unterminated string", at: start)
    }
}
