/// One token of a STIX pattern.
enum PatternToken: Equatable {
    /// `[a-zA-Z_][a-zA-Z0-9_-]*` (keywords are uppercase identifiers).
    case identifier(String)
    /// `'…'` with `\'` and `\\` escapes; the payload is unescaped.
    case string(String)
    /// An integer or decimal number, optionally signed.
    case number(String)
    /// `t'…'` with a valid timestamp.
    case timestamp
    /// `h'…'` or `b'…'`.
    case binary
    /// Punctuation and operators: `[ ] ( ) : . , * = == != <> < > <= >=`.
    case symbol(String)
}

/// Splits a STIX pattern into tokens, checking literal syntax as it goes.
enum STIXPatternLexer {
    /// The tokens of `pattern`, or a description of the first lexical error.
    static func tokens(of pattern: String) -> Result<[PatternToken], PatternSyntaxError> {
        let bytes = Array(pattern.utf8)
        var tokens: [PatternToken] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { index += 1; continue }
            switch lexOne(bytes, &index) {
            case .success(let token): tokens.append(token)
            case .failure(let error): return .failure(error)
            }
        }
        return .success(tokens)
    }

    private static func lexOne(_ bytes: [UInt8], _ index: inout Int) -> Result<PatternToken, PatternSyntaxError> {
        let start = index
        let byte = bytes[index]
        let next: UInt8? = index + 1 < bytes.count ? bytes[index + 1] : nil
        if next == UInt8(ascii: "'"), byte == UInt8(ascii: "t") || byte == UInt8(ascii: "h") || byte == UInt8(ascii: "b") {
            index += 1
            guard let body = quoted(bytes, &index) else { return .failure(.init("unterminated literal at offset \(start)")) }
            switch byte {
            case UInt8(ascii: "t"):
                guard STIXTimestamp(body) != nil else { return .failure(.init("'\(body)' is not a timestamp")) }
                return .success(.timestamp)
            case UInt8(ascii: "h"):
                guard body.utf8.count % 2 == 0, body.utf8.allSatisfy(ASCII.isHexDigit) else { return .failure(.init("h'\(body)' is not hex")) }
                return .success(.binary)
            default:
                guard body.isEmpty || FormatChecks.isBase64(Array(body.utf8)) else { return .failure(.init("b'\(body)' is not base64")) }
                return .success(.binary)
            }
        }
        if ASCII.isLetter(byte) || byte == 0x5F {
            while index < bytes.count, ASCII.isAlphanumeric(bytes[index]) || bytes[index] == 0x5F || bytes[index] == 0x2D { index += 1 }
            return .success(.identifier(String(decoding: bytes[start..<index], as: UTF8.self)))
        }
        if byte == UInt8(ascii: "'") {
            guard let body = quoted(bytes, &index) else { return .failure(.init("bad or unterminated string at offset \(start)")) }
            return .success(.string(body))
        }
        if ASCII.isDigit(byte) || (byte == 0x2E && next.map(ASCII.isDigit) == true)
            || ((byte == 0x2D || byte == 0x2B) && next.map { ASCII.isDigit($0) || $0 == 0x2E } == true) {
            return number(bytes, &index)
        }
        for symbol in ["==", "!=", "<>", "<=", ">=", "[", "]", "(", ")", ":", ".", ",", "*", "=", "<", ">"] {
            let symbolBytes = Array(symbol.utf8)
            if index + symbolBytes.count <= bytes.count, Array(bytes[index..<(index + symbolBytes.count)]) == symbolBytes {
                index += symbolBytes.count
                return .success(.symbol(symbol))
            }
        }
        return .failure(.init("unexpected character at offset \(start)"))
    }

    /// Reads `'…'` at `index`; only `\'` and `\\` escapes are allowed.
    private static func quoted(_ bytes: [UInt8], _ index: inout Int) -> String? {
        index += 1
        var body: [UInt8] = []
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "'") { index += 1; return String(decoding: body, as: UTF8.self) }
            if byte == UInt8(ascii: "\\") {
                guard index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "'") || bytes[index + 1] == UInt8(ascii: "\\") else { return nil }
                body.append(bytes[index + 1])
                index += 2
                continue
            }
            body.append(byte)
            index += 1
        }
        return nil
    }

    /// `[+-]?(0|[1-9][0-9]*)` or `[+-]?[0-9]*\.[0-9]+`.
    private static func number(_ bytes: [UInt8], _ index: inout Int) -> Result<PatternToken, PatternSyntaxError> {
        let start = index
        if bytes[index] == 0x2D || bytes[index] == 0x2B { index += 1 }
        let digitsStart = index
        while index < bytes.count, ASCII.isDigit(bytes[index]) { index += 1 }
        let integerDigits = index - digitsStart
        if index < bytes.count, bytes[index] == 0x2E {
            index += 1
            let fractionStart = index
            while index < bytes.count, ASCII.isDigit(bytes[index]) { index += 1 }
            guard index > fractionStart else { return .failure(.init("malformed number at offset \(start)")) }
        } else if integerDigits > 1, bytes[digitsStart] == UInt8(ascii: "0") {
            return .failure(.init("integer with a leading zero at offset \(start)"))
        }
        return .success(.number(String(decoding: bytes[start..<index], as: UTF8.self)))
    }
}

/// Why a STIX pattern does not parse.
struct PatternSyntaxError: Error, Equatable {
    /// A description for people.
    let message: String
    init(_ message: String) { self.message = message }
}
