/// Why a pattern was rejected, with the place in the pattern text.
///
/// Parse errors carry the line and column of the offending token and a
/// description of what was expected there, so a caller (the CLI, an API
/// client) can point at the exact spot.
public struct PatternError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kind of problem, stable across releases so callers can branch on it.
    public enum Code: String, Sendable, Hashable {
        /// A character that starts no token (`#`, an unterminated string, …).
        case invalidCharacter = "invalid-character"
        /// A token where the grammar allows other tokens.
        case unexpectedToken = "unexpected-token"
        /// The pattern ended while more was required.
        case unexpectedEnd = "unexpected-end"
        /// A timestamp literal that names no real instant (`t'2016-02-30T…'`).
        case invalidTimestamp = "invalid-timestamp"
        /// `REPEATS 0 TIMES` or `WITHIN 0 SECONDS`.
        case invalidQualifier = "invalid-qualifier"
        /// A set literal mixing types (`IN (1, 'a')`).
        case nonHomogeneousSet = "non-homogeneous-set"
        /// A `MATCHES` operand that is not a valid regular expression.
        case invalidRegex = "invalid-regex"
    }

    /// The kind of problem.
    public let code: Code
    /// 1-based line of the offending token.
    public let line: Int
    /// 1-based column (in Unicode scalars) of the offending token.
    public let column: Int
    /// What went wrong, in words (for example `expected ']' but found 'AND'`).
    public let message: String

    /// Creates an error.
    public init(code: Code, line: Int, column: Int, message: String) {
        self.code = code
        self.line = line
        self.column = column
        self.message = message
    }

    /// `line:column: message`, the form the CLI prints.
    public var description: String { "\(line):\(column): \(message)" }
}
