/// Splits pattern text into tokens exactly as the STIX 2.1 ANTLR grammar does:
/// the longest match wins, and on a tie the rule declared first (keywords
/// before identifiers). Whitespace and `/* */`, `//` comments are skipped.
public struct Lexer: Sendable {
    let scalars: [Unicode.Scalar]
    var position = 0
    var line = 1
    var lineStart = 0

    /// Creates a lexer over `text`.
    public init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    /// Every token of the text, ending with one `.end` token.
    public static func tokenize(_ text: String) -> [Token] {
        var lexer = Lexer(text)
        var tokens: [Token] = []
        while true {
            let token = lexer.next()
            tokens.append(token)
            if token.kind == .end { return tokens }
        }
    }

    /// The next token, or `.end` at the end of the text.
    public mutating func next() -> Token {
        skipTrivia()
        let start = position
        let column = start - lineStart + 1
        guard start < scalars.count else { return Token(kind: .end, text: "", line: line, column: column) }
        let (kind, length) = scan(at: start)
        advance(by: length)
        return Token(kind: kind, text: text(start, position), line: line, column: column)
    }

    func text(_ from: Int, _ to: Int) -> String {
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[from..<to])
        return String(result)
    }

    func at(_ index: Int) -> Unicode.Scalar? {
        index < scalars.count ? scalars[index] : nil
    }

    mutating func advance(by length: Int) {
        for _ in 0..<length {
            if scalars[position] == "\n" {
                line += 1
                lineStart = position + 1
            }
            position += 1
        }
    }

    mutating func skipTrivia() {
        while position < scalars.count {
            let scalar = scalars[position]
            if Lexer.isWhitespace(scalar) {
                advance(by: 1)
            } else if scalar == "/", at(position + 1) == "*", let end = commentEnd(from: position + 2) {
                advance(by: end - position)
            } else if scalar == "/", at(position + 1) == "/" {
                var end = position + 2
                while let next = at(end), next != "\n", next != "\r" { end += 1 }
                advance(by: end - position)
            } else {
                return
            }
        }
    }

    func commentEnd(from index: Int) -> Int? {
        var cursor = index
        while cursor + 1 < scalars.count {
            if scalars[cursor] == "*", scalars[cursor + 1] == "/" { return cursor + 2 }
            cursor += 1
        }
        return nil
    }

    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0D, 0x0A, 0x0B, 0x0C, 0x85, 0xA0, 0x1680, 0x2000...0x200A,
             0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            true
        default:
            false
        }
    }
}
