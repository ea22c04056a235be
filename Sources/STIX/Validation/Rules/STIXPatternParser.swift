/// A light syntax check of STIX patterns: observation expressions in
/// brackets, comparisons `type:path OP value`, boolean operators, and
/// qualifiers. It accepts what the STIX 2.1 grammar accepts, without
/// checking that object types and paths exist.
struct STIXPatternParser {
    private var bytes: [UInt8]
    private var position = 0

    /// Why `pattern` does not parse, or `nil` when it does.
    static func problem(in pattern: String) -> String? {
        var parser = STIXPatternParser(bytes: Array(pattern.utf8))
        return parser.run()
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    private mutating func run() -> String? {
        skipSpace()
        if bytes.isEmpty { return "the pattern is empty" }
        return observationExpression(depth: 0) ?? (atEnd ? nil : "unexpected text at offset \(position)")
    }

    private var atEnd: Bool { skipSpaceCopy() >= bytes.count }

    private func skipSpaceCopy() -> Int {
        var index = position
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0A || bytes[index] == 0x0D { index += 1 }
        return index
    }

    private mutating func skipSpace() { position = skipSpaceCopy() }

    private mutating func consume(_ text: String) -> Bool {
        skipSpace()
        let token = Array(text.utf8)
        guard position + token.count <= bytes.count, Array(bytes[position..<(position + token.count)]) == token else { return false }
        position += token.count
        return true
    }

    private mutating func keyword(_ words: [String]) -> String? {
        skipSpace()
        let start = position
        var end = start
        while end < bytes.count, ASCII.isUpperLetter(bytes[end]) { end += 1 }
        let word = String(decoding: bytes[start..<end], as: UTF8.self)
        guard words.contains(word) else { return nil }
        position = end
        return word
    }

    private mutating func observationExpression(depth: Int) -> String? {
        guard depth < 64 else { return "nesting is too deep" }
        repeat {
            if let problem = observationTerm(depth: depth) { return problem }
        } while keyword(["AND", "OR", "FOLLOWEDBY"]) != nil
        return nil
    }

    private mutating func observationTerm(depth: Int) -> String? {
        if consume("(") {
            if let problem = observationExpression(depth: depth + 1) { return problem }
            guard consume(")") else { return "expected ')' at offset \(position)" }
        } else if consume("[") {
            if let problem = comparisonExpression(depth: depth) { return problem }
            guard consume("]") else { return "expected ']' at offset \(position)" }
        } else {
            return "expected '[' or '(' at offset \(position)"
        }
        return qualifiers()
    }

    private mutating func qualifiers() -> String? {
        while let word = keyword(["WITHIN", "REPEATS", "START"]) {
            switch word {
            case "WITHIN":
                guard number() else { return "expected a number after WITHIN" }
                guard keyword(["SECONDS"]) != nil else { return "expected SECONDS after WITHIN n" }
            case "REPEATS":
                guard number() else { return "expected a number after REPEATS" }
                guard keyword(["TIMES"]) != nil else { return "expected TIMES after REPEATS n" }
            default:
                guard timestampLiteral() else { return "expected t'…' after START" }
                guard keyword(["STOP"]) != nil, timestampLiteral() else { return "expected STOP t'…' after START" }
            }
        }
        return nil
    }

    private mutating func comparisonExpression(depth: Int) -> String? {
        guard depth < 64 else { return "nesting is too deep" }
        repeat {
            if consume("(") {
                if let problem = comparisonExpression(depth: depth + 1) { return problem }
                guard consume(")") else { return "expected ')' at offset \(position)" }
            } else if let problem = comparison() {
                return problem
            }
        } while keyword(["AND", "OR"]) != nil
        return nil
    }

    private mutating func comparison() -> String? {
        if keyword(["EXISTS"]) != nil {
            return objectPath() ? nil : "expected an object path after EXISTS"
        }
        guard objectPath() else { return "expected an object path 'type:property' at offset \(position)" }
        _ = keyword(["NOT"])
        if consume("!=") || consume("<=") || consume(">=") || consume("=") || consume("<") || consume(">") {
            return literal() ? nil : "expected a literal value at offset \(position)"
        }
        guard let word = keyword(["IN", "LIKE", "MATCHES", "ISSUBSET", "ISSUPERSET"]) else {
            return "expected a comparison operator at offset \(position)"
        }
        if word == "IN" {
            guard consume("(") else { return "expected '(' after IN" }
            repeat { guard literal() else { return "expected a literal in the IN list" } } while consume(",")
            return consume(")") ? nil : "expected ')' to close the IN list"
        }
        return stringLiteral() ? nil : "expected a string after \(word)"
    }

    private mutating func objectPath() -> Bool {
        skipSpace()
        let start = position
        while position < bytes.count, ASCII.isAlphanumeric(bytes[position]) || bytes[position] == 0x2D || bytes[position] == 0x5F {
            position += 1
        }
        guard position > start, position < bytes.count, bytes[position] == UInt8(ascii: ":") else { return false }
        position += 1
        let pathStart = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "'") {
                guard skipQuoted() else { return false }
                continue
            }
            guard ASCII.isAlphanumeric(byte) || "-_.[]*".utf8.contains(byte) else { break }
            position += 1
        }
        return position > pathStart
    }

    private mutating func literal() -> Bool {
        skipSpace()
        if stringLiteral() || number() { return true }
        if keyword(["TRUE", "FALSE"]) != nil || consume("true") || consume("false") { return true }
        for prefix in ["t", "h", "b"] where position + 1 < bytes.count && bytes[position] == Array(prefix.utf8)[0]
            && bytes[position + 1] == UInt8(ascii: "'") {
            position += 1
            return skipQuoted()
        }
        return false
    }

    private mutating func timestampLiteral() -> Bool {
        skipSpace()
        guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "t"), bytes[position + 1] == UInt8(ascii: "'") else { return false }
        position += 1
        return skipQuoted()
    }

    private mutating func stringLiteral() -> Bool {
        skipSpace()
        return position < bytes.count && bytes[position] == UInt8(ascii: "'") && skipQuoted()
    }

    /// Skips `'…'` with `\'` and `\\` escapes.
    private mutating func skipQuoted() -> Bool {
        position += 1
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: "\\"): position += 2
            case UInt8(ascii: "'"): position += 1; return true
            default: position += 1
            }
        }
        return false
    }

    private mutating func number() -> Bool {
        skipSpace()
        let start = position
        if position < bytes.count, bytes[position] == 0x2D || bytes[position] == 0x2B { position += 1 }
        while position < bytes.count, ASCII.isDigit(bytes[position]) || bytes[position] == 0x2E { position += 1 }
        if position == start || !bytes[start..<position].contains(where: ASCII.isDigit) { position = start; return false }
        return true
    }
}
