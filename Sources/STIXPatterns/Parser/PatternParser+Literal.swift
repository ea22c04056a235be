extension PatternParser {
    mutating func primitiveLiteral() throws(PatternError) -> Literal {
        if let token = accept(.bool) { return .bool(token.text == "true") }
        return try orderableLiteral(expecting: "a literal")
    }

    mutating func orderableLiteral(expecting: String = "a literal other than a Boolean") throws(PatternError) -> Literal {
        let token = current
        let literal: Literal
        switch token.kind {
        case .intPos, .intNeg:
            // Python integers are unbounded; beyond 64 bits the nearest double
            // compares the same way against JSON numbers, which are doubles there too.
            literal = Int64(token.text).map(Literal.integer) ?? .float(Double(token.text) ?? .infinity)
        case .floatPos, .floatNeg: literal = .float(Double(token.text) ?? .nan)
        case .string: literal = .string(PatternParser.unescape(token.text))
        case .hex: literal = .binary(Hex.decode(token.text.unicodeScalars.dropFirst(2).dropLast()) ?? [])
        case .binary: literal = .binary(Base64.decode(token.text.unicodeScalars.dropFirst(2).dropLast()) ?? [])
        case .timestamp: literal = .timestamp(try timestamp(token))
        default: throw unexpected(expecting)
        }
        _ = advance()
        return literal
    }

    func timestamp(_ token: Token) throws(PatternError) -> PatternTimestamp {
        let inner = String(String.UnicodeScalarView(token.text.unicodeScalars.dropFirst(2).dropLast()))
        guard let value = PatternTimestamp(parsing: inner) else {
            throw error(.invalidTimestamp, at: token, "timestamp \(token.text) is not a valid instant")
        }
        return value
    }

    /// The value of a quoted string token: quotes removed, then `\'` → `'`
    /// and `\\` → `\` replaced one after the other, as the reference does.
    static func unescape(_ quoted: String) -> String {
        let inner = Array(quoted.unicodeScalars.dropFirst().dropLast())
        let first = replace(inner, "'")
        return String(String.UnicodeScalarView(replace(first, "\\")))
    }

    private static func replace(_ scalars: [Unicode.Scalar], _ escaped: Unicode.Scalar) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(scalars.count)
        var index = 0
        while index < scalars.count {
            if scalars[index] == "\\", index + 1 < scalars.count, scalars[index + 1] == escaped {
                result.append(escaped)
                index += 2
            } else {
                result.append(scalars[index])
                index += 1
            }
        }
        return result
    }
}
