/// Builds the AST of a STIX 2.1 pattern by recursive descent over the tokens.
///
/// Precedence, loosest first: `FOLLOWEDBY`, `OR`, `AND`, then the postfix
/// qualifiers; inside brackets `OR` is looser than `AND`. All binary
/// operators associate to the left, as in the ANTLR grammar. The first error
/// stops parsing (the reference uses a bail-out strategy too).
public struct PatternParser: Sendable {
    var tokens: [Token]
    var index = 0

    /// Parses `text` into an observation expression, or throws where and why it is invalid.
    public static func parse(_ text: String) throws(PatternError) -> ObservationExpression {
        var parser = PatternParser(tokens: Lexer.tokenize(text))
        let expression = try parser.observationExpressions()
        try parser.expectEnd()
        return expression
    }

    var current: Token { tokens[index] }

    mutating func advance() -> Token {
        let token = tokens[index]
        if index < tokens.count - 1 { index += 1 }
        return token
    }

    mutating func accept(_ kind: Token.Kind) -> Token? {
        current.kind == kind ? advance() : nil
    }

    mutating func expect(_ kind: Token.Kind, _ description: String) throws(PatternError) -> Token {
        guard let token = accept(kind) else { throw unexpected(description) }
        return token
    }

    mutating func expectEnd() throws(PatternError) {
        guard current.kind == .end else { throw unexpected("end of pattern") }
    }

    /// An error at the current token saying what was expected there.
    func unexpected(_ expected: String) -> PatternError {
        let token = current
        if token.kind == .invalid {
            return PatternError(code: .invalidCharacter, line: token.line, column: token.column,
                                message: "invalid character \(token.display); expected \(expected)")
        }
        let code: PatternError.Code = token.kind == .end ? .unexpectedEnd : .unexpectedToken
        return PatternError(code: code, line: token.line, column: token.column,
                            message: "expected \(expected) but found \(token.display)")
    }

    func error(_ code: PatternError.Code, at token: Token, _ message: String) -> PatternError {
        PatternError(code: code, line: token.line, column: token.column, message: message)
    }
}
