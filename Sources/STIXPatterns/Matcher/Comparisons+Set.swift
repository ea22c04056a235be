import STIX

extension Comparisons {
    /// Python `value in set`: numbers and Booleans are interchangeable
    /// (`true` is 1), strings compare by code point, bytes only with bytes;
    /// lists and objects are never members.
    static func member(_ value: PathValue, _ set: [Literal], timestamps: Bool) throws(PatternMatchError) -> Bool {
        switch value {
        case .json(.string(let text)):
            if timestamps {
                let instant = try timestamp(text)
                return set.contains { $0 == .timestamp(instant) }
            }
            return set.contains { if case .string(let member) = $0 { Normalization.codePointsEqual(member, text) } else { false } }
        case .json(.number(let number)):
            return set.contains { numericEqual(number, $0) }
        case .json(.bool(let flag)):
            return set.contains { numericEqual(JSONNumber(Int64(flag ? 1 : 0)), $0) }
        case .bytes(let bytes):
            return set.contains { $0 == .binary(bytes) }
        default:
            return false
        }
    }

    private static func numericEqual(_ number: JSONNumber, _ literal: Literal) -> Bool {
        switch literal {
        case .integer, .float: compare(number, literal) == 0
        case .bool(let flag): compare(number, .integer(flag ? 1 : 0)) == 0
        default: false
        }
    }
}
