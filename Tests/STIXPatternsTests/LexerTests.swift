import Testing
@testable import STIXPatterns

@Suite struct LexerTests {
    func kinds(_ text: String) -> [Token.Kind] {
        Lexer.tokenize(text).map(\.kind).dropLast()
    }

    @Test(arguments: [
        ("AND", Token.Kind.keyword(.and)), ("and", .identifierWithoutHyphen), ("true", .bool), ("TRUE", .identifierWithoutHyphen),
        ("ipv4-addr", .identifierWithHyphen), ("1.5", .floatPos), (".5", .floatPos), ("-.5", .floatNeg), ("-0", .intNeg),
        ("+3", .intPos), ("h'0a'", .hex), ("b'AAAA'", .binary), ("b'AA=='", .binary), ("t'2016-01-01T00:00:00Z'", .timestamp),
        ("t'2016-01-01T00:00:00.123Z'", .timestamp), ("'it\\'s'", .string), ("==", .eq), ("<>", .neq), ("!=", .neq),
        ("<=", .le), (">=", .ge), ("FOLLOWEDBY", .keyword(.followedBy)),
    ])
    func singleToken(text: String, kind: Token.Kind) {
        #expect(kinds(text) == [kind])
    }

    @Test func longestMatchSplitsLikeANTLR() {
        #expect(kinds("01") == [.intPos, .intPos])
        #expect(kinds("1.") == [.intPos, .dot])
        #expect(kinds("h'0'") == [.identifierWithoutHyphen, .string])
        #expect(kinds("b''") == [.identifierWithoutHyphen, .string])
        #expect(kinds("t'2016-13-01T00:00:00Z'") == [.identifierWithoutHyphen, .string])
        #expect(kinds("'a\\nb'") == [.quote, .identifierWithoutHyphen, .invalid, .identifierWithoutHyphen, .quote])
    }

    @Test func commentsAndWhitespaceAreSkipped() {
        #expect(kinds("/* c */ [ // line\n ]\u{3000}") == [.lbrack, .rbrack])
        #expect(kinds("/* open") == [.divide, .asterisk, .identifierWithoutHyphen])
    }

    @Test func positionsAreOneBasedLineAndColumn() {
        let tokens = Lexer.tokenize("[a:b\n  = 1]")
        #expect(tokens[4].kind == .eq)
        #expect(tokens[4].line == 2)
        #expect(tokens[4].column == 3)
    }
}
