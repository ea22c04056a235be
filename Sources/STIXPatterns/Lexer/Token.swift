/// One lexical unit of a STIX pattern, as the STIX 2.1 grammar defines it.
public struct Token: Sendable, Hashable {
    /// The token categories of the STIX 2.1 pattern grammar.
    public enum Kind: Sendable, Hashable {
        /// Integer literals: `+`? digits, and `-` digits.
        case intPos, intNeg
        /// Float literals: optional sign, digits, `.`, digits.
        case floatPos, floatNeg
        /// `'…'`, `true`/`false`, `h'…'`, `b'…'` and `t'…'` literals.
        case string, bool, hex, binary, timestamp
        /// Names: `[A-Za-z_][A-Za-z0-9_]*`, and the same with hyphens (object types only).
        case identifierWithoutHyphen, identifierWithHyphen
        /// A reserved word.
        case keyword(Keyword)
        /// `=`/`==`, `!=`/`<>`, `<`, `<=`, `>`, `>=`.
        case eq, neq, lt, le, gt, ge
        /// Punctuation: a lone `'`, `:`, `.`, `,`, `(`, `)`, `[`, `]`.
        case quote, colon, dot, comma, lparen, rparen, lbrack, rbrack
        /// `+`, `-`, `^`, `/`, `*` on their own.
        case plus, minus, power, divide, asterisk
        /// A character that starts no token.
        case invalid
        /// The end of the text.
        case end
    }

    /// Reserved words; they are case-sensitive, so `and` is an identifier.
    public enum Keyword: String, Sendable, Hashable, CaseIterable {
        /// Operators and qualifier words, spelled as their raw values.
        case and = "AND", or = "OR", not = "NOT", followedBy = "FOLLOWEDBY"
        case like = "LIKE", matches = "MATCHES", isSuperset = "ISSUPERSET", isSubset = "ISSUBSET"
        case exists = "EXISTS", last = "LAST", `in` = "IN", start = "START", stop = "STOP"
        case seconds = "SECONDS", within = "WITHIN", repeats = "REPEATS", times = "TIMES"
    }

    /// The category.
    public let kind: Kind
    /// The exact source text.
    public let text: String
    /// 1-based line.
    public let line: Int
    /// 1-based column in Unicode scalars.
    public let column: Int

    /// Creates a token.
    public init(kind: Kind, text: String, line: Int, column: Int) {
        self.kind = kind
        self.text = text
        self.line = line
        self.column = column
    }

    /// How the token is named in "expected …" messages.
    var display: String {
        kind == .end ? "end of pattern" : "'\(text)'"
    }
}
