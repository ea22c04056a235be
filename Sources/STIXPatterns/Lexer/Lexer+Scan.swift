extension Lexer {
    /// The kind and length of the token starting at `start` (never zero length).
    func scan(at start: Int) -> (Token.Kind, Int) {
        let scalar = scalars[start]
        if Lexer.isIdentifierStart(scalar) { return scanWord(at: start) }
        if scalar == "'" {
            if let length = stringLength(at: start) { return (.string, length) }
            return (.quote, 1)
        }
        if let number = scanNumber(at: start) { return number }
        return scanPunctuation(scalar, at: start)
    }

    func scanPunctuation(_ scalar: Unicode.Scalar, at start: Int) -> (Token.Kind, Int) {
        let next = at(start + 1)
        switch scalar {
        case "=": return (.eq, next == "=" ? 2 : 1)
        case "!": return next == "=" ? (.neq, 2) : (.invalid, 1)
        case "<":
            if next == ">" { return (.neq, 2) }
            return next == "=" ? (.le, 2) : (.lt, 1)
        case ">": return next == "=" ? (.ge, 2) : (.gt, 1)
        case ":": return (.colon, 1)
        case ".": return (.dot, 1)
        case ",": return (.comma, 1)
        case "(": return (.lparen, 1)
        case ")": return (.rparen, 1)
        case "[": return (.lbrack, 1)
        case "]": return (.rbrack, 1)
        case "+": return (.plus, 1)
        case "-": return (.minus, 1)
        case "^": return (.power, 1)
        case "/": return (.divide, 1)
        case "*": return (.asterisk, 1)
        default: return (.invalid, 1)
        }
    }

    /// Identifiers, keywords, `true`/`false`, and the `h'…'`, `b'…'`, `t'…'` literals.
    func scanWord(at start: Int) -> (Token.Kind, Int) {
        if at(start + 1) == "'", let literal = prefixedLiteral(at: start) { return literal }
        var wordEnd = start + 1
        while let next = at(wordEnd), Lexer.isIdentifierPart(next) { wordEnd += 1 }
        var hyphenEnd = wordEnd
        while let next = at(hyphenEnd), Lexer.isIdentifierPart(next) || next == "-" { hyphenEnd += 1 }
        if hyphenEnd > wordEnd { return (.identifierWithHyphen, hyphenEnd - start) }
        let word = text(start, wordEnd)
        if word == "true" || word == "false" { return (.bool, wordEnd - start) }
        if let keyword = Token.Keyword(rawValue: word) { return (.keyword(keyword), wordEnd - start) }
        return (.identifierWithoutHyphen, wordEnd - start)
    }

    func prefixedLiteral(at start: Int) -> (Token.Kind, Int)? {
        switch scalars[start] {
        case "h": hexLength(at: start).map { (.hex, $0) }
        case "b": binaryLength(at: start).map { (.binary, $0) }
        case "t": timestampLength(at: start).map { (.timestamp, $0) }
        default: nil
        }
    }

    /// `'…'` where the only escapes are `\'` and `\\`; nil when unterminated or badly escaped.
    func stringLength(at start: Int) -> Int? {
        var cursor = start + 1
        while let scalar = at(cursor) {
            if scalar == "'" { return cursor + 1 - start }
            if scalar == "\\" {
                guard let escaped = at(cursor + 1), escaped == "'" || escaped == "\\" else { return nil }
                cursor += 2
            } else {
                cursor += 1
            }
        }
        return nil
    }

    /// Integer and float literals with an optional sign; nil when neither matches.
    func scanNumber(at start: Int) -> (Token.Kind, Int)? {
        let sign = scalars[start]
        let body = (sign == "+" || sign == "-") ? start + 1 : start
        var intEnd: Int?
        if at(body) == "0" {
            intEnd = body + 1
        } else if let first = at(body), Lexer.isDigit(first) {
            var end = body + 1
            while let next = at(end), Lexer.isDigit(next) { end += 1 }
            intEnd = end
        }
        var cursor = body
        while let next = at(cursor), Lexer.isDigit(next) { cursor += 1 }
        if at(cursor) == ".", let digit = at(cursor + 1), Lexer.isDigit(digit) {
            cursor += 1
            while let next = at(cursor), Lexer.isDigit(next) { cursor += 1 }
            return (sign == "-" ? .floatNeg : .floatPos, cursor - start)
        }
        guard let end = intEnd else { return nil }
        return (sign == "-" ? .intNeg : .intPos, end - start)
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }

    static func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value | 0x20) >= 0x61 && (scalar.value | 0x20) <= 0x7A && scalar.value < 0x80 || scalar == "_"
    }

    static func isIdentifierPart(_ scalar: Unicode.Scalar) -> Bool {
        isIdentifierStart(scalar) || isDigit(scalar)
    }

    static func isHexDigit(_ scalar: Unicode.Scalar) -> Bool {
        isDigit(scalar) || ("a"..."f").contains(scalar) || ("A"..."F").contains(scalar)
    }

    static func isBase64(_ scalar: Unicode.Scalar) -> Bool {
        isIdentifierPart(scalar) && scalar != "_" || scalar == "+" || scalar == "/"
    }
}
