public import STIX

/// An atomic value as the indicator index compares it: the key of its hash
/// table.
///
/// Strings compare by Swift equality, which is coarser than the matcher's
/// code-point equality; numbers compare as doubles, which is coarser than the
/// matcher's exact integer comparison. Both only ever add candidates, never
/// lose one, and the full matcher decides.
public enum IndexValue: Sendable, Hashable {
    /// A JSON string or a string literal.
    case string(String)
    /// A JSON number or a numeric literal.
    case number(Double)
    /// A JSON Boolean or a Boolean literal.
    case bool(Bool)

    /// The key of an atomic JSON value; nil for null, arrays and objects.
    public init?(_ value: JSONValue) {
        switch value {
        case .string(let text): self = .string(text)
        case .number(let number): self = .number(number.double)
        case .bool(let flag): self = .bool(flag)
        default: return nil
        }
    }

    /// The key of a literal the matcher compares with `=`; nil for binary and
    /// timestamp literals, which compare with strings in ways a hash cannot.
    init?(_ literal: Literal) {
        switch literal {
        case .string(let text): self = .string(text)
        case .integer(let integer): self = .number(Double(integer))
        case .float(let float): self = .number(float)
        case .bool(let flag): self = .bool(flag)
        case .binary, .timestamp: return nil
        }
    }
}
