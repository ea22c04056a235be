/// A constant in a pattern, already converted to its value.
public enum Literal: Sendable, Hashable {
    /// An integer (`5`, `-3`, `+0`).
    case integer(Int64)
    /// A float (`1.5`, `-.5`).
    case float(Double)
    /// A string with `\'` and `\\` unescaped.
    case string(String)
    /// `true` or `false`.
    case bool(Bool)
    /// Bytes from `h'…'` or `b'…'`.
    case binary([UInt8])
    /// An instant from `t'…'`.
    case timestamp(PatternTimestamp)

    /// The type family used for the set homogeneity rule.
    var family: Int {
        switch self {
        case .integer: 0
        case .float: 1
        case .string: 2
        case .bool: 3
        case .binary: 4
        case .timestamp: 5
        }
    }
}
